/**
 * Typing that saves itself: the text is saved a moment after the last keystroke (`delay`), when
 * the field loses focus, and when the editor goes away. Saves run one at a time, newest text
 * last. A failed save keeps the text where the reader typed it and says so (`status`), and the
 * next keystroke or blur tries again. While nothing is waiting to be saved, the draft follows
 * the stored text (an undo elsewhere changes it).
 */
import { onScopeDispose, readonly, ref, watch } from 'vue'

/** `idle`: nothing typed yet in this editor. */
export type AutosaveStatus = 'idle' | 'saved' | 'waiting' | 'saving' | 'failed'

/** Milliseconds after the last keystroke before a save: well within a second. */
export const AUTOSAVE_DELAY_MS = 600

/**
 * @param stored - the text as stored now
 * @param save - saves the text; resolves whether it was saved
 * @param delay - milliseconds after the last keystroke
 */
export function useAutosave(
  stored: () => string,
  save: (text: string) => Promise<boolean>,
  delay = AUTOSAVE_DELAY_MS,
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
      if (text === stored() && status.value !== 'failed') {
        if (status.value !== 'idle') status.value = 'saved'
        return
      }
      status.value = 'saving'
      const saved = await save(text)
      if (draft.value === text) status.value = saved ? 'saved' : 'failed'
      else if (!saved) status.value = 'failed'
    })
    return saving
  }

  /** @param text - the field's new text */
  function input(text: string): void {
    draft.value = text
    status.value = 'waiting'
    clearTimeout(timer)
    timer = setTimeout(flush, delay)
  }

  onScopeDispose(() => {
    if (status.value === 'waiting' || status.value === 'failed') void flush()
  })

  return { draft: readonly(draft), status: readonly(status), input, flush }
}
