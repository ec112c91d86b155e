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
import { createGlossRouter } from './app/router'
import { openDatabase, provideDatabase, type DatabaseConnection } from './db/connection'
import { host } from '@host'
import { flushDrafts, installLeaveGuard } from './drafts/pending-drafts'
import { recoverJournal } from './drafts/recover-drafts'
import { keepRescueCopy, RESCUE_EVERY_MS } from './rescue/keep-rescue-copy'
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
  // The desktop app asks before its window closes, and waits (a little) for this.
  host.onCloseRequest(flushDrafts)
  const storage = localStorageOrNull()
  if (!storage) return connection
  const marks = libraryMarks(storage)
  const rescue = privateFileRescueCopy()
  const rescued = await rescueOnStart(connection, marks, rescue)
  const recovered = await recoverJournal(rescued, storage)
  installLeaveGuard(window, storage)
  const { db } = recovered
  if (db && rescue) {
    // Once the reader is settled in, then whenever the copy is an hour old: off the start's path.
    const copy = () => void keepRescueCopy(db, rescue, marks, new Date())
    setTimeout(copy, 10_000)
    setInterval(copy, RESCUE_EVERY_MS / 6)
  }
  return recovered
}

const app = createApp(App)
app.use(createPinia())
app.use(createGlossRouter())
provideDatabase(app, openStorage())
app.mount('#app')
