// Entry: paint the saved theme first (before any other module runs), then open the database and
// mount the app. The database opens in parallel with loading the article; once open, drafts
// left unsaved when the page last closed are written (drafts/), and from then on every page
// hide journals and flushes what is being typed.
import './settings/first-paint'
import './styles/fonts.css'
import './styles/themes.css'
import './styles/base.css'
import './styles/highlights.css'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { openDatabase, provideDatabase } from './db/connection'
import { installLeaveGuard } from './drafts/pending-drafts'
import { recoverJournal } from './drafts/recover-drafts'

/** `localStorage`, or null where the browser refuses it (its getter throws then). */
function journalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

const storage = journalStorage()
const connection = openDatabase()
const app = createApp(App)
app.use(createPinia())
provideDatabase(
  app,
  storage
    ? connection
        .then((opened) => recoverJournal(opened, storage))
        .finally(() => installLeaveGuard(window, storage))
    : connection,
)
app.mount('#app')
