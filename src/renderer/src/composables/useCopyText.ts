/**
 * Copy text the reader asked for (a passage, a quote, a highlight's gloss:// link) through the
 * host, and say at the foot of the window that it is done, or why not. Used by the highlight
 * popover and toolbar and by the sidebar's cards.
 */
import { host } from '@host'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'

export function useCopyText(): (text: string, done?: string) => Promise<void> {
  const view = useAnnotationViewStore()
  /**
   * @param text - what to put on the clipboard
   * @param done - what to say once it is there
   */
  return async (text, done = 'Copied') => {
    const result = await host.copyText(text)
    view.announce({ message: result.ok ? done : result.error.message, undoes: null })
  }
}
