import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { exportAs } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import ImportButton from './ImportButton.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
})

const article = seedArticle()

/** A Gloss export of one highlight on `passage`, or of one whose passage the article lacks. */
function fileOf(passage: string | null): string {
  const target = passage
    ? seedTarget(passage)
    : {
        quote: { exact: 'Not in this article', prefix: '', suffix: '' },
        position: { start: 5, end: 24 },
      }
  const annotation = {
    ...{
      id: crypto.randomUUID(),
      articleId: article.id,
      color: 'blue' as const,
      note: '',
      tags: [],
    },
    ...{ createdAt: 1, updatedAt: 1, target },
  }
  return exportAs('json-ld', {
    article,
    annotations: readingOrder(article, [annotation]),
    exportedAt: new Date(),
    options: { includeNotes: true, includeTags: true },
  })
}

async function mountButton(): Promise<HTMLElement> {
  mounted = await mountComponent(ImportButton)
  await useArticleStore().load()
  await vi.waitFor(() => expect(useAnnotationStore().loaded).toBe(true))
  return mounted.root
}

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog')
const buttonNamed = (name: string): HTMLButtonElement =>
  [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  )!

/**
 * The first import loads the parser and its schemas on demand; on a loaded machine that takes
 * longer than `waitFor`'s default second.
 */
const FIRST_CHECK = { timeout: 10_000 }

describe('ImportButton', () => {
  it('shows what the file holds, imports on Import, says so and gives focus back', async () => {
    const root = await mountButton()
    host.willOpen('notes.jsonld', fileOf('Hmeymim air base'))
    buttonNamed('Import annotations').click()
    await vi.waitFor(
      () => expect(dialog()?.textContent).toContain('1 annotation: 1 new.'),
      FIRST_CHECK,
    )
    expect(dialog()!.open).toBe(true)
    expect(document.getElementById(dialog()!.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Import annotations',
    )
    expect(dialog()!.textContent).toContain('notes.jsonld')
    expect(dialog()!.textContent).toContain('Import adds 1 annotation to this article.')

    buttonNamed('Import').click()
    await vi.waitFor(() => expect(dialog()).toBeNull())
    expect(useAnnotationViewStore().notice?.message).toBe('Imported 1 annotation')
    await vi.waitFor(() => expect(useAnnotationStore().annotations).toHaveLength(1))
    expect(document.activeElement).toBe(root.querySelector('button'))
  })

  it('lets the reader leave out a passage not found, and then has nothing to import', async () => {
    await mountButton()
    host.willOpen('lost.jsonld', fileOf(null))
    buttonNamed('Import annotations').click()
    await vi.waitFor(() =>
      expect(dialog()?.textContent).toContain('1 annotation: 0 new, 1 for a passage not found.'),
    )
    const keep = dialog()!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    expect(keep.checked).toBe(true)
    expect(buttonNamed('Import').disabled).toBe(false)
    keep.click()
    await nextTick()
    expect(dialog()!.textContent).toContain('There is nothing new to import.')
    expect(buttonNamed('Import').disabled).toBe(true)
    buttonNamed('Cancel').click()
    await nextTick()
    expect(dialog()).toBeNull()
    expect(useAnnotationStore().annotations).toHaveLength(0)
  })

  it('says how many characters of the file could not be read', async () => {
    await mountButton()
    host.willOpen('latin1.jsonld', fileOf('Tartous'), 2)
    buttonNamed('Import annotations').click()
    await vi.waitFor(() =>
      expect(dialog()?.querySelector('.import-unreadable')?.textContent).toBe(
        '2 characters in the file are not UTF-8 and could not be read: they show as “\uFFFD”.',
      ),
    )
  })

  it('puts the reason a file is refused in an alert', async () => {
    await mountButton()
    host.willOpen('cut.jsonld', fileOf('Tartous').slice(0, 300))
    buttonNamed('Import annotations').click()
    const alert = await vi.waitFor(() => {
      const element = dialog()?.querySelector('[role="alert"]')
      expect(element?.textContent).toMatch(/./)
      return element!
    })
    expect(alert.textContent).toBe(
      'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.',
    )
    expect(buttonNamed('Import')).toBeUndefined()
    buttonNamed('Close').click()
    await nextTick()
    expect(dialog()).toBeNull()
  })
})
