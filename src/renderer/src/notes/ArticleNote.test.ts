import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_NOTE_CHARS } from '@renderer/importing/formats/limits'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import ArticleNote from './ArticleNote.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
})

describe('ArticleNote', () => {
  it('holds at most the note cap, says so when full, and saves what it holds', async () => {
    mounted = await mountComponent(ArticleNote)
    await useArticleStore().load()
    const store = useAnnotationStore()
    await vi.waitFor(() => expect(store.loaded).toBe(true))
    const field = mounted.root.querySelector('textarea')!
    expect(field.maxLength).toBe(MAX_NOTE_CHARS)
    expect(mounted.root.querySelector('.note-full')).toBeNull()
    field.value = 'x'.repeat(MAX_NOTE_CHARS)
    field.dispatchEvent(new Event('input'))
    field.dispatchEvent(new Event('blur'))
    await vi.waitFor(() => expect(store.articleNote).toHaveLength(MAX_NOTE_CHARS))
    expect(mounted.root.querySelector('.note-full')?.textContent).toMatch(/100,000 .* full/)
  })
})
