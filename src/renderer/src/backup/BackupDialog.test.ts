import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { Annotation } from '@shared/annotation'
import { putAnnotations } from '@renderer/db/annotations'
import { newArticleRecord } from '@renderer/db/library-rows'
import { testArticle } from '@renderer/db/test-articles'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useStorageStore } from '@renderer/stores/storage'
import BackupDialog from './BackupDialog.vue'
import BackupSection from './BackupSection.vue'
import { zipJson } from './backup-test-app'
import { writeBackupZip } from './backup-zip-write'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent[] = []
afterEach(() => {
  for (const m of mounted) m.unmount()
  mounted = []
  host.reset()
})

const row = (id: string, articleId: string): Annotation => ({
  ...{ id, articleId, color: 'yellow', note: '', tags: [], createdAt: 1, updatedAt: 1 },
  target: seedTarget('Tartous'),
})

const BACKUP = JSON.stringify({
  format: 'gloss-backup',
  version: 1,
  exportedAt: '2024-05-01T10:00:00.000Z',
  settings: { highlightColor: 'blue' },
  readingPositions: [],
  annotations: [row('a', 'one'), row('b', 'one'), row('c', 'two')],
  articleNotes: [{ articleId: 'one', note: 'N', updatedAt: 1 }],
})

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog')
const button = (name: string): HTMLButtonElement =>
  [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!

describe('backup dialog', () => {
  it('says what an older JSON backup holds and that restoring keeps the articles, then restores', async () => {
    mounted.push(await mountComponent(BackupDialog))
    await useStorageStore().write((db) => putAnnotations(db, [row('now', 'one')]))
    host.willOpen('Gloss backup 2024-05-01.json', BACKUP)
    host.sendMenuCommand('restore')
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('Replace everything'))
    const text = dialog()!.textContent!.replace(/\s+/g, ' ')
    expect(text).toContain('Restore from backup')
    expect(text).toContain('Gloss backup 2024-05-01.json')
    expect(text).toContain(
      'this backup holds 3 annotations on 2 articles, 1 article note and your settings.',
    )
    expect(text).toContain(
      'Restoring replaces your annotations, notes, reading places and settings (1 annotation); nothing is merged.',
    )
    expect(text).toContain(
      'This backup was made before Gloss kept articles, so the articles in your library stay as they are.',
    )
    button('Replace everything').click()
    await vi.waitFor(() => expect(dialog()).toBeNull())
    const ids = await useStorageStore().read((db) => db.annotations.toCollection().primaryKeys())
    expect(ids).toEqual(['a', 'b', 'c'])
  })

  it('says what a ZIP backup holds, articles and pictures too, and that it replaces everything', async () => {
    mounted.push(await mountComponent(BackupDialog))
    await useStorageStore().write((db) => putAnnotations(db, [row('now', 'one')]))
    const article = (id: string) => ({
      ...newArticleRecord({
        article: testArticle(id, `Story ${id}`),
        ...{ origin: 'file', addedAt: 1, contentHash: 'a'.repeat(64) },
      }),
    })
    const picture = (name: string) => {
      const blob = new Blob([new Uint8Array(4)], { type: 'image/png' })
      return { articleId: 'one', name, blob, bytes: blob.size }
    }
    const zip = await writeBackupZip(
      {
        ...{ settings: [], readingPositions: [], articleNotes: [] },
        annotations: [row('a', 'one'), row('b', 'two')],
        library: {
          articles: [article('one'), article('two')],
          articleBodies: [],
          articleImages: [picture('p1.png'), picture('p2.png')],
        },
      },
      new Date('2024-05-01T10:00:00Z'),
    )
    host.willOpen('Gloss backup 2024-05-01.zip', zip.ok ? zip.value.bytes : '')
    host.sendMenuCommand('restore')
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('Replace everything'))
    const text = dialog()!.textContent!.replace(/\s+/g, ' ')
    expect(text).toContain(
      'this backup holds 2 articles, 2 pictures and 2 annotations on 2 articles.',
    )
    expect(text).toContain(
      'Restoring replaces everything Gloss holds now (0 articles and 1 annotation); nothing is merged.',
    )
    expect(text).not.toContain('stay as they are')
    button('Cancel').click()
    await vi.waitFor(() => expect(dialog()).toBeNull())
  })

  it('says how many characters of the backup could not be read', async () => {
    mounted.push(await mountComponent(BackupDialog))
    // The note "Né" written in Latin-1: one byte (0xE9) that is not UTF-8.
    const bytes = new TextEncoder().encode(BACKUP.replace('"N"', '"N~"'))
    bytes[bytes.indexOf(0x7e)] = 0xe9
    host.willOpen('Gloss backup.json', bytes)
    host.sendMenuCommand('restore')
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('Replace everything'))
    expect(dialog()!.textContent).toContain(
      '1 character in the file is not UTF-8 and could not be read: it shows as “\uFFFD”.',
    )
  })

  it('shows a refused backup in an alert until closed', async () => {
    mounted.push(await mountComponent(BackupDialog))
    host.willOpen('notes.json', '{"format": "gloss-backup", "version": 4}')
    host.sendMenuCommand('restore')
    await vi.waitFor(() =>
      expect(dialog()?.querySelector('[role="alert"]')?.textContent).toBe(
        'The backup was made by a newer version of Gloss (backup version 4); update Gloss to restore it.',
      ),
    )
    button('Close').click()
    await nextTick()
    expect(dialog()).toBeNull()
  })

  it('backs up from the menu command and from the settings section, without a dialog', async () => {
    mounted.push(await mountComponent(BackupDialog), await mountComponent(BackupSection))
    host.sendMenuCommand('backup')
    await vi.waitFor(() => expect(host.saved).toHaveLength(1))
    button('Back up everything').click()
    await vi.waitFor(() => expect(host.saved).toHaveLength(2))
    expect(zipJson(host.saved[1].content as Uint8Array, 'manifest.json').format).toBe(
      'gloss-backup',
    )
    expect(dialog()).toBeNull()
    button('Restore from backup').click()
    await vi.waitFor(() => expect(host.openRequests).toEqual([{ purpose: 'backup' }]))
  })
})
