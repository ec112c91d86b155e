/**
 * The Update the add notice offers on a page the library has with other text: runs it
 * (`stores/library.ts`, `updateArticle`), lists what it came to in the notice in the
 * duplicate's place ("31 highlights kept, 2 moved, 1 not found", or why it failed), and shows
 * the new text at once when that article is on screen.
 */
import { shallowRef } from 'vue'
import type { AddOutcome } from '@renderer/adding/add-queue'
import { useAddingStore } from '@renderer/stores/adding'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'

export type UpdatableOutcome = Extract<AddOutcome, { kind: 'duplicate' }>

export function useArticleUpdate() {
  const adding = useAddingStore()
  const library = useLibraryStore()
  const articles = useArticleStore()
  /** The outcome whose Update is running. */
  const running = shallowRef<UpdatableOutcome | null>(null)

  /**
   * @param outcome - a duplicate found by its address, holding the new text
   * @returns what is listed in its place now
   */
  async function update(outcome: UpdatableOutcome): Promise<AddOutcome | null> {
    if (!outcome.update || running.value) return null
    running.value = outcome
    const { name, articleId, title } = outcome
    const result = await library.updateArticle(articleId, outcome.update)
    running.value = null
    let next: AddOutcome
    if (result.kind === 'updated') {
      const { summary } = result
      next = { kind: 'updated', name, articleId, title: outcome.update.article.title, summary }
      await articles.reopen(articleId)
    } else {
      const reason = {
        unchanged: `“${title}” has this text already (updated meanwhile): nothing to update.`,
        missing: `“${title}” is no longer in your library, so it was not updated.`,
        failed: result.kind === 'failed' ? result.message : '',
      }[result.kind]
      next = { kind: 'refused', name, reason }
    }
    adding.replace(outcome, next)
    return next
  }

  return { running, update }
}
