/**
 * Typing that saves itself: the text is saved a moment after the last keystroke (`delay`), when
 * the field loses focus, and when the editor goes away. Saves run one at a time, newest text
 * last. A failed save keeps the text where the reader typed it and says so (`status`), and the
 * next keystroke or blur tries again. While nothing is waiting to be saved, the draft follows
 * the stored text (an undo elsewhere changes it). Given what it edits (`track`), the draft is
 * also journalled and flushed when the page is hidden or closed (drafts/pending-drafts.ts).
 */
import { onScopeDispose, readonly, ref, watch } from 'vue'
import { journalDrafts, trackDraft } from '@renderer/drafts/pending-drafts'
import type { DraftTarget } from '@renderer/drafts/draft-journal'

/**
 * `idle`: nothing typed yet in this editor. `conflict`: not saved because what is stored was
 * changed elsewhere (another window) since the text was begun; nothing is saved until the
 * reader decides (`flush` again saves over it, when the save function allows).
 */
export type AutosaveStatus = 'idle' | 'saved' | 'waiting' | 'saving' | 'failed' | 'conflict'

/** Milliseconds after the last keystroke before a save: well within a second. */
export const AUTOSAVE_DELAY_MS = 600

export interface AutosaveOptions {
  /** Milliseconds after the last keystroke. */
  readonly delay?: number
  /** What the text belongs to, so that leaving the page keeps it (see drafts/). */
  readonly track?: () => DraftTarget | null
}

/**
 * @param stored - the text as stored now
 * @param save - saves the text; resolves whether it was saved, or `conflict`
 * @param options - see `AutosaveOptions`
 */
export function useAutosave(
  stored: () => string,
  save: (text: string) => Promise<boolean | 'conflict'>,
  { delay = AUTOSAVE_DELAY_MS, track }: AutosaveOptions = {},
) {
  const draft = ref(stored())
  const status = ref<AutosaveStatus>('idle')
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<unknown> = Promise.resolve()

  watch(stored, (text) => {
    if (status.value === 'idle' || status.value === 'saved') draft.value = text
  })

  /** Save the draft now, if it differs from what is stored. */
  function flush(): Promise<unknown> {
    clearTimeout(timer)
    saving = saving.then(async () => {
      const text = draft.value
      if (text === stored() && status.value !== 'failed' && status.value !== 'conflict') {
        if (status.value !== 'idle') status.value = 'saved'
        return
      }
      status.value = 'saving'
      const saved = await save(text)
      if (saved === 'conflict') status.value = 'conflict'
      else if (draft.value === text) status.value = saved ? 'saved' : 'failed'
      else if (!saved) status.value = 'failed'
    })
    return saving
  }

  /** @param text - the field's new text */
  function input(text: string): void {
    draft.value = text
    // A conflict waits for the reader's decision: typing on does not save over the other text.
    if (status.value === 'conflict') return
    status.value = 'waiting'
    clearTimeout(timer)
    timer = setTimeout(flush, delay)
  }

  const untrack = track
    ? trackDraft({
        target: track,
        unsaved: () =>
          // Not a conflict: recovering it at the next start would replace the other text.
          ['waiting', 'saving', 'failed'].includes(status.value) ? draft.value : null,
        flush,
      })
    : () => undefined
  // The journal follows every change of text or status, so it never lags what is typed.
  if (track) watch([draft, status], journalDrafts, { flush: 'sync' })

  onScopeDispose(() => {
    untrack()
    if (status.value === 'waiting' || status.value === 'failed') void flush()
  })

  return { draft: readonly(draft), status: readonly(status), input, flush }
}
