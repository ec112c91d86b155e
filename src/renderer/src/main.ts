// Entry: paint the saved theme first (before any other module runs), then open the database and
// mount the app. The database opens in parallel with loading the article.
import './settings/first-paint'
import './styles/fonts.css'
import './styles/themes.css'
import './styles/base.css'
import './styles/highlights.css'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { openDatabase, provideDatabase } from './db/connection'

const app = createApp(App)
app.use(createPinia())
provideDatabase(app, openDatabase())
app.mount('#app')
