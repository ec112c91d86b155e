import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { host } from '@renderer/testing/fake-host'
import { mountComponent } from '@renderer/testing/mount'
import { useMenuCommands, type MenuCommandHandlers } from './useMenuCommands'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

function listener(handlers: MenuCommandHandlers) {
  return defineComponent(() => {
    useMenuCommands(handlers)
    return () => h('div')
  })
}

describe('useMenuCommands', () => {
  it('runs each listener’s own commands only, while it is mounted', async () => {
    const settings = vi.fn()
    const dark = vi.fn()
    const first = await mountComponent(listener({ 'reading-settings': settings }))
    const second = await mountComponent(listener({ 'theme-dark': dark }))

    host.sendMenuCommand('reading-settings')
    host.sendMenuCommand('export')
    expect(settings).toHaveBeenCalledTimes(1)
    expect(dark).not.toHaveBeenCalled()

    first.unmount()
    host.sendMenuCommand('reading-settings')
    host.sendMenuCommand('theme-dark')
    expect(settings).toHaveBeenCalledTimes(1)
    expect(dark).toHaveBeenCalledTimes(1)
    second.unmount()
  })
})
