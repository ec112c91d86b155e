// Entry: paint the saved theme first (before any other module runs), then open the database and
// mount the app. The database opens in parallel with loading the article; once open, the
// library is kept safe from what a full disk did last time (rescue/), drafts left unsaved when
// the page last closed are written (drafts/), and from then on every page hide journals and
// flushes what is being typed.
import './settings/first-paint'
import './styles/fonts.css'
import './styles/themes.css'
import './styles/base.css'
import './styles/highlights.css'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { openDatabase, provideDatabase, type DatabaseConnection } from './db/connection'
import { installLeaveGuard } from './drafts/pending-drafts'
import { recoverJournal } from './drafts/recover-drafts'
import { libraryMarks } from './rescue/library-marks'
import { privateFileRescueCopy } from './rescue/rescue-copy'
import { rescueOnStart } from './rescue/rescue-on-start'

/** `localStorage`, or null where the browser refuses it (its getter throws then). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The database, opened, rescued and with the drafts of last time written (never rejects). */
async function openStorage(): Promise<DatabaseConnection> {
  const connection = await openDatabase()
  const storage = localStorageOrNull()
  if (!storage) return connection
  const rescued = await rescueOnStart(connection, libraryMarks(storage), privateFileRescueCopy())
  const recovered = await recoverJournal(rescued, storage)
  installLeaveGuard(window, storage)
  return recovered
}

const app = createApp(App)
app.use(createPinia())
provideDatabase(app, openStorage())
app.mount('#app')
