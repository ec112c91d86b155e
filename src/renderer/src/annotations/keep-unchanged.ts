/**
 * A fresh read of annotations → the same list with the previous objects kept wherever a row did
 * not change (same id and `updatedAt`). A live query returns new objects for every row each time;
 * keeping the old ones lets views and caches keyed by object see that nothing changed.
 */
import type { Annotation } from '@shared/annotation'

/**
 * @param previous - the list read before
 * @param next - the list read now
 */
export function keepUnchanged(
  previous: readonly Annotation[],
  next: readonly Annotation[],
): readonly Annotation[] {
  const before = new Map(previous.map((annotation) => [annotation.id, annotation]))
  return next.map((annotation) => {
    const old = before.get(annotation.id)
    return old && old.updatedAt === annotation.updatedAt ? old : annotation
  })
}
