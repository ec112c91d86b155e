/**
 * Adding many files, as a queue: at most two at a time (a batch of 200 must not parse 200 pages
 * at once), each with its own outcome, the whole batch cancellable. The queue knows nothing of
 * files or articles: it runs a `process` function per item and reports progress, so the same
 * queue serves the file picker, drops, paste and files from the OS.
 */

import type { ArticleUpdateInput } from '@renderer/updating/update-article'

/** What became of one item. */
export type AddOutcome =
  | {
      readonly kind: 'added'
      readonly name: string
      readonly articleId: string
      /** What the reader should know about it (the whole page kept, pictures left out). */
      readonly notices?: readonly string[]
    }
  | {
      readonly kind: 'duplicate'
      readonly name: string
      /** The article already in the library. */
      readonly articleId: string
      readonly title: string
      /** How it was recognised: the same address, or the same text. */
      readonly reason: 'url' | 'text'
      /**
       * The same address with other text: the new text and pictures, which Update puts in the
       * library's copy (`updating/`). Absent when the text is the same.
       */
      readonly update?: ArticleUpdateInput
    }
  | {
      readonly kind: 'updated'
      readonly name: string
      readonly articleId: string
      readonly title: string
      /** What became of its highlights: "31 highlights kept, 2 moved, 1 not found". */
      readonly summary: string
    }
  | { readonly kind: 'refused'; readonly name: string; readonly reason: string }
  | { readonly kind: 'cancelled'; readonly name: string }

export interface AddItem {
  /** The file's name (or `Pasted text`), for progress and the report. */
  readonly name: string
}

export interface AddProgress {
  /** Items finished (any outcome). */
  readonly done: number
  readonly total: number
  /** Names being worked on now. */
  readonly current: readonly string[]
}

export interface AddQueueOptions<Item extends AddItem> {
  /** Turn one item into an article; must honour `signal` and never reject (reject = refused). */
  process(item: Item, signal: AbortSignal): Promise<AddOutcome>
  /** Items worked on at once. */
  readonly concurrency?: number
  onProgress?(progress: AddProgress): void
}

export interface AddBatch {
  /** Every item's outcome, in the order given, once all are done or cancelled. */
  readonly finished: Promise<readonly AddOutcome[]>
  /** Stop: items not started are cancelled, running ones are asked to stop. */
  cancel(): void
}

/**
 * Start adding a batch.
 *
 * @param items - what to add, in order
 * @param options - the work per item, concurrency and progress
 */
export function addInQueue<Item extends AddItem>(
  items: readonly Item[],
  options: AddQueueOptions<Item>,
): AddBatch {
  const controller = new AbortController()
  const outcomes: AddOutcome[] = new Array<AddOutcome>(items.length)
  const current = new Set<number>()
  let next = 0
  let done = 0
  const report = (): void =>
    options.onProgress?.({
      done,
      total: items.length,
      current: [...current].map((i) => items[i].name),
    })

  async function work(): Promise<void> {
    while (next < items.length) {
      const index = next++
      const item = items[index]
      if (controller.signal.aborted) {
        outcomes[index] = { kind: 'cancelled', name: item.name }
        done++
        continue
      }
      current.add(index)
      report()
      outcomes[index] = await options.process(item, controller.signal).catch((cause: unknown) => ({
        kind: 'refused' as const,
        name: item.name,
        reason: cause instanceof Error ? cause.message : String(cause),
      }))
      current.delete(index)
      done++
      report()
    }
  }

  const workers = Math.max(1, Math.min(options.concurrency ?? 2, items.length))
  const finished = Promise.all(Array.from({ length: workers }, work)).then(() => outcomes)
  return { finished, cancel: () => controller.abort() }
}
