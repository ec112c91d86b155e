import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { effectScope } from 'vue'
import type { PendingImportRecord } from '@renderer/db/database'
import { host } from '@renderer/testing/fake-host'
import { startReader } from '@renderer/testing/started-reader'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useHistoryStore } from '@renderer/stores/history'
import { useWaitingImports } from './useWaitingImports'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

function waiting(id: string, source: string, title: string): PendingImportRecord {
  return {
    id,
    document: { source, normalizedUrl: source.replace('https://', ''), title, titleKey: title },
    importedAt: 1,
    item: {
      kind: 'highlight',
      candidate: {
        ...{ id, color: 'yellow', note: '', tags: [], createdAt: 0, updatedAt: 0 },
        target: { quote: { exact: `quote ${id}`, prefix: '', suffix: '' }, position: null },
      },
    },
  }
}

describe('Not in your library, as views see it', () => {
  it('follows what waits, deletes one page’s group, and puts it back on Undo', async () => {
    const { db } = await startReader()
    const scope = effectScope()
    onTestFinished(() => scope.stop())
    const view = scope.run(() => useWaitingImports())!
    const rows = [
      waiting('a1', 'https://a.example/x', 'A'),
      waiting('a2', 'https://a.example/x', 'A'),
      waiting('b1', 'https://b.example/y', 'B'),
    ]
    await db.pendingImports.bulkAdd(rows)
    await vi.waitFor(() => expect(view.count.value).toBe(3))
    expect(view.groups.value.map((group) => group.name)).toEqual(['A', 'B'])

    expect(await view.remove(view.groups.value[0])).toBe(true)
    expect((await db.pendingImports.toArray()).map((row) => row.id)).toEqual(['b1'])
    expect(useAnnotationViewStore().notice?.message).toBe('Deleted 2 waiting for “A”')
    await vi.waitFor(() => expect(view.count.value).toBe(1))

    expect(await useHistoryStore().undo()).not.toBeNull()
    expect((await db.pendingImports.orderBy('id').toArray()).map((row) => row.id)).toEqual([
      'a1',
      'a2',
      'b1',
    ])
    expect(await db.pendingImports.get('a1')).toEqual(rows[0])
  })
})
