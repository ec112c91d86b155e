/**
 * Changes shown before the database has them: a highlight is painted the moment it is made and
 * its write follows. The overlay holds those pending versions over the stored list until the
 * stored list catches up (a live query brings the written row back) or the write fails (the
 * change is dropped, so the view returns to what is stored). Immutable: every change returns a
 * new overlay, so a `shallowRef` holding it notices.
 */
import type { Annotation } from '@shared/annotation'

export interface OptimisticOverlay {
  /** New or changed annotations not yet seen in the stored list, by id. */
  readonly puts: ReadonlyMap<string, Annotation>
  /** Ids deleted but still in the stored list. */
  readonly deletes: ReadonlySet<string>
}

export const EMPTY_OVERLAY: OptimisticOverlay = { puts: new Map(), deletes: new Set() }

/**
 * @param overlay - the overlay
 * @param annotation - an annotation about to be written
 */
export function withPut(overlay: OptimisticOverlay, annotation: Annotation): OptimisticOverlay {
  const deletes = new Set(overlay.deletes)
  deletes.delete(annotation.id)
  return { puts: new Map(overlay.puts).set(annotation.id, annotation), deletes }
}

/**
 * @param overlay - the overlay
 * @param id - an annotation about to be deleted
 */
export function withDelete(overlay: OptimisticOverlay, id: string): OptimisticOverlay {
  const puts = new Map(overlay.puts)
  puts.delete(id)
  return { puts, deletes: new Set(overlay.deletes).add(id) }
}

/**
 * The overlay as it was before a change whose write failed: the pending version shown before it
 * (an earlier change still on its way to the database), or none.
 *
 * @param overlay - the overlay
 * @param id - the annotation the failed change was for
 * @param previous - what `overlay.puts` held for it before the change
 */
export function revert(
  overlay: OptimisticOverlay,
  id: string,
  previous: Annotation | undefined,
): OptimisticOverlay {
  return previous ? withPut(overlay, previous) : without(overlay, id)
}

/**
 * The overlay without any pending change of an annotation.
 *
 * @param overlay - the overlay
 * @param id - the annotation
 */
export function without(overlay: OptimisticOverlay, id: string): OptimisticOverlay {
  if (!overlay.puts.has(id) && !overlay.deletes.has(id)) return overlay
  const puts = new Map(overlay.puts)
  const deletes = new Set(overlay.deletes)
  puts.delete(id)
  deletes.delete(id)
  return { puts, deletes }
}

/**
 * What the reader sees: the stored list with the pending changes applied, in the stored order
 * (new annotations last).
 *
 * @param stored - the annotations as stored
 * @param overlay - the pending changes
 */
export function applyOverlay(
  stored: readonly Annotation[],
  overlay: OptimisticOverlay,
): readonly Annotation[] {
  if (overlay.puts.size === 0 && overlay.deletes.size === 0) return stored
  const shown: Annotation[] = []
  const placed = new Set<string>()
  for (const annotation of stored) {
    if (overlay.deletes.has(annotation.id)) continue
    shown.push(overlay.puts.get(annotation.id) ?? annotation)
    placed.add(annotation.id)
  }
  for (const [id, annotation] of overlay.puts) if (!placed.has(id)) shown.push(annotation)
  return shown
}

/**
 * The overlay without the changes the stored list now shows: puts whose row is stored at least
 * as recently, deletes whose row is gone.
 *
 * @param overlay - the overlay
 * @param stored - the annotations as stored now
 */
export function settle(
  overlay: OptimisticOverlay,
  stored: readonly Annotation[],
): OptimisticOverlay {
  if (overlay.puts.size === 0 && overlay.deletes.size === 0) return overlay
  const byId = new Map(stored.map((annotation) => [annotation.id, annotation]))
  const puts = new Map(
    [...overlay.puts].filter(([id, pending]) => {
      const row = byId.get(id)
      return !row || row.updatedAt < pending.updatedAt
    }),
  )
  const deletes = new Set([...overlay.deletes].filter((id) => byId.has(id)))
  return { puts, deletes }
}
