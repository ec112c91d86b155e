/**
 * From one untrusted annotation object to an import candidate: its type checked, its id kept
 * when it is a `urn:uuid:` (so a Gloss export comes back under the same ids) and made new
 * otherwise, its times parsed strictly, its bodies and target read by `read-body` and
 * `read-target`. An annotation with no selector at all is a note on the whole page
 * (`ImportPageNote`). The candidate is built from checked primitives only, never from the
 * file's objects. Problems are phrases that complete "Annotation 3 …".
 */
import { err, ok, type Result } from '@shared/result'
import { uuidFromIri } from '../../exporting/formats/web-annotation'
import { parseIsoDateTime } from './iso-date'
import { describeJson, hasType, isObject, own, type JsonObject } from './json-shape'
import { MAX_IRI_CHARS, formatCount } from './limits'
import { readBody } from './read-body'
import { marksPassage, readPageSource, readTarget } from './read-target'
import type { ImportCandidate, ImportPageNote } from './types'

interface ReadCommon {
  /** The file's own id for it (a UUID lower-cased, or the IRI as written), null when it had none. */
  readonly fileId: string | null
  readonly source: string | null
  /** The title the file gives the page (Hypothesis's `document.title`), null when none. */
  readonly title?: string | null
}

/** One annotation of a file, read: on a passage, or on the whole page. */
export type ReadAnnotation =
  | (ReadCommon & { readonly kind: 'passage'; readonly candidate: ImportCandidate })
  | (ReadCommon & { readonly kind: 'page'; readonly pageNote: ImportPageNote })

export interface ReadContext {
  readonly newId: () => string
  /** Epoch milliseconds to use for an annotation that states no creation time. */
  readonly now: number
}

interface ReadId {
  readonly id: string
  readonly fileId: string | null
}

function readId(annotation: JsonObject, context: ReadContext): Result<ReadId, string> {
  const iri = own(annotation, 'id')
  if (iri === undefined) return ok({ id: context.newId(), fileId: null })
  if (typeof iri !== 'string') return err('has an id that is not text')
  if (iri.length > MAX_IRI_CHARS)
    return err(`has an id longer than ${formatCount(MAX_IRI_CHARS)} characters`)
  const uuid = uuidFromIri(iri)
  return ok({ id: uuid ?? context.newId(), fileId: uuid ?? iri })
}

/**
 * An ISO 8601 time of the annotation, as epoch milliseconds; `fallback` when it states none.
 *
 * @param annotation - one annotation object from the file
 * @param key - the property
 * @param fallback - the time to assume
 */
export function readTime(
  annotation: JsonObject,
  key: string,
  fallback: number,
): Result<number, string> {
  const value = own(annotation, key)
  if (value === undefined) return ok(fallback)
  const time = typeof value === 'string' ? parseIsoDateTime(value) : null
  return time === null
    ? err(`has a ${key} time that is not an ISO 8601 date and time with a time zone`)
    : ok(time)
}

/**
 * @param item - one item of the file's annotation list
 * @param context - id maker and the time to assume when none is given
 */
export function readAnnotation(
  item: unknown,
  context: ReadContext,
): Result<ReadAnnotation, string> {
  if (!isObject(item)) return err(`is ${describeJson(item)}, not a Web Annotation`)
  if (!hasType(item, 'Annotation'))
    return err('is not a Web Annotation (its type is not "Annotation")')
  const id = readId(item, context)
  if (!id.ok) return id
  const createdAt = readTime(item, 'created', context.now)
  if (!createdAt.ok) return createdAt
  const updatedAt = readTime(item, 'modified', createdAt.value)
  if (!updatedAt.ok) return updatedAt
  const body = readBody(item)
  if (!body.ok) return body
  if (!marksPassage(item)) {
    const source = readPageSource(item)
    if (!source.ok) return source
    const { note, tags } = body.value
    return ok({
      kind: 'page',
      pageNote: {
        note,
        tags,
        createdAt: createdAt.value,
        reply: false,
        document: { source: source.value ?? '', title: '' },
      },
      fileId: id.value.fileId,
      source: source.value,
    })
  }
  const target = readTarget(item)
  if (!target.ok) return target
  return ok({
    kind: 'passage',
    candidate: {
      id: id.value.id,
      color: target.value.color,
      note: body.value.note,
      tags: body.value.tags,
      createdAt: createdAt.value,
      updatedAt: updatedAt.value,
      target: target.value.target,
    },
    fileId: id.value.fileId,
    source: target.value.source,
  })
}
