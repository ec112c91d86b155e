import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MENU_COMMANDS } from '../shared/host'
import { buildMenuTemplate, type MenuOptions } from './menu'

type Item = MenuItemConstructorOptions

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : []),
  ])
}

function build(overrides: Partial<MenuOptions> = {}) {
  const send = vi.fn()
  const showAbout = vi.fn()
  const template = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Gloss',
    send,
    showAbout,
    ...overrides,
  })
  const items = flatten(template)
  const byId = (id: string) => {
    const item = items.find((candidate) => candidate.id === id)
    if (!item) throw new Error(`no menu item ${id}`)
    return item
  }
  const click = (item: Item) => (item.click as () => void)()
  return { template, items, byId, click, send, showAbout }
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, in that order', () => {
    expect(build().template.map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('binds the promised accelerators', () => {
    const { byId } = build()
    expect(byId('export')).toMatchObject({ label: 'Export…', accelerator: 'CmdOrCtrl+Shift+E' })
    expect(byId('toggle-sidebar')).toMatchObject({
      label: 'Annotations sidebar',
      accelerator: 'CmdOrCtrl+Shift+A',
    })
  })

  it('sends every menu command, and only known ones, to the window', () => {
    const { items, click, send } = build()
    for (const item of items.filter((candidate) => candidate.id)) click(item)
    expect(send.mock.calls.map(([name]) => name).sort()).toEqual([...MENU_COMMANDS].sort())
  })

  it('sends Undo and Redo to the page, which knows a field from the history, on every platform', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const { items, click, send } = build({ platform })
      const undo = items.find((item) => item.id === 'undo')!
      const redo = items.find((item) => item.id === 'redo')!
      expect(undo.role).toBeUndefined()
      expect(undo.accelerator).toBe('CmdOrCtrl+Z')
      expect(redo.accelerator).toBe('Shift+CmdOrCtrl+Z')
      click(undo)
      click(redo)
      expect(send.mock.calls).toEqual([['undo'], ['redo']])
    }
  })

  it('puts the commands where readers look for them', () => {
    const { template } = build()
    const labels = (menu: string) =>
      flatten((template.find((m) => m.label === menu)?.submenu as Item[]) ?? []).map(
        (item) => item.label ?? item.role,
      )
    expect(labels('File')).toEqual([
      'Add articles…',
      'Paste as new article',
      undefined,
      'Export…',
      'Export all…',
      'Import annotations…',
      undefined,
      'Back up everything…',
      'Restore from backup…',
      undefined,
      'quit',
    ])
    expect(labels('View')).toEqual(
      expect.arrayContaining(['Library', 'Reading settings…', 'Annotations sidebar', 'Theme']),
    )
    expect(labels('View')).toEqual(
      expect.arrayContaining(['Sepia', 'Dark', 'System', 'resetZoom', 'zoomIn', 'zoomOut']),
    )
    expect(labels('View')).toContain('togglefullscreen')
    expect(labels('Edit')).toEqual(
      expect.arrayContaining(['Undo', 'Redo', 'cut', 'copy', 'paste', 'selectAll']),
    )
    expect(labels('Window')).toEqual(['minimize', 'close'])
  })

  it('offers developer tools only in an unpackaged build', () => {
    const roles = (isPackaged: boolean) => build({ isPackaged }).items.map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toContain('toggleDevTools')
  })

  it('gives the library its shortcuts: Ctrl+O adds, Ctrl+Shift+V pastes, Ctrl+L shows it', () => {
    const { items, click, send } = build({ platform: 'linux' })
    const byId = (id: string) => items.find((item) => item.id === id)!
    expect(byId('add-articles').accelerator).toBe('CmdOrCtrl+O')
    expect(byId('paste-article').accelerator).toBe('CmdOrCtrl+Shift+V')
    expect(byId('library').accelerator).toBe('CmdOrCtrl+L')
    for (const id of ['add-articles', 'paste-article', 'library', 'sample-article']) click(byId(id))
    expect(send.mock.calls).toEqual([
      ['add-articles'],
      ['paste-article'],
      ['library'],
      ['sample-article'],
    ])
  })

  it('shows the sample article and About from Help, with no links to the network', () => {
    const { template, click, showAbout } = build()
    const help = template.at(-1)?.submenu as Item[]
    expect(help.map((item) => item.label)).toEqual([
      'Open the sample article',
      undefined,
      'About Gloss',
    ])
    click(help[2])
    expect(showAbout).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(template)).not.toMatch(/https?:/)
  })

  it('follows macOS conventions on a Mac', () => {
    const { template, items } = build({ platform: 'darwin' })
    expect(template.map((menu) => menu.label)).toEqual([
      'Gloss',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
    const roles = items.map((item) => item.role)
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'close', 'front']))
    expect(roles.filter((role) => role === 'quit')).toHaveLength(1)
  })
})
