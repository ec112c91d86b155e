/**
 * The rendered article's DOM text map (canonical offsets ⇄ DOM), kept current: built when the
 * article element appears, and again whenever its content changes under it (Vue re-rendered a
 * block), since the map holds the text nodes it read. A map that does not match the article
 * (`DomTextMismatchError`) is reported and left out: nothing is painted on the wrong words.
 */
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { Article } from '@shared/article'
import { buildDomTextMap, type DomTextMap } from '@renderer/anchoring'

/**
 * @param element - the `<article>` element, once rendered
 * @param article - the article it renders
 */
export function useDomTextMap(
  element: Readonly<Ref<HTMLElement | null>>,
  article: () => Article,
): Readonly<ShallowRef<DomTextMap | null>> {
  const map = shallowRef<DomTextMap | null>(null)
  let observer: MutationObserver | undefined

  const build = (root: HTMLElement): void => {
    try {
      map.value = buildDomTextMap(root, article())
    } catch (error) {
      map.value = null
      console.error('Highlights are not shown: the article on screen does not match it.', error)
    }
  }

  watch(
    [element, article],
    ([root]) => {
      observer?.disconnect()
      if (!root) {
        map.value = null
        return
      }
      build(root)
      observer = new MutationObserver(() => build(root))
      observer.observe(root, { childList: true, characterData: true, subtree: true })
    },
    { immediate: true, flush: 'post' },
  )
  onScopeDispose(() => observer?.disconnect())
  return map
}
