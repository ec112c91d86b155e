/**
 * The note renderer, loaded when the first note is shown rather than with the app: markdown-it,
 * linkify-it and DOMPurify are about 130 kB of the renderer's JavaScript, and the first screen
 * (the article) needs none of them. `useNoteRenderer` starts the one dynamic `import()` of
 * render-note.ts and hands out `renderNote` once it has arrived; until then a note is shown as
 * its plain text (NoteView.vue). A failed load leaves notes as plain text; the next note shown
 * tries again.
 */
import { shallowRef, type ShallowRef } from 'vue'
import type { renderNote } from './render-note'

export type RenderNote = typeof renderNote

const loaded = shallowRef<RenderNote | null>(null)
let loading: Promise<void> | null = null

/** `renderNote` once loaded (null before), starting the load on the first call. */
export function useNoteRenderer(): Readonly<ShallowRef<RenderNote | null>> {
  loading ??= import('./render-note').then(
    (module) => {
      loaded.value = module.renderNote
    },
    () => {
      loading = null
    },
  )
  return loaded
}
