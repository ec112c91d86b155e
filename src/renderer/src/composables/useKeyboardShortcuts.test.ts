import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { useKeyboardShortcuts, type KeyboardShortcut } from './useKeyboardShortcuts'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.capabilities = { nativeMenu: false, nativeSaveDialog: false, exportFolder: false }
})

async function bind(shortcuts: KeyboardShortcut[]): Promise<HTMLElement> {
  const Shortcuts = defineComponent(() => {
    useKeyboardShortcuts(shortcuts)
    return () => h('div', [h('input', { type: 'text' }), h('textarea'), h('button')])
  })
  mounted = await mountComponent(Shortcuts)
  return mounted.root
}

function press(target: EventTarget, key: string, modifiers: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers })
  target.dispatchEvent(event)
  return event
}

describe('useKeyboardShortcuts', () => {
  it('runs a shortcut on its exact key and modifiers, and takes the key from the page', async () => {
    const run = vi.fn()
    const root = await bind([{ key: ',', mod: true, run }])
    press(root, ',')
    press(root, ',', { ctrlKey: true, shiftKey: true })
    expect(run).not.toHaveBeenCalled()
    const event = press(root, ',', { ctrlKey: true })
    expect(run).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
  })

  it('leaves plain keys to the reader while they type in a field', async () => {
    const run = vi.fn()
    const root = await bind([{ key: 'h', run }])
    press(root.querySelector('input')!, 'h')
    press(root.querySelector('textarea')!, 'h')
    expect(run).not.toHaveBeenCalled()
    press(root.querySelector('button')!, 'h')
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('does not bind a menu command’s shortcut where the native menu already sends it', async () => {
    host.capabilities = { nativeMenu: true, nativeSaveDialog: true, exportFolder: true }
    const run = vi.fn()
    const other = vi.fn()
    const root = await bind([
      { key: ',', mod: true, menuCommand: 'reading-settings', run },
      { key: 'j', run: other },
    ])
    press(root, ',', { ctrlKey: true })
    press(root, 'j')
    expect(run).not.toHaveBeenCalled()
    expect(other).toHaveBeenCalledTimes(1)
  })

  it('stands down while a modal dialog is open, so keys reach the dialog, not the page', async () => {
    const run = vi.fn()
    const root = await bind([{ key: 'Delete', run }])
    const dialog = document.createElement('dialog')
    dialog.append(document.createElement('button'))
    root.append(dialog)
    dialog.showModal()
    const event = press(dialog.querySelector('button')!, 'Delete')
    expect(run).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
    dialog.close()
    press(root, 'Delete')
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('leaves a key alone while its shortcut does not apply, for the next one that does', async () => {
    let applies = false
    const first = vi.fn()
    const second = vi.fn()
    const root = await bind([
      { key: 'Escape', enabled: () => applies, run: first },
      { key: 'Escape', run: second },
    ])
    press(root, 'Escape')
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1])
    applies = true
    press(root, 'Escape')
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1])
  })

  it('stops listening when its component is gone', async () => {
    const run = vi.fn()
    await bind([{ key: 'k', run }])
    mounted!.unmount()
    mounted = undefined
    press(window, 'k')
    expect(run).not.toHaveBeenCalled()
  })
})
