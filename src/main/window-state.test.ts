import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Rect } from './window-placement'
import {
  loadWindowState,
  SAVE_DELAY_MS,
  trackWindowState,
  type TrackedWindow,
} from './window-state'

let folder: string
let file: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gloss-window-'))
  file = join(folder, 'window-state.json')
})

afterEach(async () => {
  vi.useRealTimers()
  await rm(folder, { recursive: true, force: true })
})

function fakeWindow() {
  const listeners = new Map<string, (() => void)[]>()
  let bounds: Rect = { x: 10, y: 40, width: 900, height: 700 }
  let maximized = false
  const window: TrackedWindow = {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    },
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
  }
  const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener())
  const set = (next: Partial<Rect>, max = maximized) => {
    bounds = { ...bounds, ...next }
    maximized = max
  }
  return { window, emit, set }
}

describe('window state', () => {
  it('reads back what the tracker saved on close', async () => {
    const { window, emit, set } = fakeWindow()
    const tracker = trackWindowState(window, file)
    set({ x: 200, width: 1000 }, true)
    emit('close')
    await tracker.flush()
    expect(await loadWindowState(file)).toEqual({
      bounds: { x: 200, y: 40, width: 1000, height: 700 },
      maximized: true,
    })
  })

  it('saves once, shortly after a burst of moves, and flush forces a pending save', async () => {
    vi.useFakeTimers()
    const write = vi.fn(async () => undefined)
    const { window, emit, set } = fakeWindow()
    const tracker = trackWindowState(window, file, write)
    for (let x = 0; x < 5; x++) {
      set({ x })
      emit('move')
    }
    expect(write).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS)
    expect(write).toHaveBeenCalledTimes(1)
    expect(JSON.parse((write.mock.calls[0] as unknown as [string, string])[1])).toMatchObject({
      bounds: { x: 4 },
    })
    set({ width: 1200 })
    emit('resize')
    await tracker.flush()
    expect(write).toHaveBeenCalledTimes(2)
  })

  it('keeps working after a failed write', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const write = vi.fn().mockRejectedValueOnce(new Error('EROFS')).mockResolvedValue(undefined)
    const { window, emit } = fakeWindow()
    const tracker = trackWindowState(window, file, write)
    emit('close')
    emit('close')
    await tracker.flush()
    expect(write).toHaveBeenCalledTimes(2)
  })

  it('treats a missing, torn or hostile file as no saved state', async () => {
    expect(await loadWindowState(file)).toBeNull()
    await writeFile(file, '{"bounds":{"x":0,')
    expect(await loadWindowState(file)).toBeNull()
    await writeFile(file, '{"__proto__":{"maximized":true},"bounds":null}')
    expect(await loadWindowState(file)).toBeNull()
    expect(await readFile(file, 'utf8')).toContain('__proto__')
  })
})
