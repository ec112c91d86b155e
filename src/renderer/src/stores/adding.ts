/**
 * Articles being added: one batch at a time through the add queue (adding/add-queue.ts), with
 * its progress while it runs and its outcomes once done, until the reader dismisses them. A
 * batch started while another runs waits for it. How one item becomes an article is given by
 * `useAddArticles` (adding/), so this store holds state only.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import {
  addInQueue,
  type AddBatch,
  type AddItem,
  type AddOutcome,
  type AddProgress,
} from '@renderer/adding/add-queue'

export const useAddingStore = defineStore('adding', () => {
  const progress = shallowRef<AddProgress | null>(null)
  /** The last batch's outcomes, until dismissed. */
  const outcomes = shallowRef<readonly AddOutcome[] | null>(null)
  let running: AddBatch | null = null
  let queue: Promise<unknown> = Promise.resolve()

  /**
   * Add a batch once the one before it is done.
   *
   * @param items - what to add
   * @param process - how one item becomes an article
   * @returns the batch's outcomes
   */
  function add<Item extends AddItem>(
    items: readonly Item[],
    process: (item: Item, signal: AbortSignal) => Promise<AddOutcome>,
  ): Promise<readonly AddOutcome[]> {
    const done = queue.then(async () => {
      outcomes.value = null
      progress.value = { done: 0, total: items.length, current: [] }
      running = addInQueue(items, {
        process,
        onProgress: (next) => (progress.value = next),
      })
      const result = await running.finished
      running = null
      progress.value = null
      outcomes.value = result
      return result
    })
    queue = done.catch(() => undefined)
    return done
  }

  /** Stop the batch that is running: what has not been added is not added. */
  function cancel(): void {
    running?.cancel()
  }

  /** Show outcomes that no batch produced (the file picker itself failed). */
  function report(shown: readonly AddOutcome[]): void {
    outcomes.value = shown
  }

  /**
   * Show what became of one outcome later (an Update the reader chose on a duplicate).
   *
   * @param shown - the outcome as listed now
   * @param next - what to list in its place
   */
  function replace(shown: AddOutcome, next: AddOutcome): void {
    outcomes.value = outcomes.value?.map((outcome) => (outcome === shown ? next : outcome)) ?? null
  }

  function dismiss(): void {
    outcomes.value = null
  }

  return { progress, outcomes, add, cancel, report, replace, dismiss }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAddingStore, import.meta.hot))
