/**
 * One annotation in Hypothesis's own JSON, as its API serves it and its sidebar exports it (see
 * `find-annotations.ts` for the files): `text` (Markdown) is the note, `tags` the tags,
 * `created` and `updated` its times, `target[].selector[]` the passage (the same selectors as a
 * Web Annotation, read by `read-target`), `uri` the page. Its quote is kept and its
 * `TextPositionSelector` is not: Hypothesis counts offsets in the page's text as the browser
 * laid it out, not in the article's text Gloss kept, so the passage is found by its quote. An annotation without selectors is a
 * page note, one with `references` a reply: both join the article's note. Its Hypothesis id
 * (not a UUID) only tells duplicates in the file apart; Gloss gives it a new one. Problems are
 * phrases that complete "Annotation 3 …".
 */
import { err, ok, type Result } from '@shared/result'
import { describeJson, isObject, own, type JsonObject } from './json-shape'
import { MAX_IRI_CHARS, MAX_NOTE_CHARS, formatCount } from './limits'
import { readTime, type ReadAnnotation, type ReadContext } from './read-annotation'
import { checkTags } from './read-body'
import { marksPassage, readTarget } from './read-target'

function readText(item: JsonObject, key: string): Result<string | null, string> {
  const value = own(item, key)
  if (value === undefined || value === null) return ok(null)
  return typeof value === 'string' ? ok(value) : err(`has a ${key} that is not text`)
}

/**
 * The page's title: Hypothesis keeps `document.title` as a list (one per kind of metadata the
 * page had); the first non-empty one, or null.
 */
function readTitle(item: JsonObject): string | null {
  const document = own(item, 'document')
  if (!isObject(document)) return null
  const title = own(document, 'title')
  const titles = Array.isArray(title) ? title : [title]
  const first = titles.find((one): one is string => typeof one === 'string' && one.trim() !== '')
  return first === undefined ? null : first.trim().slice(0, MAX_IRI_CHARS)
}

function readTags(item: JsonObject): Result<readonly string[], string> {
  const value = own(item, 'tags')
  if (value === undefined || value === null) return ok([])
  if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string')) {
    return err('has tags that are not a list of text')
  }
  return checkTags([...new Set((value as string[]).filter((tag) => tag !== ''))])
}

/**
 * @param item - one item of the file's `annotations` or `rows`
 * @param context - id maker and the time to assume when none is given
 */
export function readHypothesisAnnotation(
  item: unknown,
  context: ReadContext,
): Result<ReadAnnotation, string> {
  if (!isObject(item)) return err(`is ${describeJson(item)}, not a Hypothesis annotation`)
  const fileId = readText(item, 'id')
  if (!fileId.ok) return fileId
  if (fileId.value !== null && fileId.value.length > MAX_IRI_CHARS) {
    return err(`has an id longer than ${formatCount(MAX_IRI_CHARS)} characters`)
  }
  const uri = readText(item, 'uri')
  if (!uri.ok) return uri
  if (uri.value !== null && uri.value.length > MAX_IRI_CHARS) {
    return err(`has a uri longer than ${formatCount(MAX_IRI_CHARS)} characters`)
  }
  const createdAt = readTime(item, 'created', context.now)
  if (!createdAt.ok) return createdAt
  const updatedAt = readTime(item, 'updated', createdAt.value)
  if (!updatedAt.ok) return updatedAt
  const text = readText(item, 'text')
  if (!text.ok) return text
  const note = text.value ?? ''
  if (note.length > MAX_NOTE_CHARS) {
    return err(`has a note longer than ${formatCount(MAX_NOTE_CHARS)} characters`)
  }
  const tags = readTags(item)
  if (!tags.ok) return tags
  const references = own(item, 'references')
  const reply = Array.isArray(references) && references.length > 0
  const title = readTitle(item)
  const common = { fileId: fileId.value, source: uri.value, title }
  if (reply || !marksPassage(item)) {
    const document = { source: uri.value ?? '', title: title ?? '' }
    const pageNote = { note, tags: tags.value, createdAt: createdAt.value, reply, document }
    return ok({ ...common, kind: 'page', pageNote })
  }
  const target = readTarget(item)
  if (!target.ok) return target
  return ok({
    ...common,
    source: uri.value ?? target.value.source,
    kind: 'passage',
    candidate: {
      id: context.newId(),
      color: target.value.color,
      note,
      tags: tags.value,
      createdAt: createdAt.value,
      updatedAt: updatedAt.value,
      target: { quote: target.value.target.quote, position: null },
    },
  })
}
