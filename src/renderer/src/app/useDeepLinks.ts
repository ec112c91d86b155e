/**
 * `gloss://open/…` links the desktop app receives from the OS (checked in main, relayed by the
 * preload as ids only): each becomes the app's own address, `#/article/<id>` or
 * `#/article/<id>/highlight/<annotationId>`, and the article page does the rest (focus and
 * flash the highlight, or say it is gone). A link to the address already on screen takes the
 * reader back to its highlight again. Call once, in the app shell. On the web host nothing
 * arrives: a link there is the address itself.
 */
import { onMounted, onUnmounted } from 'vue'
import { isNavigationFailure, NavigationFailureType, useRouter } from 'vue-router'
import { host } from '@host'
import type { DeepLinkTarget } from '@shared/deep-link'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { articleRoute } from './article-route'

export function useDeepLinks(): void {
  const router = useRouter()
  const view = useAnnotationViewStore()

  async function open({ articleId, annotationId }: DeepLinkTarget): Promise<void> {
    const failure = await router.push(articleRoute(articleId, annotationId))
    if (
      annotationId !== undefined &&
      isNavigationFailure(failure, NavigationFailureType.duplicated)
    ) {
      view.focus(annotationId, { reveal: true, flash: true })
    }
  }

  let stop: (() => void) | undefined
  onMounted(() => {
    stop = host.onDeepLink((target) => void open(target))
  })
  onUnmounted(() => stop?.())
}
