import { afterEach, describe, expect, it, vi } from 'vitest'
import { readJournal } from './draft-journal'
import {
  flushDrafts,
  installLeaveGuard,
  journalDrafts,
  trackDraft,
  WINDOW_JOURNAL_KEY,
} from './pending-drafts'

const cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => cleanup())
  localStorage.clear()
  vi.restoreAllMocks()
})

function setVisibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state)
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('leaving the page with drafts open', () => {
  it('journals every unsaved draft at once and asks each editor to save', () => {
    cleanups.push(installLeaveGuard(window, localStorage))
    const flushNote = vi.fn()
    const flushSaved = vi.fn()
    cleanups.push(
      trackDraft({
        target: () => ({ kind: 'note', annotationId: 'a1', basedOn: 5 }),
        unsaved: () => 'Typed just now',
        flush: flushNote,
      }),
      trackDraft({
        target: () => ({ kind: 'articleNote', articleId: 'seed', basedOn: 0 }),
        unsaved: () => null,
        flush: flushSaved,
      }),
    )
    window.dispatchEvent(new Event('pagehide'))
    expect(readJournal(localStorage, WINDOW_JOURNAL_KEY)).toEqual([
      {
        target: { kind: 'note', annotationId: 'a1', basedOn: 5 },
        text: 'Typed just now',
        at: expect.any(Number),
      },
    ])
    expect(flushNote).toHaveBeenCalledOnce()
    expect(flushSaved).toHaveBeenCalledOnce()
  })

  it('journals as the text changes (at most every 250 ms), at once when hidden, and not once saved', async () => {
    vi.useFakeTimers()
    cleanups.push(installLeaveGuard(window, localStorage))
    let typed: string | null = 'po'
    const flush = vi.fn()
    cleanups.push(
      trackDraft({
        target: () => ({ kind: 'tags', annotationId: 'a1' }),
        unsaved: () => typed,
        flush,
      }),
    )
    const journalled = () =>
      readJournal(localStorage, WINDOW_JOURNAL_KEY).map((entry) => entry.text)
    await vi.advanceTimersByTimeAsync(1_000)
    journalDrafts()
    expect(journalled()).toEqual(['po'])
    typed = 'por'
    journalDrafts()
    expect(journalled()).toEqual(['po'])
    await vi.advanceTimersByTimeAsync(250)
    expect(journalled()).toEqual(['por'])
    typed = 'ports'
    journalDrafts()
    setVisibility('hidden')
    expect(journalled()).toEqual(['ports'])
    expect(flush).toHaveBeenCalledOnce()
    typed = null
    await vi.advanceTimersByTimeAsync(1_000)
    journalDrafts()
    expect(readJournal(localStorage, WINDOW_JOURNAL_KEY)).toEqual([])
    vi.useRealTimers()
  })

  it('forgets an editor once it closes, and a draft whose target is not known yet', () => {
    cleanups.push(installLeaveGuard(window, localStorage))
    const untrack = trackDraft({
      target: () => ({ kind: 'note', annotationId: 'a1', basedOn: 5 }),
      unsaved: () => 'gone',
      flush: () => undefined,
    })
    untrack()
    cleanups.push(
      trackDraft({ target: () => null, unsaved: () => 'no article yet', flush: () => undefined }),
    )
    window.dispatchEvent(new Event('pagehide'))
    expect(readJournal(localStorage, WINDOW_JOURNAL_KEY)).toEqual([])
  })

  it('saves every open draft when asked before the window closes, whatever one of them does', async () => {
    cleanups.push(installLeaveGuard(window, localStorage))
    const saved: string[] = []
    cleanups.push(
      trackDraft({
        target: () => ({ kind: 'note', annotationId: 'a1', basedOn: 5 }),
        unsaved: () => 'typed',
        flush: async () => {
          await new Promise((resolve) => setTimeout(resolve, 5))
          saved.push('note')
        },
      }),
      trackDraft({
        target: () => ({ kind: 'tags', annotationId: 'a1' }),
        unsaved: () => 'ports',
        flush: async () => {
          throw new Error('disk full')
        },
      }),
    )
    await flushDrafts()
    expect(saved).toEqual(['note'])
    expect(readJournal(localStorage, WINDOW_JOURNAL_KEY)).toHaveLength(2)
  })
})
