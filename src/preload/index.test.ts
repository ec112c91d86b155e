import { beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../shared/channels'
import { READER_HOST_KEYS, type MenuCommand, type ReaderHost } from '../shared/host'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
  invoke: vi.fn(),
}))

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener])
    },
    removeListener: (channel: string, listener: unknown) => {
      electron.listeners.set(
        channel,
        (electron.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      )
    },
  },
}))

await import('./index')
const gloss = electron.exposed.get('gloss') as ReaderHost

/** What main would send on the menu channel, event object first. */
function sendFromMain(...args: unknown[]): void {
  const event = { sender: { send: () => undefined }, ports: [] }
  for (const listener of electron.listeners.get(CHANNELS.menuCommand) ?? [])
    listener(event, ...args)
}

beforeEach(() => {
  electron.invoke.mockReset()
})

describe('the preload bridge', () => {
  it('exposes only window.gloss, holding exactly the ReaderHost members', () => {
    expect([...electron.exposed.keys()]).toEqual(['gloss'])
    expect(Object.keys(gloss).sort()).toEqual([...READER_HOST_KEYS].sort())
    expect(READER_HOST_KEYS).toContain('copyText')
    expect(gloss.capabilities).toEqual({
      nativeMenu: true,
      nativeSaveDialog: true,
      exportFolder: true,
    })
    for (const [key, value] of Object.entries(gloss)) {
      if (key !== 'capabilities') expect(typeof value, key).toBe('function')
    }
    expect(JSON.stringify(Object.keys(gloss))).not.toMatch(/ipc|invoke|send|require/i)
  })

  it.each([
    ['loadArticle', CHANNELS.loadArticle, []],
    [
      'saveFile',
      CHANNELS.saveFile,
      [{ suggestedName: 'n.md', content: '# n', mimeType: 'text/markdown' }],
    ],
    ['openFile', CHANNELS.openFile, [{ purpose: 'backup' }]],
    ['chooseExportFolder', CHANNELS.chooseExportFolder, []],
    [
      'writeExportFolder',
      CHANNELS.writeExportFolder,
      [{ token: 't', files: [{ name: 'a.md', content: '# a' }], changed: 'ask' }],
    ],
    ['openExternal', CHANNELS.openExternal, ['https://example.org']],
    ['copyText', CHANNELS.copyText, ['> a quote']],
  ] as const)('%s invokes %s and returns main’s Result', async (method, channel, args) => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: 'from main' })
    const call = gloss[method] as (...a: unknown[]) => Promise<unknown>
    expect(await call(...args)).toEqual({ ok: true, value: 'from main' })
    expect(electron.invoke).toHaveBeenCalledWith(channel, ...args)
  })

  it('turns an IPC rejection into a Result error instead of throwing', async () => {
    electron.invoke.mockRejectedValueOnce(new Error('No handler registered'))
    expect(await gloss.loadArticle()).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'Gloss could not reach its main process: No handler registered',
      },
    })
  })

  it('gives menu listeners the command string only, never the IPC event', () => {
    const received: unknown[][] = []
    const unsubscribe = gloss.onMenuCommand((...args: unknown[]) => received.push(args))
    sendFromMain('export')
    sendFromMain('theme-dark', { extra: 'ignored' })
    expect(received).toEqual([['export'], ['theme-dark']])
    unsubscribe()
  })

  it('drops unknown commands and stops after unsubscribing', () => {
    const received: MenuCommand[] = []
    const unsubscribe = gloss.onMenuCommand((command) => received.push(command))
    sendFromMain('rm -rf /')
    sendFromMain({ command: 'export' })
    sendFromMain('backup')
    unsubscribe()
    sendFromMain('restore')
    expect(received).toEqual(['backup'])
    expect(electron.listeners.get(CHANNELS.menuCommand)).toEqual([])
  })

  it('gives deep-link listeners a checked copy of the target, never the event, and drops bad ones', () => {
    const article = '3f2b8c1e-9d4a-4b6e-8f1a-2c3d4e5f6a7b'
    const highlight = '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d'
    const received: unknown[][] = []
    const unsubscribe = gloss.onDeepLink((...args: unknown[]) => received.push(args))
    const send = (...args: unknown[]) => {
      for (const listener of electron.listeners.get(CHANNELS.deepLink) ?? []) listener({}, ...args)
    }
    send({ articleId: article, annotationId: highlight }, 'extra')
    send({ articleId: article })
    send({ articleId: '../app/index.html' })
    send({ articleId: article, annotationId: highlight, href: 'gloss://app/x' })
    send('gloss://open/article/' + article)
    unsubscribe()
    send({ articleId: article })
    expect(received).toEqual([
      [{ articleId: article, annotationId: highlight }],
      [{ articleId: article }],
    ])
    expect(electron.listeners.get(CHANNELS.deepLink)).toEqual([])
  })

  it('on a close request saves first, then answers with the token, even when saving fails', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: undefined })
    const order: string[] = []
    const unsubscribe = gloss.onCloseRequest(async () => {
      order.push('saved')
    })
    for (const listener of electron.listeners.get(CHANNELS.closeRequest) ?? []) listener({}, 7)
    await vi.waitFor(() => expect(electron.invoke).toHaveBeenCalledWith(CHANNELS.closeReady, 7))
    expect(order).toEqual(['saved'])
    unsubscribe()

    electron.invoke.mockClear()
    gloss.onCloseRequest(async () => {
      throw new Error('disk full')
    })
    for (const listener of electron.listeners.get(CHANNELS.closeRequest) ?? []) listener({}, 8)
    await vi.waitFor(() => expect(electron.invoke).toHaveBeenCalledWith(CHANNELS.closeReady, 8))
  })
})
