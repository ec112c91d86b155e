/**
 * The routes: what is on screen is named in the address, so a reload or a link lands where the
 * reader was. Hash history works on both hosts (the desktop app's `gloss://app/index.html` and
 * the web build's static server) without a server that knows the routes.
 *
 *   #/                                  start: the library, or the sample on a fresh profile
 *   #/library                           the library
 *   #/article/<id>                      an article
 *   #/article/<id>/highlight/<id>       an article, scrolled to a highlight and focused on it
 *   #/article/<id>/version/<id>         a previous version of an article, read-only
 */
import { createRouter, createWebHashHistory, type Router, type RouterHistory } from 'vue-router'
import ArticlePage from './pages/ArticlePage.vue'
import LibraryPage from './pages/LibraryPage.vue'
import StartPage from './pages/StartPage.vue'
import VersionPage from './pages/VersionPage.vue'

/** @param history - hash history in the app; memory history in tests */
export function createGlossRouter(history: RouterHistory = createWebHashHistory()): Router {
  return createRouter({
    history,
    routes: [
      { path: '/', name: 'start', component: StartPage },
      { path: '/library', name: 'library', component: LibraryPage },
      { path: '/article/:id', name: 'article', component: ArticlePage },
      { path: '/article/:id/highlight/:annotationId', name: 'highlight', component: ArticlePage },
      { path: '/article/:id/version/:versionId', name: 'version', component: VersionPage },
      // An address from a newer or older Gloss, or typed by hand: start over.
      { path: '/:unknown(.*)*', redirect: '/' },
    ],
  })
}
