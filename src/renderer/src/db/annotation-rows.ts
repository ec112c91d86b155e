/**
 * Stored rows ⇄ annotations: plain copies to store (IndexedDB's structured clone cannot copy Vue
 * proxies, and only the model's fields belong in a row), and checks on rows read back, which may
 * have been written by another version of Gloss.
 */
import { toRaw } from 'vue'
import { isHighlightColor, type Annotation, type ArticleNote } from '@shared/annotation'

/**
 * A deep, plain copy of an annotation holding only the stored fields.
 *
 * @param annotation - an annotation, possibly a Vue proxy or carrying extra fields
 */
export function plainAnnotation(annotation: Annotation): Annotation {
  const { id, articleId, color, note, tags, createdAt, updatedAt, target } = toRaw(annotation)
  const { quote, position } = toRaw(target)
  return {
    id,
    articleId,
    color,
    note,
    tags: [...toRaw(tags)],
    createdAt,
    updatedAt,
    target: {
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end },
    },
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** @param value - a stored row */
export function isStoredAnnotation(value: unknown): value is Annotation {
  if (!isRecord(value) || !isRecord(value.target)) return false
  const { quote, position } = value.target
  return (
    isString(value.id) &&
    isString(value.articleId) &&
    isHighlightColor(value.color) &&
    isString(value.note) &&
    Array.isArray(value.tags) &&
    value.tags.every(isString) &&
    isFiniteNumber(value.createdAt) &&
    isFiniteNumber(value.updatedAt) &&
    isRecord(quote) &&
    isString(quote.exact) &&
    isString(quote.prefix) &&
    isString(quote.suffix) &&
    isRecord(position) &&
    isFiniteNumber(position.start) &&
    isFiniteNumber(position.end)
  )
}

/** @param value - a stored row */
export function isStoredArticleNote(value: unknown): value is ArticleNote {
  return (
    isRecord(value) &&
    isString(value.articleId) &&
    isString(value.note) &&
    isFiniteNumber(value.updatedAt)
  )
}
