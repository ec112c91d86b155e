/**
 * From one untrusted annotation object to an import candidate: its type checked, its id kept
 * when it is a `urn:uuid:` (so a Gloss export comes back under the same ids) and made new
 * otherwise, its times parsed strictly, its bodies and target read by `read-body` and
 * `read-target`. The candidate is built from checked primitives only, never from the file's
 * objects. Problems are phrases that complete "Annotation 3 …".
 */
import { err, ok, type Result } from '@shared/result'
import { uuidFromIri } from '../export/web-annotation'
import { parseIsoDateTime } from './iso-date'
import { describeJson, hasType, isObject, own, type JsonObject } from './json-shape'
import { MAX_IRI_CHARS, formatCount } from './limits'
import { readBody } from './read-body'
import { readTarget } from './read-target'
import type { ImportCandidate } from './types'

export interface ReadAnnotation {
  readonly candidate: ImportCandidate
  /** The file's own id for it (a UUID lower-cased, or the IRI as written), null when it had none. */
  readonly fileId: string | null
  readonly source: string | null
}

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

function readTime(
  annotation: JsonObject,
  key: 'created' | 'modified',
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
  const target = readTarget(item)
  if (!target.ok) return target
  return ok({
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
