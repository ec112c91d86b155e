import { afterEach, describe, expect, it, vi } from 'vitest'
import { readJournal } from './draft-journal'
import { flushDrafts, installLeaveGuard, journalDrafts, trackDraft } from './pending-drafts'

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
        target: () => ({ kind: 'note', annotationId: 'a1' }),
        unsaved: () => 'Typed just now',
        flush: flushNote,
      }),
      trackDraft({
        target: () => ({ kind: 'articleNote', articleId: 'seed' }),
        unsaved: () => null,
        flush: flushSaved,
      }),
    )
    window.dispatchEvent(new Event('pagehide'))
    expect(readJournal(localStorage)).toEqual([
      {
        target: { kind: 'note', annotationId: 'a1' },
        text: 'Typed just now',
        at: expect.any(Number),
      },
    ])
    expect(flushNote).toHaveBeenCalledOnce()
    expect(flushSaved).toHaveBeenCalledOnce()
  })

  it('journals as the text changes, again when the page is hidden, and not once saved', () => {
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
    journalDrafts()
    expect(readJournal(localStorage).map((entry) => entry.text)).toEqual(['po'])
    typed = 'ports'
    setVisibility('hidden')
    expect(readJournal(localStorage).map((entry) => entry.text)).toEqual(['ports'])
    expect(flush).toHaveBeenCalledOnce()
    typed = null
    journalDrafts()
    expect(readJournal(localStorage)).toEqual([])
  })

  it('forgets an editor once it closes, and a draft whose target is not known yet', () => {
    cleanups.push(installLeaveGuard(window, localStorage))
    const untrack = trackDraft({
      target: () => ({ kind: 'note', annotationId: 'a1' }),
      unsaved: () => 'gone',
      flush: () => undefined,
    })
    untrack()
    cleanups.push(
      trackDraft({ target: () => null, unsaved: () => 'no article yet', flush: () => undefined }),
    )
    window.dispatchEvent(new Event('pagehide'))
    expect(readJournal(localStorage)).toEqual([])
  })

  it('saves every open draft when asked before the window closes, whatever one of them does', async () => {
    cleanups.push(installLeaveGuard(window, localStorage))
    const saved: string[] = []
    cleanups.push(
      trackDraft({
        target: () => ({ kind: 'note', annotationId: 'a1' }),
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
    expect(readJournal(localStorage)).toHaveLength(2)
  })
})
