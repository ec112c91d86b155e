/**
 * Gloss's deep links: `gloss://open/article/<articleId>` and
 * `gloss://open/article/<articleId>/highlight/<annotationId>`, made and read here only. Another
 * app (an Obsidian note, a browser, a shell) hands one to Gloss; main parses it before anything
 * happens, and what comes out is a target inside the app (an article, a highlight), never a URL
 * to load. The host is `open`, never `app`: `gloss://app/...` is the app's own origin, and a
 * link to it is refused like any other.
 *
 * Parsing is strict: the WHATWG URL parser reads the link, its canonical form must be exactly
 * what was given, path and nothing else (so dot segments, tabs, a `?` or `#`, case games and
 * percent-encoding are refused rather than normalised), and every id must look like the ids Gloss makes: a lower-case
 * UUID (`crypto.randomUUID()`, or an imported `urn:uuid:` lower-cased) or, for an article, the
 * bundled sample's `seed-<16 hex>`.
 */
import { APP_SCHEME } from './channels'
import { err, ok, type Result } from './result'

/** The host of every deep link; the app itself is `gloss://app`. */
export const DEEP_LINK_HOST = 'open'
export const DEEP_LINK_PREFIX = `${APP_SCHEME}://${DEEP_LINK_HOST}/`
/** Longest link read: a link to a highlight is about 110 characters. */
export const MAX_DEEP_LINK_CHARS = 256

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const ARTICLE_ID = new RegExp(`^(?:${UUID}|seed-[0-9a-f]{16})$`)
const ANNOTATION_ID = new RegExp(`^${UUID}$`)
const PATH = /^\/article\/([^/]+)(?:\/highlight\/([^/]+))?$/

/** Where a deep link goes: an article, or one highlight in it. */
export interface DeepLinkTarget {
  readonly articleId: string
  /** Absent for a link to the article itself. */
  readonly annotationId?: string
}

/** @param id - an article id as stored */
export function isLinkableArticleId(id: unknown): id is string {
  return typeof id === 'string' && ARTICLE_ID.test(id)
}

/** @param id - an annotation id as stored */
export function isLinkableAnnotationId(id: unknown): id is string {
  return typeof id === 'string' && ANNOTATION_ID.test(id)
}

/**
 * Whether a value is a target this module could have made (the preload checks what main sends).
 *
 * @param value - anything
 */
export function isDeepLinkTarget(value: unknown): value is DeepLinkTarget {
  if (typeof value !== 'object' || value === null) return false
  const { articleId, annotationId } = value as Record<string, unknown>
  const keys = Object.keys(value)
  const expected = annotationId === undefined ? 1 : 2
  return (
    keys.length === expected &&
    isLinkableArticleId(articleId) &&
    (annotationId === undefined || isLinkableAnnotationId(annotationId))
  )
}

/**
 * The link to an article or a highlight; null when an id is not one Gloss makes (a row restored
 * from a hand-edited backup), since such a link could never be opened.
 *
 * @param target - the article, and the highlight if any
 */
export function deepLinkFor(target: DeepLinkTarget): string | null {
  if (!isLinkableArticleId(target.articleId)) return null
  const article = `${DEEP_LINK_PREFIX}article/${target.articleId}`
  if (target.annotationId === undefined) return article
  return isLinkableAnnotationId(target.annotationId)
    ? `${article}/highlight/${target.annotationId}`
    : null
}

/**
 * Whether a command-line argument is meant as a deep link (so it is not taken for a file
 * name). Any `gloss:` argument is: a malformed one is refused by `parseDeepLink`, not opened.
 *
 * @param arg - one argument of `process.argv` or of a second launch
 */
export function isDeepLinkArgument(arg: string): boolean {
  return arg.slice(0, APP_SCHEME.length + 1).toLowerCase() === `${APP_SCHEME}:`
}

const REFUSED = 'Gloss cannot open this link'

/**
 * Read a deep link. Anything that is not exactly a link this module makes is an error whose
 * message says why, for the reader.
 *
 * @param link - the link as the OS handed it over, untrusted
 */
export function parseDeepLink(link: unknown): Result<DeepLinkTarget, string> {
  if (typeof link !== 'string') return err(`${REFUSED}: it is not text.`)
  if (link.length > MAX_DEEP_LINK_CHARS) return err(`${REFUSED}: it is too long.`)
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return err(`${REFUSED}: it is not a link.`)
  }
  if (url.protocol !== `${APP_SCHEME}:`) return err(`${REFUSED}: it is not a gloss:// link.`)
  if (url.host !== DEEP_LINK_HOST || url.username !== '' || url.password !== '') {
    return err(`${REFUSED}: it does not start with ${DEEP_LINK_PREFIX}.`)
  }
  // Rebuilt from its path alone: a query, a fragment (even empty), dot segments, tabs or
  // percent-encoding the parser normalised away make it differ from what was given.
  if (`${APP_SCHEME}://${DEEP_LINK_HOST}${url.pathname}` !== link) {
    return err(`${REFUSED}: it is not written the way Gloss writes links.`)
  }
  const match = PATH.exec(url.pathname)
  if (!match) return err(`${REFUSED}: it names neither an article nor a highlight.`)
  const [, articleId, annotationId] = match
  if (!isLinkableArticleId(articleId)) return err(`${REFUSED}: its article id is not valid.`)
  if (annotationId === undefined) return ok({ articleId })
  if (!isLinkableAnnotationId(annotationId)) {
    return err(`${REFUSED}: its highlight id is not valid.`)
  }
  return ok({ articleId, annotationId })
}
