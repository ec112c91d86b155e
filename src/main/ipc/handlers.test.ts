import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/channels'
import { MAX_EXPORT_FILES } from '../../shared/export-folder'
import { MAX_FILE_CHARS } from '../../shared/host'
import { ok, type Result } from '../../shared/result'
import { registerHostHandlers, type HostServices } from './handlers'
import type { InvokeEvent } from './validated-handle'

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>

function setUp() {
  const listeners = new Map<string, Listener>()
  const services = {
    loadArticle: vi.fn(async () => ok({ id: 'seed' })),
    saveFile: vi.fn(async () => ok({ saved: true, name: 'notes.md' })),
    openFile: vi.fn(async () => ok(null)),
    chooseExportFolder: vi.fn(async () => ok(null)),
    writeExportFolder: vi.fn(async () =>
      ok({ status: 'written', written: 1, unchanged: 0, kept: [], skipped: [] }),
    ),
    chooseArticleFiles: vi.fn(async () => ok(null)),
    readArticleFile: vi.fn(async () =>
      ok({ name: 'a.html', bytes: new Uint8Array(), siblings: [] }),
    ),
    openExternal: vi.fn(async () => ok(undefined)),
    copyText: vi.fn(async () => ok(undefined)),
    readClipboard: vi.fn(async () => ok({ html: '', text: 'x' })),
    closeReady: vi.fn(async () => ok(undefined)),
  }
  registerHostHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener as Listener) },
    services as unknown as HostServices,
  )
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(event, ...args)
  }
  return { listeners, services, invoke }
}

const FOLDER_TOKEN = '5f0c6a2e-3b1d-4c7a-9e2f-8a4b6c1d0e93'
const fromApp: InvokeEvent = { senderFrame: { url: 'gloss://app/index.html', parent: null } }
const topFrame = { url: 'gloss://app/index.html', parent: null }

const VALID: Record<string, unknown[]> = {
  [CHANNELS.loadArticle]: [],
  [CHANNELS.saveFile]: [
    { suggestedName: 'notes.md', content: '# Notes', mimeType: 'text/markdown' },
  ],
  [CHANNELS.openFile]: [{ purpose: 'annotations' }],
  [CHANNELS.chooseExportFolder]: [],
  [CHANNELS.writeExportFolder]: [
    {
      token: FOLDER_TOKEN,
      files: [
        { name: 'Putin- the withdrawal.md', content: '# Notes' },
        { name: 'Notes (2).md', content: '' },
      ],
      changed: 'ask',
    },
  ],
  [CHANNELS.chooseArticleFiles]: [],
  [CHANNELS.readArticleFile]: ['0b7e7c3e-9a4f-4d0e-8f44-6f5b2d1c9a10'],
  [CHANNELS.openExternal]: ['https://example.org/'],
  [CHANNELS.copyText]: ['> The motherland is proud of you'],
  [CHANNELS.readClipboard]: [],
  [CHANNELS.closeReady]: [4_503_599_627_370_495],
}

/** A folder-write request with these files (and otherwise valid). */
const folderWrite = (files: unknown, extra: object = {}) => [
  { token: FOLDER_TOKEN, files, changed: 'ask', ...extra },
]

const MALFORMED: Record<string, unknown[][]> = {
  [CHANNELS.chooseExportFolder]: [['/etc'], [{ path: '/tmp' }]],
  [CHANNELS.writeExportFolder]: [
    [],
    [{ token: FOLDER_TOKEN, files: [], changed: 'always' }],
    [{ token: '/home/user', files: [], changed: 'ask' }],
    folderWrite([], { folder: '/etc' }),
    folderWrite('a.md'),
    folderWrite([{ name: '../escape.md', content: 'x' }]),
    folderWrite([{ name: 'sub/a.md', content: 'x' }]),
    folderWrite([{ name: 'sub\\a.md', content: 'x' }]),
    folderWrite([{ name: '/etc/passwd', content: 'x' }]),
    folderWrite([{ name: '..', content: 'x' }]),
    folderWrite([{ name: '.gloss-export.json', content: '{}' }]),
    folderWrite([{ name: 'CON.md', content: 'x' }]),
    folderWrite([{ name: 'a:b.md', content: 'x' }]),
    folderWrite([{ name: 'trailing.md.', content: 'x' }]),
    folderWrite([{ name: '', content: 'x' }]),
    folderWrite([{ name: 'a.md', content: 42 }]),
    folderWrite([{ name: 'a.md', content: 'x', mode: 0o777 }]),
    folderWrite([{ name: 'a.md', content: 'x'.repeat(MAX_FILE_CHARS + 1) }]),
    folderWrite([
      { name: 'Notes.md', content: 'x' },
      { name: 'notes.md', content: 'y' },
    ]),
    folderWrite(
      Array.from({ length: MAX_EXPORT_FILES + 1 }, (_, i) => ({ name: `${i}.md`, content: '' })),
    ),
  ],
  [CHANNELS.loadArticle]: [['now'], [{}], [null]],
  [CHANNELS.saveFile]: [
    [],
    [null],
    ['notes.md'],
    [{ suggestedName: 'notes.md', content: 42, mimeType: 'text/markdown' }],
    [{ suggestedName: 'notes.md', content: { toString: 'x' }, mimeType: 'text/markdown' }],
    [{ suggestedName: 'n.md', content: 'x'.repeat(MAX_FILE_CHARS + 1), mimeType: 'text/plain' }],
    [{ suggestedName: 7, content: 'x', mimeType: 'text/plain' }],
    [{ suggestedName: 'n.md', content: 'x', mimeType: 'text/plain', path: '/etc/passwd' }],
  ],
  [CHANNELS.openFile]: [[], [{ purpose: 'everything' }], [{ purpose: 'backup', path: '/etc' }]],
  [CHANNELS.chooseArticleFiles]: [['/etc/passwd'], [{ multiple: true }]],
  [CHANNELS.readArticleFile]: [
    [],
    ['/etc/passwd'],
    ['../../secret'],
    [42],
    [{ token: '0b7e7c3e-9a4f-4d0e-8f44-6f5b2d1c9a10' }],
  ],
  [CHANNELS.openExternal]: [
    [],
    [42],
    [{ url: 'https://example.org' }],
    ['javascript:alert(1)'],
    ['java&#x09;script&colon;alert(1)'],
    ['file:///etc/passwd'],
    ['smb://attacker/share'],
    ['data:text/html,<script>alert(1)</script>'],
    ['gloss-evil://run'],
  ],
  [CHANNELS.copyText]: [[], [42], [{ text: 'x' }], ['x'.repeat(MAX_FILE_CHARS + 1)]],
  [CHANNELS.readClipboard]: [['text/html'], [{ format: 'html' }]],
  [CHANNELS.closeReady]: [[], ['7'], [1.5], [{ token: 7 }]],
}

const SERVICE_OF: Record<string, keyof HostServices> = {
  [CHANNELS.loadArticle]: 'loadArticle',
  [CHANNELS.saveFile]: 'saveFile',
  [CHANNELS.openFile]: 'openFile',
  [CHANNELS.chooseExportFolder]: 'chooseExportFolder',
  [CHANNELS.writeExportFolder]: 'writeExportFolder',
  [CHANNELS.chooseArticleFiles]: 'chooseArticleFiles',
  [CHANNELS.readArticleFile]: 'readArticleFile',
  [CHANNELS.openExternal]: 'openExternal',
  [CHANNELS.copyText]: 'copyText',
  [CHANNELS.readClipboard]: 'readClipboard',
  [CHANNELS.closeReady]: 'closeReady',
}

const BAD_SENDERS: [string, InvokeEvent][] = [
  ['a null frame', { senderFrame: null }],
  ['a subframe of the app', { senderFrame: { url: 'gloss://app/index.html', parent: topFrame } }],
  ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['a look-alike host', { senderFrame: { url: 'gloss://app.evil.com/', parent: null } }],
  ['a user-info trick', { senderFrame: { url: 'gloss://app@evil/', parent: null } }],
  ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
  ['about:blank', { senderFrame: { url: 'about:blank', parent: null } }],
  [
    'a disposed frame',
    {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed')
      },
    },
  ],
]

describe('registerHostHandlers', () => {
  it('registers exactly one handler per request channel', () => {
    const { listeners } = setUp()
    expect([...listeners.keys()].sort()).toEqual(Object.keys(VALID).sort())
  })

  describe.each(Object.keys(VALID))('%s', (channel) => {
    const service = SERVICE_OF[channel]

    it('runs the service for a valid payload from the app window', async () => {
      const { services, invoke } = setUp()
      const result = await invoke(channel, fromApp, ...VALID[channel])
      expect(result.ok).toBe(true)
      expect(services[service]).toHaveBeenCalledTimes(1)
      if (VALID[channel].length > 0) {
        expect(services[service]).toHaveBeenCalledWith(VALID[channel][0])
      }
    })

    it.each(BAD_SENDERS)('refuses %s without running the service', async (_label, event) => {
      const { services, invoke } = setUp()
      const result = await invoke(channel, event, ...VALID[channel])
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
      expect(services[service]).not.toHaveBeenCalled()
    })

    it('refuses malformed payloads without running the service', async () => {
      const { services, invoke } = setUp()
      for (const args of [...MALFORMED[channel], [...VALID[channel], 'extra']]) {
        const result = await invoke(channel, fromApp, ...args)
        expect(result, JSON.stringify(args).slice(0, 80)).toMatchObject({
          ok: false,
          error: { code: 'invalid-payload' },
        })
        if (!result.ok) expect(result.error.message).toContain(channel)
      }
      expect(services[service]).not.toHaveBeenCalled()
    })
  })

  it('names the limit when content is too large', async () => {
    const { invoke } = setUp()
    const huge = { suggestedName: 'n.md', content: 'x'.repeat(MAX_FILE_CHARS + 1), mimeType: 'a/b' }
    const result = await invoke(CHANNELS.saveFile, fromApp, huge)
    expect(!result.ok && result.error.message).toContain(`larger than ${MAX_FILE_CHARS}`)
  })

  it('turns a service that throws into an io error instead of a rejection', async () => {
    const { services, invoke } = setUp()
    services.loadArticle.mockRejectedValueOnce(new Error('disk on fire'))
    const result = await invoke(CHANNELS.loadArticle, fromApp)
    expect(result).toEqual({
      ok: false,
      error: { code: 'io', message: `${CHANNELS.loadArticle} failed: disk on fire` },
    })
  })
})
