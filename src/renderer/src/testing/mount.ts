/**
 * Test helpers: a component mounted in a real Vue app (Pinia and a database provided) inside
 * happy-dom, since @vue/test-utils is not a dependency; and an app context for testing stores
 * alone.
 */
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createApp, nextTick, type App, type Component } from 'vue'
import type { Router } from 'vue-router'
import { openDatabase, provideDatabase, type DatabaseConnection } from '@renderer/db/connection'
import { freshIndexedDb } from '@renderer/db/test-databases'

export interface TestAppOptions {
  /** The root component (none for store tests). */
  readonly component?: Component
  readonly props?: Record<string, unknown>
  /** The database; a fresh fake one by default. */
  readonly connection?: Promise<DatabaseConnection>
  /** A router to install (`createGlossRouter(createMemoryHistory())`); none by default. */
  readonly router?: Router
}

export interface TestApp {
  readonly app: App
  readonly pinia: Pinia
}

/**
 * An app with Pinia and a database, not mounted. Its Pinia is made active, so `useXStore()`
 * works in the test body.
 *
 * @param options - see `TestAppOptions`
 */
export function createTestApp(options: TestAppOptions = {}): TestApp {
  const app = createApp(options.component ?? {}, options.props)
  const pinia = createPinia()
  app.use(pinia)
  if (options.router) app.use(options.router)
  provideDatabase(app, options.connection ?? openDatabase(freshIndexedDb()))
  setActivePinia(pinia)
  return { app, pinia }
}

export interface MountedComponent extends TestApp {
  /** The element the component was mounted into. */
  readonly root: HTMLElement
  unmount(): void
}

/**
 * Mount a component into `document.body`.
 *
 * @param component - the component
 * @param options - its props and database
 */
export async function mountComponent(
  component: Component,
  options: Omit<TestAppOptions, 'component'> = {},
): Promise<MountedComponent> {
  const testApp = createTestApp({ ...options, component })
  const root = document.createElement('div')
  document.body.append(root)
  testApp.app.mount(root)
  await nextTick()
  return {
    ...testApp,
    root,
    unmount: () => {
      testApp.app.unmount()
      root.remove()
    },
  }
}
