/**
 * From a Web Annotation's bodies to a Gloss note and tags. `bodyValue`, a plain string body and
 * every `TextualBody` without the `tagging` purpose are the note (Hypothesis gives its note no
 * purpose; several parts are joined by a blank line); `TextualBody`s with purpose `tagging` are
 * tags. Bodies Gloss cannot show (images, links, choices) are passed over. Notes stay text:
 * a `<script>` in a note is characters, sanitised when the UI renders Markdown.
 */
import { err, ok, type Result } from '@shared/result'
import { asList, describeJson, hasType, isObject, own, type JsonObject } from './json-shape'
import { MAX_BODIES, MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS, formatCount } from './limits'

export interface ReadBody {
  readonly note: string
  readonly tags: readonly string[]
}

/** The bodies to read: `bodyValue` or `body`, never both (the model forbids it). */
function bodiesOf(annotation: JsonObject): Result<readonly unknown[], string> {
  const body = own(annotation, 'body')
  const bodyValue = own(annotation, 'bodyValue')
  if (body !== undefined && bodyValue !== undefined) {
    return err('has both body and bodyValue, which the Web Annotation model forbids')
  }
  if (bodyValue !== undefined && typeof bodyValue !== 'string') {
    return err('has a bodyValue that is not text')
  }
  const bodies = bodyValue !== undefined ? [bodyValue] : asList(body)
  if (bodies.length > MAX_BODIES) return err(`has more than ${formatCount(MAX_BODIES)} bodies`)
  return ok(bodies)
}

/** Tags within the limits, or what is wrong with them. */
export function checkTags(tags: readonly string[]): Result<readonly string[], string> {
  if (tags.length > MAX_TAGS) return err(`has more than ${formatCount(MAX_TAGS)} tags`)
  if (tags.some((tag) => tag.length > MAX_TAG_CHARS)) {
    return err(`has a tag longer than ${formatCount(MAX_TAG_CHARS)} characters`)
  }
  return ok(tags)
}

/**
 * @param annotation - one annotation object from the file
 * @returns its note and tags (unique, in order), or what is wrong with its bodies
 */
export function readBody(annotation: JsonObject): Result<ReadBody, string> {
  const bodies = bodiesOf(annotation)
  if (!bodies.ok) return bodies
  const noteParts: string[] = []
  const tags = new Set<string>()
  for (const body of bodies.value) {
    if (typeof body === 'string') {
      noteParts.push(body)
      continue
    }
    if (!isObject(body)) return err(`has a body that is ${describeJson(body)}, not text`)
    const value = own(body, 'value')
    const textual =
      hasType(body, 'TextualBody') || (own(body, 'type') === undefined && value !== undefined)
    if (!textual) continue
    if (typeof value !== 'string') return err('has a TextualBody whose value is not text')
    if (asList(own(body, 'purpose')).includes('tagging')) {
      if (value !== '') tags.add(value)
    } else noteParts.push(value)
  }
  const note = noteParts.filter((part) => part !== '').join('\n\n')
  if (note.length > MAX_NOTE_CHARS) {
    return err(`has a note longer than ${formatCount(MAX_NOTE_CHARS)} characters`)
  }
  const checked = checkTags([...tags])
  return checked.ok ? ok({ note, tags: checked.value }) : checked
}
