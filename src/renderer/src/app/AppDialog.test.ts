import { afterEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick, ref } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import AppDialog from './AppDialog.vue'

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

describe('AppDialog', () => {
  it('opens modal, named by its title, and closes with its Close button', async () => {
    const onClose = vi.fn()
    mounted = await mountComponent({
      render: () =>
        h(AppDialog, { title: 'Export annotations', onClose }, () =>
          h('button', { type: 'button' }, 'Inside'),
        ),
    })
    const dialog = document.querySelector('dialog')!
    expect(dialog.open).toBe(true)
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Export annotations',
    )
    dialog.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click()
    expect(dialog.open).toBe(false)
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('cannot be closed while busy, by Escape or by its Close button', async () => {
    mounted = await mountComponent({
      render: () => h(AppDialog, { title: 'Import annotations', busy: true }),
    })
    const dialog = document.querySelector('dialog')!
    const cancel = new Event('cancel', { cancelable: true })
    dialog.dispatchEvent(cancel)
    expect(cancel.defaultPrevented).toBe(true)
    dialog.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click()
    expect(dialog.open).toBe(true)
  })

  it('closes itself when its owner unmounts it, without reporting a close back', async () => {
    const onClose = vi.fn()
    const shown = ref(true)
    mounted = await mountComponent({
      render: () => (shown.value ? h(AppDialog, { title: 'Restore from backup', onClose }) : null),
    })
    const dialog = document.querySelector('dialog')!
    const closed = vi.fn()
    dialog.addEventListener('close', closed)
    shown.value = false
    await nextTick()
    expect(dialog.open).toBe(false)
    await new Promise((resolve) => setTimeout(resolve))
    expect(closed).toHaveBeenCalled()
    expect(onClose).not.toHaveBeenCalled()
  })
})
