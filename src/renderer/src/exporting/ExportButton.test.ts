import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { Annotation } from '@shared/annotation'
import { fail, ok } from '@shared/result'
import { putAnnotations } from '@renderer/db/annotations'
import { newArticleRecord } from '@renderer/db/library-rows'
import { textFragmentLink } from '@renderer/exporting/formats/text-fragment'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useStorageStore } from '@renderer/stores/storage'
import ExportButton from './ExportButton.vue'
import { PREVIEW_ANNOTATIONS } from './useExportText'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
})

const article = seedArticle()

let next = 0
function annotation(target: Annotation['target'], fields: Partial<Annotation> = {}): Annotation {
  next++
  return {
    ...{ id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`, articleId: article.id },
    ...{ color: 'yellow', note: '', tags: [], createdAt: next, updatedAt: next, target },
    ...fields,
  }
}

const LOST = 'A sentence the article lost'

/** The app with three highlights (one whose passage is gone) and an article note. */
async function mountWithAnnotations(rows?: Annotation[]): Promise<HTMLElement> {
  mounted = await mountComponent(ExportButton)
  await useArticleStore().load()
  const store = useAnnotationStore()
  const stored = rows ?? [
    annotation(seedTarget('Tartous'), { note: 'A **naval** base', tags: ['ports'], color: 'blue' }),
    annotation(seedTarget('Hmeymim air base'), { note: 'Where he spoke', tags: ['bases'] }),
    annotation(
      { quote: { exact: LOST, prefix: '', suffix: '' }, position: { start: 60, end: 87 } },
      { note: 'Kept all the same' },
    ),
  ]
  await useStorageStore().write((db) => putAnnotations(db, stored))
  await store.saveArticleNote('Compare with the wire copy')
  await vi.waitFor(() =>
    expect(store.lookup.inOrder.length + store.orphaned.length).toBe(stored.length),
  )
  await vi.waitFor(() => expect(store.articleNote).not.toBe(''))
  return mounted.root
}

/** The app with two highlights whose ids a gloss:// link can name; resolves them. */
async function mountWithLinks(): Promise<Annotation[]> {
  const rows = [annotation(seedTarget('Tartous')), annotation(seedTarget('Hmeymim air base'))]
  await mountWithAnnotations(rows)
  return rows
}

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog')
const preview = (): string => dialog()!.querySelector('pre')!.textContent!
const status = (): string => dialog()!.querySelector('[role="status"]')!.textContent!
const alert = (): string => dialog()!.querySelector('[role="alert"]')!.textContent!

function byLabel(name: string): HTMLInputElement {
  const label = [...dialog()!.querySelectorAll('label')].find((l) =>
    l.textContent!.trim().startsWith(name),
  )
  return label!.querySelector('input')!
}

function button(name: string): HTMLButtonElement {
  return [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  )!
}

async function choose(input: HTMLInputElement): Promise<void> {
  input.click()
  await nextTick()
}

async function openDialog(): Promise<void> {
  button('Export').click()
  // The dialog's code loads on first use (compiled then, in tests: a while on a loaded machine).
  await vi.waitFor(() => expect(dialog()?.open).toBe(true), { timeout: 10_000 })
}

describe('export dialog', () => {
  it('opens from the Export button as a modal dialog named Export annotations, Markdown first', async () => {
    await mountWithAnnotations()
    await openDialog()
    const title = document.getElementById(dialog()!.getAttribute('aria-labelledby')!)
    expect(title?.textContent).toBe('Export annotations')
    const formats = dialog()!.querySelector('[role="radiogroup"]')!
    expect(document.getElementById(formats.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Format',
    )
    expect(
      [...formats.querySelectorAll('label')].map((l) =>
        l.textContent!.replace(/\s*\.\w+$/, '').trim(),
      ),
    ).toEqual(['Markdown', 'Web Annotation (JSON-LD)', 'HTML', 'CSV', 'Plain text'])
    expect(byLabel('Markdown').checked).toBe(true)
    expect(dialog()!.querySelector('pre')!.getAttribute('aria-label')).toBe('Preview')
    expect(preview()).toMatch(/^---\ntitle: /)
  })

  it('names the article it exports under its title, as its description', async () => {
    host.articleResult = ok({ ...article, title: 'The harbour at dawn' })
    await mountWithAnnotations()
    await openDialog()
    const description = document.getElementById(dialog()!.getAttribute('aria-describedby')!)
    expect(description?.textContent?.trim()).toBe('Highlights and notes of The harbour at dawn')
    expect(description?.querySelector('cite')?.textContent).toBe('The harbour at dawn')
  })

  it('previews notes, tags, the article note and the passage not found, in reading order', async () => {
    await mountWithAnnotations()
    await openDialog()
    const text = preview()
    expect(text).toContain('highlights: 3')
    expect(text).toContain('Compare with the wire copy')
    expect(text.indexOf('> Hmeymim air base')).toBeLessThan(text.indexOf('> Tartous'))
    expect(text).toContain('A **naval** base')
    expect(text).toContain('#ports')
    expect(text).toContain(LOST)
    expect(text).toContain('Kept all the same')
  })

  it('names the library’s author, site, address and tags, and links each quote to the page', async () => {
    const row = newArticleRecord({
      article: {
        ...article,
        meta: { byline: 'Andrew Osborn', siteName: 'Reuters', url: 'https://example.org/putin' },
      },
      origin: 'file',
      addedAt: Date.UTC(2024, 4, 1),
      contentHash: 'hash',
    })
    await mountWithAnnotations()
    await useStorageStore().write(async (db) => {
      await db.articles.put({ ...row, tags: ['russia'] })
    })
    await openDialog()
    await vi.waitFor(() => expect(preview()).toContain('author: "Andrew Osborn"'))
    const text = preview()
    expect(text).toContain('\nsite: "Reuters"\nurl: "https://example.org/putin"\n')
    expect(text).toContain('\nadded: 2024-05-01T00:00:00.000Z\ntags: ["russia"]\n')
    const link = textFragmentLink('https://example.org/putin', seedTarget('Tartous').quote)
    expect(link).toMatch(/^https:\/\/example\.org\/putin#:~:text=(?:.+-,)?Tartous\b/)
    expect(text).toContain(`[Original page](<${link}>)`)
    await choose(byLabel('HTML'))
    expect(preview()).toContain(`<a href="${link}" rel="noreferrer">Original page</a>`)
  })

  it('leaves notes and tags out when unticked, and changes format live', async () => {
    await mountWithAnnotations()
    await openDialog()
    await choose(byLabel('Include notes'))
    expect(preview()).not.toContain('A **naval** base')
    expect(preview()).not.toContain('Compare with the wire copy')
    expect(preview()).toContain('#ports')
    await choose(byLabel('Include tags'))
    expect(preview()).not.toContain('#ports')
    expect(preview()).toContain('> Tartous')

    await choose(byLabel('CSV'))
    expect(preview().split('\n')[0]).toBe('\uFEFFQuote,Colour,Section,Position,Created,Modified\r')
    await choose(byLabel('HTML'))
    expect(preview()).toMatch(/^<!DOCTYPE html>/i)
    // Shown as text: nothing of the HTML becomes elements.
    expect(dialog()!.querySelector('pre')!.children).toHaveLength(0)
  })

  it('links each highlight back to Gloss only when asked, and only in formats that carry links', async () => {
    const rows = await mountWithLinks()
    await openDialog()
    const links = byLabel('Include links to each highlight')
    expect(links.checked).toBe(false)
    expect(preview()).not.toContain('gloss://')
    await choose(links)
    const linkOf = (row: Annotation) => `gloss://open/article/${article.id}/highlight/${row.id}`
    for (const row of rows) expect(preview()).toContain(`[Open in Gloss](${linkOf(row)})`)
    button('Save').click()
    await vi.waitFor(() => expect(host.saved).toHaveLength(1))
    for (const row of rows) expect(host.savedText()).toContain(linkOf(row))

    await choose(byLabel('CSV'))
    expect(links.disabled).toBe(true)
    expect(links.checked).toBe(false)
    expect(dialog()!.textContent).toContain('Markdown and HTML exports can carry links.')
    expect(preview()).not.toContain('gloss://')
    await choose(byLabel('HTML'))
    expect(links.disabled).toBe(false)
    expect(preview()).toContain(`<a href="${linkOf(rows[0])}">Open in Gloss</a>`)
  })

  it('offers the filter option only while a filter is on, and then exports only what it shows', async () => {
    await mountWithAnnotations()
    await openDialog()
    const only = byLabel('Only the annotations shown by the current filter')
    expect(only.disabled).toBe(true)
    useAnnotationViewStore().setFilter({ tag: 'ports' })
    await nextTick()
    expect(only.disabled).toBe(false)
    expect(dialog()!.textContent).toContain('The filter shows 1 of 3.')
    await choose(only)
    expect(preview()).toContain('highlights: 1')
    button('Save').click()
    await vi.waitFor(() => expect(host.saved).toHaveLength(1))
    expect(host.saved[0].content).toContain('> Tartous')
    expect(host.saved[0].content).not.toContain('Hmeymim')
    expect(host.saved[0].content).not.toContain(LOST)
  })

  it('saves the whole file under a safe name from the title, and says so', async () => {
    host.articleResult = ok({ ...article, title: '../Putin: "withdrawal" <Syria>\u202Egpj.exe' })
    await mountWithAnnotations()
    await openDialog()
    await choose(byLabel('Web Annotation (JSON-LD)'))
    button('Save').click()
    const safe = 'Putin- -withdrawal- -Syria-gpj.exe.jsonld'
    await vi.waitFor(() => expect(status()).toBe(`Saved ${safe}`))
    const [request] = host.saved
    expect(request.suggestedName).toBe(safe)
    expect(request.mimeType).toBe('application/ld+json')
    const saved = JSON.parse(host.savedText(host.saved.indexOf(request)))
    expect(saved.type).toBe('AnnotationCollection')
    expect(saved.first.items).toHaveLength(3)
    expect(alert()).toBe('')
  })

  it('copies the whole export to the clipboard', async () => {
    await mountWithAnnotations()
    await openDialog()
    await choose(byLabel('Plain text'))
    button('Copy to clipboard').click()
    await vi.waitFor(() => expect(status()).toBe('Copied 3 highlights'))
    expect(host.copied).toHaveLength(1)
    expect(host.copied[0]).toContain('Kept all the same')
  })

  it('shows why a save failed in an alert', async () => {
    await mountWithAnnotations()
    await openDialog()
    host.saveResult = fail('io', 'The folder "Notes" cannot be written to.')
    button('Save').click()
    await vi.waitFor(() => expect(alert()).toBe('The folder "Notes" cannot be written to.'))
    expect(status()).toBe('')
  })

  it('builds the preview from the first annotations only; the file holds them all', async () => {
    const many = Array.from({ length: PREVIEW_ANNOTATIONS + 5 }, (_, i) =>
      annotation(seedTarget('Putin'.slice(0, 5), 1), { note: `Note number ${i + 1}.` }),
    )
    await mountWithAnnotations(many)
    await openDialog()
    expect(dialog()!.textContent).toContain(
      `made from the first ${PREVIEW_ANNOTATIONS} of 25 highlights; the file holds them all`,
    )
    button('Save').click()
    await vi.waitFor(() => expect(host.saved).toHaveLength(1))
    expect(host.saved[0].content).toContain('Note number 25.')
    expect(host.saved[0].content).toContain('highlights: 25')
  })

  it('closes and gives focus back to the Export button; Ctrl+Shift+E opens it again', async () => {
    const root = await mountWithAnnotations()
    await openDialog()
    dialog()!.close()
    await nextTick()
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(root.querySelector('button'))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', ctrlKey: true, shiftKey: true }))
    await vi.waitFor(() => expect(dialog()?.open).toBe(true))
  })
})
