/**
 * The import parser's one entry point: a file's text in, validated import candidates or one
 * clear refusal out. Everything is checked before anything is returned (size, JSON, shape,
 * count, every field of every annotation, ids unique within the file), so the import flow can
 * write all of it or, on a refusal, nothing.
 */
import { err, ok, type Result } from '@shared/result'
import { findAnnotations } from './find-annotations'
import { parseJsonText } from './json-text'
import { MAX_IMPORT_FILE_CHARS, formatCount } from './limits'
import { readAnnotation, type ReadContext } from './read-annotation'
import { readHypothesisAnnotation } from './read-hypothesis'
import { isGlossMarkdown, readGlossMarkdown } from './read-gloss-markdown'
import { isReadwiseCsv, readReadwiseCsv } from './read-readwise-csv'
import { isReadwiseMarkdown, readReadwiseMarkdown } from './read-readwise-markdown'
import type {
  ImportBatch,
  ImportCandidate,
  ImportDocument,
  ImportOptions,
  ImportPageNote,
  ImportRefusal,
} from './types'

/**
 * Parse and validate an annotation file: Gloss's own JSON-LD export, any W3C Web Annotation
 * with a `TextQuoteSelector` (a single Annotation, a list of them, an AnnotationPage, or an
 * AnnotationCollection with its pages embedded; Hypothesis's JSON-LD too), or Hypothesis's
 * native JSON (its sidebar's export, an API search response). Notes on a whole page, and
 * replies, come out as page notes. Texts that are never valid JSON are told apart by their
 * content first: a first line that is Readwise's CSV header is Readwise's CSV export; front
 * matter with Gloss's article key or block ids is Gloss's own Markdown export; a Highlights
 * heading with Readwise's Metadata or highlight links is Readwise's (and Reader's) Markdown.
 *
 * @param text - the file's text, as read (a leading BOM is fine)
 * @param options - id maker and clock, for tests; the defaults suit the app
 * @returns the candidates in file order with the sources they target, or why the file was refused
 */
export function parseAnnotationFile(
  text: string,
  options: ImportOptions = {},
): Result<ImportBatch, ImportRefusal> {
  const unmarked = text.replace(/^\uFEFF/, '')
  if (text.length <= MAX_IMPORT_FILE_CHARS) {
    if (isReadwiseCsv(unmarked)) return readReadwiseCsv(unmarked, options)
    if (isGlossMarkdown(unmarked)) return readGlossMarkdown(unmarked, options)
    if (isReadwiseMarkdown(unmarked)) return readReadwiseMarkdown(unmarked, options)
  }
  const json = parseJsonText(text)
  if (
    !json.ok &&
    json.error.reason === 'not-json' &&
    /^(?:---[ \t]*\r?\n|#{1,6} )/.test(unmarked)
  ) {
    return err({
      reason: 'not-annotations',
      message:
        'The file is Markdown, but not an export Gloss can read highlights from: Gloss reads its own Markdown export and Readwise’s.',
    })
  }
  if (!json.ok) return json
  const found = findAnnotations(json.value)
  if (!found.ok) return found
  const { items, format } = found.value
  if (items.length === 0) {
    return err({ reason: 'no-annotations', message: 'The file holds no annotations to import.' })
  }
  const context: ReadContext = {
    newId: options.newId ?? (() => crypto.randomUUID()),
    now: (options.now ?? new Date()).getTime(),
  }
  const read = format === 'hypothesis' ? readHypothesisAnnotation : readAnnotation
  const annotations: ImportCandidate[] = []
  const pageNotes: ImportPageNote[] = []
  const sources = new Set<string>()
  const documents = new Map<string, ImportDocument>()
  const positionOfId = new Map<string, number>()
  for (const [index, item] of items.entries()) {
    const n = index + 1
    const one = read(item, context)
    if (!one.ok) {
      return err({
        reason: 'invalid-annotation',
        message: `Annotation ${formatCount(n)} of ${formatCount(items.length)} ${one.error}.`,
      })
    }
    const { fileId, source } = one.value
    if (fileId !== null) {
      const earlier = positionOfId.get(fileId)
      if (earlier !== undefined) {
        return err({
          reason: 'duplicate-id',
          message: `Annotations ${formatCount(earlier)} and ${formatCount(n)} share the same id, so the file cannot say which one is right.`,
        })
      }
      positionOfId.set(fileId, n)
    }
    if (one.value.kind === 'passage') {
      const { candidate } = one.value
      annotations.push(candidate)
      documents.set(candidate.id, { source: source ?? '', title: one.value.title ?? '' })
    } else pageNotes.push(one.value.pageNote)
    if (source !== null) sources.add(source)
  }
  return ok({ annotations, pageNotes, sources: [...sources], documents })
}
