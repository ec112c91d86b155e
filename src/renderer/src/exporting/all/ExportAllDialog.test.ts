import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ok } from '@shared/result'
import { createAnnotation } from '@renderer/db/annotations'
import { addArticle } from '@renderer/db/library-writes'
import { testArticle } from '@renderer/db/test-articles'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useStorageStore } from '@renderer/stores/storage'
import ExportAllDialog from './ExportAllDialog.vue'
import { highlightOn } from './__fixtures__/export-library'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
  host.reset()
})

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog')
const text = (): string => dialog()?.textContent?.replace(/\s+/g, ' ') ?? ''
const button = (name: string): HTMLButtonElement => {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)
  if (!found) throw new Error(`No button ${name} in: ${text()}`)
  return found
}
const radio = (label: string): HTMLInputElement | undefined =>
  [...document.querySelectorAll('label')]
    .find((l) => l.textContent!.includes(label))
    ?.querySelector('input') ?? undefined

/** The dialog, mounted over a library of two articles with three highlights. */
async function opened(): Promise<void> {
  mounted = await mountComponent(ExportAllDialog)
  const one = testArticle('one', 'First story')
  const two = testArticle('two', 'Second story')
  await useStorageStore().write(async (db) => {
    await addArticle(db, { article: one, images: new Map(), origin: 'file', addedAt: 1 })
    await addArticle(db, { article: two, images: new Map(), origin: 'file', addedAt: 2 })
    await createAnnotation(db, highlightOn(one, 'A paragraph about'))
    await createAnnotation(db, highlightOn(one, 'written for one', { note: 'Mine.' }))
    await createAnnotation(db, highlightOn(two, 'Second story'))
  })
  host.sendMenuCommand('export-all')
  await vi.waitFor(() => expect(text()).toContain('Export as'))
}

describe('the Export all dialog', () => {
  it('in the browser, downloads one ZIP with a Markdown file per article and says what it holds', async () => {
    await opened()
    expect(radio('into a folder')).toBeUndefined()
    expect(radio('as one ZIP')?.checked).toBe(true)
    button('Export').click()
    await vi.waitFor(() => expect(text()).toContain('Exported 2 articles with 3 highlights'))
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toMatch(
      /Exported 2 articles with 3 highlights to Gloss library \d{4}-\d\d-\d\d\.zip\./,
    )
    expect(host.saved[0].mimeType).toBe('application/zip')
    const entries = unzipSync(host.saved[0].content as Uint8Array)
    expect(Object.keys(entries)).toEqual(['First story.md', 'Second story.md'])
    expect(strFromU8(entries['First story.md'])).toContain('Mine.')
    button('Close').click()
    await vi.waitFor(() => expect(dialog()).toBeNull())
  })

  it('saves one CSV of every highlight', async () => {
    await opened()
    radio('CSV')!.click()
    button('Export').click()
    await vi.waitFor(() => expect(text()).toContain('Exported 2 articles with 3 highlights'))
    expect(host.saved[0]).toMatchObject({ mimeType: 'text/csv' })
    expect(host.savedText().split('\r\n').filter(Boolean)).toHaveLength(4)
  })

  it('on the desktop, asks before replacing files the reader changed, and keeps them at Keep mine', async () => {
    host.capabilities = { ...host.capabilities, exportFolder: true }
    host.folderPicks.push({ token: 'folder-token', name: 'Vault' })
    host.folderResults.push(ok({ status: 'changed', changed: ['First story.md'] }))
    host.folderResults.push(
      ok({ status: 'written', written: 1, unchanged: 0, kept: ['First story.md'], skipped: [] }),
    )
    await opened()
    expect(radio('into a folder')?.checked).toBe(true)
    button('Export').click()
    await vi.waitFor(() => expect(text()).toContain('Replace it with this export?'))
    expect(text()).toContain('You changed 1 file since Gloss last exported it: “First story.md”.')
    expect(host.folderWrites.map((write) => write.changed)).toEqual(['ask'])
    expect(host.folderWrites[0].files.map((file) => file.name)).toEqual([
      'First story.md',
      'Second story.md',
    ])
    button('Keep mine').click()
    await vi.waitFor(() => expect(text()).toContain('Exported 2 articles'))
    expect(host.folderWrites.map((write) => write.changed)).toEqual(['ask', 'keep'])
    expect(text()).toContain('into “Vault”. Kept your changes to “First story.md”.')
  })

  it('writes nothing more when the reader cancels at the question', async () => {
    host.capabilities = { ...host.capabilities, exportFolder: true }
    host.folderPicks.push({ token: 'folder-token', name: 'Vault' })
    host.folderResults.push(ok({ status: 'changed', changed: ['a.md', 'b.md'] }))
    await opened()
    button('Export').click()
    await vi.waitFor(() => expect(text()).toContain('You changed 2 files'))
    button('Cancel').click()
    await vi.waitFor(() => expect(text()).toContain('Export as'))
    expect(host.folderWrites).toHaveLength(1)
  })

  it('does nothing when the folder picker is cancelled', async () => {
    host.capabilities = { ...host.capabilities, exportFolder: true }
    const choose = vi.spyOn(host, 'chooseExportFolder')
    await opened()
    button('Export').click()
    await vi.waitFor(() => expect(choose).toHaveBeenCalledTimes(1))
    await choose.mock.results[0].value
    expect(text()).toContain('Export as')
    expect(host.folderWrites).toEqual([])
    expect(host.saved).toEqual([])
  })

  it('stops reading at Cancel, saving nothing, and shows the choices again', async () => {
    await opened()
    await useStorageStore().write(async (db) => {
      for (let i = 0; i < 60; i++) {
        const article = testArticle(`more-${i}`, `More ${i}`)
        await addArticle(db, { article, images: new Map(), origin: 'file', addedAt: 10 + i })
      }
    })
    // Reads wait until the test lets them go, so Cancel comes while the library is being read
    // however fast the machine is.
    const storage = useStorageStore()
    const read = storage.read.bind(storage)
    let letReadsGo = (): void => undefined
    const held = new Promise<void>((done) => (letReadsGo = done))
    vi.spyOn(storage, 'read').mockImplementation(async (work) => {
      await held
      return read(work)
    })
    button('Export').click()
    await vi.waitFor(() => expect(text()).toContain('Reading your library…'))
    expect(dialog()!.querySelector('progress')).not.toBeNull()
    button('Cancel').click()
    letReadsGo()
    await vi.waitFor(() => expect(text()).toContain('Export as'))
    expect(host.saved).toEqual([])
    expect(text()).not.toContain('Exported')
  })

  it('says why when the host refuses the save', async () => {
    host.saveResult = { ok: false, error: { code: 'io', message: 'The disk is full.' } }
    await opened()
    button('Export').click()
    await vi.waitFor(() =>
      expect(dialog()!.querySelector('[role="alert"]')!.textContent).toBe('The disk is full.'),
    )
  })
})
