/**
 * Annotations → where each sits in the article, anchoring each only once: results are kept by
 * annotation id and `updatedAt`, so when the live query brings the whole list back after one
 * edit only the edited annotation is anchored again. The first list of an article is anchored
 * in one chunked batch (`anchorTargets`, yielding to the page between chunks); a batch that took
 * more than a few milliseconds yields once more before its results are collected, so collecting,
 * placing and painting thousands of results does not share its last chunk's task. Updates run one at a time; one
 * asked for while another runs waits and then anchors the newest list.
 */
import type { Annotation } from '@shared/annotation'
import {
  anchorTargets,
  DEFAULT_BUDGET_MS,
  type AnchorResult,
  type TextIndex,
} from '@renderer/anchoring'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'

export type AnchorMap = ReadonlyMap<string, AnchorResult>

export interface AnchorCache {
  /**
   * Where each annotation sits: cached results, and fresh ones for annotations never seen or
   * changed since. Resolves null when a newer `update` made this one stale, or after `dispose`.
   *
   * @param annotations - the article's annotations now
   */
  update(annotations: readonly Annotation[]): Promise<AnchorMap | null>
  /**
   * Record a place known without anchoring: a highlight just made from the selection.
   *
   * @param annotation - the annotation
   * @param result - where it is
   */
  remember(annotation: Annotation, result: AnchorResult): void
  /** Stop: a running batch is abandoned (the article changed). */
  dispose(): void
}

interface Entry {
  readonly updatedAt: number
  readonly result: AnchorResult
}

/** @param index - the article's text index, built once per article */
export function createAnchorCache(index: TextIndex): AnchorCache {
  const entries = new Map<string, Entry>()
  const abort = new AbortController()
  let latest = 0
  let running: Promise<unknown> = Promise.resolve()

  const isCurrent = (annotation: Annotation): boolean =>
    entries.get(annotation.id)?.updatedAt === annotation.updatedAt

  async function anchorMissing(annotations: readonly Annotation[]): Promise<void> {
    const missing = annotations.filter((annotation) => !isCurrent(annotation))
    if (missing.length === 0) return
    const started = performance.now()
    const results = await anchorTargets(
      index,
      missing.map((annotation) => annotation.target),
      { signal: abort.signal },
    )
    if (performance.now() - started > DEFAULT_BUDGET_MS / 2) await yieldToMain()
    missing.forEach((annotation, i) => {
      entries.set(annotation.id, { updatedAt: annotation.updatedAt, result: results[i] })
    })
  }

  function collect(annotations: readonly Annotation[]): AnchorMap {
    const live = new Map<string, AnchorResult>()
    for (const annotation of annotations) {
      const entry = entries.get(annotation.id)
      if (entry) live.set(annotation.id, entry.result)
    }
    // Forget deleted annotations, so the cache stays the size of the article's list.
    if (entries.size > live.size * 2) {
      for (const id of entries.keys()) if (!live.has(id)) entries.delete(id)
    }
    return live
  }

  return {
    update(annotations) {
      const ticket = ++latest
      const done = running.then(async () => {
        if (ticket !== latest || abort.signal.aborted) return null
        try {
          await anchorMissing(annotations)
        } catch (error) {
          if (abort.signal.aborted) return null
          throw error
        }
        return ticket === latest ? collect(annotations) : null
      })
      running = done.catch(() => undefined)
      return done
    },
    remember(annotation, result) {
      entries.set(annotation.id, { updatedAt: annotation.updatedAt, result })
    },
    dispose: () => abort.abort(),
  }
}
