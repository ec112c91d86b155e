/**
 * What the reader added (a file with the files beside it, or the clipboard) → a `PageSource`
 * for extraction: the type told from the content, the text decoded in its own charset, MHTML
 * unpacked, Markdown rendered, a saved page's folder kept as its resources. A file that is none
 * of these, empty or too large gets a message that names it and says why.
 */
import { MAX_ARTICLE_FILE_BYTES, type ClipboardContent } from '@shared/host'
import { fail, ok, type HostError, type Result } from '@shared/result'
import type { PageSource } from '../page-source'
import { decodeText } from './decode-text'
import { readMarkdown } from './read-markdown'
import { readMhtml } from './read-mhtml'
import { sniffFileKind } from './sniff-type'
import { webAddress } from './web-address'

export interface AddedFile {
  readonly name: string
  readonly bytes: Uint8Array
  /** Files beside it that the page may use, by path relative to the file's folder. */
  readonly siblings?: ReadonlyMap<string, Blob>
}

const WHAT_GLOSS_ADDS = 'Gloss adds web pages (.html, .mhtml), Markdown and text files.'
/** Where a page says it was saved from: Chromium's and IE's comment, or SingleFile's. */
const SAVED_FROM = [
  /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i,
  /<!--\s*Page saved with SingleFile\s*\n\s*url:\s*(\S+)/i,
]
/** Rounded up, so that a file just over the limit does not read as the limit. */
const megabytes = (bytes: number): string =>
  `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`

/** A path part that is the folder itself or its parent, or holds a separator, once decoded. */
function isUnsafePart(part: string): boolean {
  let decoded = part
  try {
    decoded = decodeURIComponent(part)
  } catch {
    // Not percent-encoding: the name as it is.
  }
  return decoded === '' || decoded === '.' || decoded === '..' || /[/\\]/.test(decoded)
}

/** Characters a URL parser drops (tabs and line ends anywhere, so `.\t.` reads as `..`). */
const hasControlCharacter = (path: string): boolean =>
  [...path].some((character) => character < ' ' || character === '\x7f')

/**
 * A relative path inside the page's own folder, `/`-separated, with a leading `./` dropped;
 * null for anything else: absolute, on a drive or a server, going up (`..`, `%2e%2e`), with
 * empty parts, starting like a URL (`https:`, `cid:`, whose keys mean something else), or with
 * what a URL parser would drop (control characters, white space at either end).
 */
export function safeSiblingPath(path: string): string | null {
  if (hasControlCharacter(path)) return null
  const normal = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  if (normal.trim() !== normal || /^[^/]*:/.test(normal)) return null
  return normal.split('/').some(isUnsafePart) ? null : normal
}

function siblingsOf(file: AddedFile): Map<string, Blob> {
  const resources = new Map<string, Blob>()
  for (const [path, blob] of file.siblings ?? []) {
    // NFC: macOS names files in decomposed form, while the page's markup is usually composed.
    const safe = safeSiblingPath(path)?.normalize('NFC')
    if (safe) resources.set(safe, blob)
  }
  return resources
}

/**
 * The refusal of a file too large to add, or null when its size is fine: checked before a
 * dropped file is read, and again on the bytes.
 *
 * @param name - the file's name
 * @param size - its size in bytes
 */
export function tooLarge(name: string, size: number): Result<never, HostError> | null {
  if (size <= MAX_ARTICLE_FILE_BYTES) return null
  return fail(
    'too-large',
    `“${name}” is ${megabytes(size)}; Gloss adds files up to ${megabytes(MAX_ARTICLE_FILE_BYTES)}.`,
  )
}

/** @param file - the file and the files beside it */
export async function readAddedFile(file: AddedFile): Promise<Result<PageSource, HostError>> {
  const { name, bytes } = file
  if (bytes.length === 0) return fail('invalid-payload', `“${name}” is empty.`)
  const refusal = tooLarge(name, bytes.length)
  if (refusal) return refusal
  const kind = sniffFileKind(name, bytes)
  if (typeof kind === 'object') {
    return fail(
      'invalid-payload',
      `“${name}” looks like ${kind.refused}, not a web page. ${WHAT_GLOSS_ADDS}`,
    )
  }
  if (kind === 'mhtml') {
    const page = await readMhtml(name, bytes).catch(() => null)
    return page
      ? ok(page)
      : fail('invalid-payload', `“${name}” is a saved page (MHTML) with no page inside it.`)
  }
  const text = decodeText(bytes)
  const noText = fail('invalid-payload', `“${name}” holds no text.`)
  if (text.trim() === '') return noText
  if (kind === 'markdown') {
    const article = readMarkdown(name, text)
    return article.html.trim() === '' ? noText : ok(article)
  }
  if (kind === 'text') return ok({ kind: 'text', name, text })
  const start = text.slice(0, 4096)
  const savedFrom = webAddress(SAVED_FROM.map((comment) => comment.exec(start)?.[1]).find(Boolean))
  return ok({
    kind: 'page',
    name,
    html: text,
    resources: siblingsOf(file),
    ...(savedFrom && { savedFrom }),
  })
}

/**
 * What was pasted: its HTML as the article's markup when there is any, else its text.
 *
 * @param content - the clipboard's HTML and text
 */
export function readClipboard(content: ClipboardContent): Result<PageSource, HostError> {
  const name = 'Pasted text'
  if (content.html.trim() !== '') {
    return ok({ kind: 'fragment', name, html: content.html, resources: new Map() })
  }
  const text = content.text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') return fail('invalid-payload', 'The clipboard holds nothing to add.')
  return ok({ kind: 'text', name, text })
}
