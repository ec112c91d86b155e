/**
 * Where a link lands, in the whole app (router, article page, stores) on a fake host: a
 * gloss:// link from main goes to its highlight, focused; an address whose highlight or article
 * is gone, or whose article is in the Trash, says so instead of showing a blank page.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import type { Annotation } from '@shared/annotation'
import { openDatabase } from '@renderer/db/connection'
import { putAnnotations } from '@renderer/db/annotations'
import { freshIndexedDb } from '@renderer/db/test-databases'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'
import { useStorageStore } from '@renderer/stores/storage'
import { nextTick } from 'vue'
import App from '../App.vue'
import { createGlossRouter } from './router'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

const SEED = seedArticle().id
const GONE = '99999999-9999-4999-8999-999999999999'

let mounted: MountedComponent | undefined
beforeAll(() => {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { ready: Promise.resolve() },
  })
  // The library page starts the search worker; nothing here searches.
  vi.stubGlobal(
    'Worker',
    class {
      postMessage(): void {}
      addEventListener(): void {}
    },
  )
})
afterEach(() => {
  vi.restoreAllMocks()
  mounted?.unmount()
  host.reset()
  localStorage.clear()
})

function highlight(id: string, target: Annotation['target']): Annotation {
  const at = Date.UTC(2026, 0, 1)
  return {
    id,
    articleId: SEED,
    color: 'green',
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
    target,
  }
}
const TARTOUS = highlight('00000000-0000-4000-8000-000000000001', seedTarget('Tartous'))
const LOST = highlight('00000000-0000-4000-8000-000000000002', {
  quote: { exact: 'A sentence this article never had', prefix: '', suffix: '' },
  position: { start: 60, end: 94 },
})

/** The app at `address`, its database holding the two highlights above. */
async function mountAt(address: string): Promise<{ root: HTMLElement; router: Router }> {
  const indexedDb = freshIndexedDb()
  const { db } = await openDatabase(indexedDb)
  await putAnnotations(db!, [TARTOUS, LOST])
  db!.close()
  const router = createGlossRouter(createMemoryHistory())
  await router.push(address)
  mounted = await mountComponent(App, { connection: openDatabase(indexedDb), router })
  return { root: mounted.root, router }
}

const text = (root: HTMLElement) => root.textContent ?? ''

describe('a gloss:// link from the desktop app', () => {
  it('opens its article with the highlight focused', async () => {
    const { root, router } = await mountAt(`/article/${SEED}`)
    await vi.waitFor(() => expect(root.querySelector('article h1')).not.toBeNull())
    expect(useAnnotationViewStore().focusedId).toBeNull()
    host.sendDeepLink({ articleId: SEED, annotationId: TARTOUS.id })
    await vi.waitFor(() =>
      expect(router.currentRoute.value.fullPath).toBe(`/article/${SEED}/highlight/${TARTOUS.id}`),
    )
    await vi.waitFor(() => expect(useAnnotationViewStore().focusedId).toBe(TARTOUS.id))
    expect(root.querySelector('article h1')).not.toBeNull()
    expect(root.querySelector('.app-notice')).toBeNull()
  })

  it('to the highlight already on screen takes the reader back to it', async () => {
    const { root } = await mountAt(`/article/${SEED}/highlight/${TARTOUS.id}`)
    const view = useAnnotationViewStore()
    await vi.waitFor(() => expect(view.focusedId).toBe(TARTOUS.id))
    view.blur()
    host.sendDeepLink({ articleId: SEED, annotationId: TARTOUS.id })
    await vi.waitFor(() => expect(view.focusedId).toBe(TARTOUS.id))
    expect(root.querySelector('article h1')).not.toBeNull()
  })

  it('that comes while the start is still deciding is where the start lands', async () => {
    // The sample article arrives only when the test says: the start is deciding until then.
    const waiting: (() => void)[] = []
    const served = host.loadArticle()
    vi.spyOn(host, 'loadArticle').mockImplementation(
      () => new Promise((resolve) => waiting.push(() => resolve(served))),
    )
    const serve = () => waiting.forEach((answer) => answer())
    const { root, router } = await mountAt('/')
    await vi.waitFor(() => expect(root.textContent).toContain('Opening…'))
    const replace = vi.spyOn(router, 'replace')
    const startLoads = vi.spyOn(useArticleStore(), 'load')
    host.sendDeepLink({ articleId: SEED, annotationId: TARTOUS.id })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('highlight'))
    serve()
    // The start opens the sample, then would replace the address at once: it must not.
    await vi.waitFor(() => expect(startLoads).toHaveBeenCalledOnce())
    await startLoads.mock.results[0].value
    expect(replace).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(useAnnotationViewStore().focusedId).toBe(TARTOUS.id))
    expect(router.currentRoute.value.fullPath).toBe(`/article/${SEED}/highlight/${TARTOUS.id}`)
  })
})

describe('an address whose target is not there', () => {
  it('to a deleted highlight shows the article and says the highlight no longer exists', async () => {
    const { root } = await mountAt(`/article/${SEED}/highlight/${GONE}`)
    await vi.waitFor(() =>
      expect(root.querySelector('.app-notice')?.textContent).toContain(
        'This highlight no longer exists',
      ),
    )
    expect(root.querySelector('article h1')).not.toBeNull()
    expect(useAnnotationViewStore().focusedId).toBeNull()
  })

  it('to a highlight whose passage is gone says where it is listed', async () => {
    const { root } = await mountAt(`/article/${SEED}/highlight/${LOST.id}`)
    await vi.waitFor(() =>
      expect(root.querySelector('.app-notice')?.textContent).toContain('Passages not found'),
    )
  })

  it('says nothing about a highlight the reader deletes while there', async () => {
    const { root } = await mountAt(`/article/${SEED}/highlight/${TARTOUS.id}`)
    await vi.waitFor(() => expect(useAnnotationViewStore().focusedId).toBe(TARTOUS.id))
    await useStorageStore().write((db) => db.annotations.delete(TARTOUS.id))
    await vi.waitFor(() => expect(useAnnotationViewStore().focusedId).toBeNull())
    // Give a notice, were one coming, its turns of the event loop and its render.
    for (let turn = 0; turn < 10; turn++) await new Promise((done) => setTimeout(done, 0))
    await nextTick()
    expect(root.querySelector('.app-notice')).toBeNull()
  })

  it.each([
    ['highlight', `/article/${GONE}/highlight/${TARTOUS.id}`, 'This highlight no longer exists'],
    ['article', `/article/${GONE}`, 'This article no longer exists'],
  ])(
    'to a missing article (a %s link) says so and offers the library',
    async (_kind, address, heading) => {
      const { root, router } = await mountAt(address)
      const alert = await vi.waitFor(() => {
        const element = root.querySelector('[role="alert"]')
        expect(element).not.toBeNull()
        return element!
      })
      expect(alert.querySelector('h1')?.textContent?.trim()).toBe(heading)
      expect(text(root)).not.toContain('Try again')
      alert.querySelector('button')!.click()
      await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('library'))
    },
  )

  it('to an article in the Trash shows it, says so, and Restore takes it out', async () => {
    const { root } = await mountAt(`/article/${SEED}/highlight/${TARTOUS.id}`)
    await vi.waitFor(() => expect(root.querySelector('article h1')).not.toBeNull())
    const library = useLibraryStore()
    await vi.waitFor(() => expect(library.prepared).toBe(true))
    expect(text(root)).not.toContain('This article is in the Trash.')
    await library.moveToTrash(SEED)
    const notice = await vi.waitFor(() => {
      const element = [...root.querySelectorAll('.app-notice')].find((n) =>
        n.textContent?.includes('This article is in the Trash.'),
      )
      expect(element).toBeDefined()
      return element!
    })
    notice.querySelector('button')!.click()
    await vi.waitFor(() => expect(text(root)).not.toContain('This article is in the Trash.'))
  })
})
