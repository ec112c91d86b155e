// Edit > Undo and Redo in the desktop app arrive as menu commands: the focused field's own undo
// while one has focus, Gloss's history otherwise. (The menu's undo role undid only text edits.)
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useArticleStore } from '@renderer/stores/article'
import { useAnnotationCommands } from './useAnnotationCommands'
import { useHighlightKeys } from './useHighlightKeys'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
  vi.restoreAllMocks()
})

const Keys = defineComponent(() => {
  useHighlightKeys({
    settledSelection: () => null,
    highlightSelection: () => undefined,
    clearSelection: () => undefined,
    step: () => undefined,
  })
  return () => h('textarea', { 'aria-label': 'Note' })
})

async function started() {
  mounted = await mountComponent(Keys)
  await useArticleStore().load()
  const store = useAnnotationStore()
  await vi.waitFor(() => expect(store.loaded).toBe(true))
  return { store, commands: useAnnotationCommands() }
}

describe('Edit > Undo and Redo from the native menu', () => {
  it('undo and redo the last change to a highlight when no field has focus', async () => {
    const { store, commands } = await started()
    await commands.highlight(seedTarget('Tartous'), 'yellow')
    expect(store.annotations).toHaveLength(1)
    host.sendMenuCommand('undo')
    await vi.waitFor(() => expect(store.annotations).toHaveLength(0))
    host.sendMenuCommand('redo')
    await vi.waitFor(() => expect(store.annotations).toHaveLength(1))
  })

  it('go to the field’s own undo while a text field has focus, leaving the history alone', async () => {
    const { store, commands } = await started()
    await commands.highlight(seedTarget('Tartous'), 'yellow')
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    mounted!.root.querySelector('textarea')!.focus()
    host.sendMenuCommand('undo')
    host.sendMenuCommand('redo')
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo']])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(store.annotations).toHaveLength(1)
  })
})
