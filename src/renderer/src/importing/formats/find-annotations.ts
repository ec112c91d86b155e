/**
 * From a parsed JSON value to the annotation objects it holds, in order, and which shape they
 * have. Web Annotations: a single Annotation, a list of them, an AnnotationPage (`items`), or
 * an AnnotationCollection whose `first` page is embedded. Pages chained by embedded `next`
 * pages are followed; a page that is only a link is refused, since importing part of a
 * collection would silently lose the rest. Hypothesis's own JSON: the file its sidebar exports
 * (`export_date`, `export_userid`, `client_version`, `annotations`) and an API search response
 * (`total`, `rows`), whose items are annotations in the API's native shape.
 */
import { err, ok, type Result } from '@shared/result'
import { describeJson, hasType, isObject, own, type JsonObject } from './json-shape'
import { MAX_IMPORT_ANNOTATIONS, formatCount } from './limits'
import type { ImportRefusal } from './types'

/** The file's annotation objects, unchecked, and whether they are Hypothesis's native shape. */
export interface FoundAnnotations {
  readonly items: unknown[]
  readonly format: 'web-annotation' | 'hypothesis'
}

type Found = Result<unknown[], ImportRefusal>

function tooMany(): Found {
  return err({
    reason: 'too-many',
    message: `The file holds more than ${formatCount(MAX_IMPORT_ANNOTATIONS)} annotations, the most Gloss imports at once.`,
  })
}

/** The items of a page and of every embedded page after it. */
function pageItems(first: unknown): Found {
  const items: unknown[] = []
  let page = first
  while (page !== undefined) {
    if (!isObject(page) || !hasType(page, 'AnnotationPage')) {
      return err({
        reason: 'not-annotations',
        message:
          'The file’s annotations continue on a page that is not in the file, so it cannot be imported whole.',
      })
    }
    const pageList = own(page, 'items')
    if (pageList !== undefined && !Array.isArray(pageList)) {
      return err({
        reason: 'not-annotations',
        message: 'The file’s annotation page has no list of items.',
      })
    }
    items.push(...(pageList ?? []))
    if (items.length > MAX_IMPORT_ANNOTATIONS) return tooMany()
    page = own(page, 'next')
  }
  return ok(items)
}

/**
 * The list a Hypothesis file holds its annotations in: `annotations` in the sidebar's export,
 * `rows` in an API search response; undefined for a file that is neither.
 */
function hypothesisList(root: JsonObject): { key: string; list: unknown } | undefined {
  const exported = ['export_date', 'export_userid', 'client_version'].some(
    (key) => own(root, key) !== undefined,
  )
  if (exported) return { key: 'annotations', list: own(root, 'annotations') }
  if (typeof own(root, 'total') === 'number' && own(root, 'rows') !== undefined) {
    return { key: 'rows', list: own(root, 'rows') }
  }
  return undefined
}

function webAnnotations(root: unknown): Found {
  if (Array.isArray(root)) {
    return root.length > MAX_IMPORT_ANNOTATIONS ? tooMany() : ok([...root])
  }
  if (!isObject(root)) {
    return err({
      reason: 'not-annotations',
      message: `The file holds ${describeJson(root)}, not Web Annotations.`,
    })
  }
  if (hasType(root, 'Annotation')) return ok([root])
  if (hasType(root, 'AnnotationPage')) return pageItems(root)
  if (hasType(root, 'AnnotationCollection')) {
    const first = own(root, 'first')
    return first === undefined ? ok([]) : pageItems(first)
  }
  return err({
    reason: 'not-annotations',
    message:
      'The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection) and is not a Hypothesis export.',
  })
}

/**
 * @param root - the file's parsed JSON
 * @returns the annotation objects to read (not yet checked), or why there are none to read
 */
export function findAnnotations(root: unknown): Result<FoundAnnotations, ImportRefusal> {
  const hypothesis = isObject(root) ? hypothesisList(root) : undefined
  if (hypothesis) {
    const { key, list } = hypothesis
    if (!Array.isArray(list)) {
      return err({
        reason: 'not-annotations',
        message: `The file looks like a Hypothesis export, but its ${key} are not a list.`,
      })
    }
    const items = list.length > MAX_IMPORT_ANNOTATIONS ? tooMany() : ok([...list])
    return items.ok ? ok({ items: items.value, format: 'hypothesis' }) : items
  }
  const found = webAnnotations(root)
  return found.ok ? ok({ items: found.value, format: 'web-annotation' }) : found
}
