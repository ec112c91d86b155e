import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave'

afterEach(() => vi.useRealTimers())

/** An autosaving field over a stored text, with a save that succeeds unless told otherwise. */
function field(initial = '') {
  const stored = ref(initial)
  const saves: string[] = []
  let failing = false
  const scope = effectScope()
  const autosave = scope.run(() =>
    useAutosave(
      () => stored.value,
      async (text) => {
        saves.push(text)
        if (failing) return false
        stored.value = text
        return true
      },
    ),
  )!
  return { autosave, stored, saves, scope, fail: (on: boolean) => (failing = on) }
}

describe('useAutosave', () => {
  it('saves once, a moment after the last keystroke', async () => {
    vi.useFakeTimers()
    const { autosave, saves } = field()
    autosave.input('N')
    autosave.input('No')
    autosave.input('Note')
    expect(autosave.status.value).toBe('waiting')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1)
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves).toEqual(['Note'])
    expect(autosave.status.value).toBe('saved')
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(1000)
  })

  it('saves at once on blur, and not again if nothing changed', async () => {
    const { autosave, saves } = field('Old')
    autosave.input('New')
    await autosave.flush()
    await autosave.flush()
    expect(saves).toEqual(['New'])
  })

  it('keeps the text and says so when a save fails, and tries again on the next blur', async () => {
    const { autosave, saves, stored, fail } = field('Old')
    fail(true)
    autosave.input('Typed with care')
    await autosave.flush()
    expect(autosave.status.value).toBe('failed')
    expect(autosave.draft.value).toBe('Typed with care')
    expect(stored.value).toBe('Old')
    fail(false)
    await autosave.flush()
    expect(saves).toEqual(['Typed with care', 'Typed with care'])
    expect(autosave.status.value).toBe('saved')
  })

  it('follows the stored text while nothing waits to be saved (an undo elsewhere)', async () => {
    const { autosave, stored } = field('First')
    stored.value = 'Changed by undo'
    await Promise.resolve()
    expect(autosave.draft.value).toBe('Changed by undo')
    autosave.input('Mine')
    stored.value = 'Elsewhere again'
    await Promise.resolve()
    expect(autosave.draft.value).toBe('Mine')
  })

  it('saves what is waiting when the editor goes away', async () => {
    const { autosave, saves, scope } = field()
    autosave.input('Last words')
    scope.stop()
    await vi.waitFor(() => expect(saves).toEqual(['Last words']))
  })
})
