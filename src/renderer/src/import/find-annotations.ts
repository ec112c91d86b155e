/**
 * From a parsed JSON value to the annotation objects it holds, in order: a single Annotation,
 * a list of them, an AnnotationPage (`items`), or an AnnotationCollection whose `first` page is
 * embedded. Pages chained by embedded `next` pages are followed; a page that is only a link
 * is refused, since importing part of a collection would silently lose the rest.
 */
import { err, ok, type Result } from '@shared/result'
import { describeJson, hasType, isObject, own } from './json-shape'
import { MAX_IMPORT_ANNOTATIONS, formatCount } from './limits'
import type { ImportRefusal } from './types'

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
 * @param root - the file's parsed JSON
 * @returns the annotation objects to read (not yet checked), or why there are none to read
 */
export function findAnnotations(root: unknown): Found {
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
      'The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection).',
  })
}
