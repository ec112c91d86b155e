/**
 * Valibot schemas for every payload that crosses the host bridge, one per `ReaderHost` method.
 * Main validates each IPC payload against these before a handler runs (a compromised renderer
 * can send anything); the web host may use them too. The sandboxed preload never imports this
 * file: it stays tiny and main does the checking.
 */
import * as v from 'valibot'
import {
  MAX_FILE_CHARS,
  MAX_FILE_NAME_CHARS,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenFileRequest,
  type SaveFileRequest,
} from './host'

/** Longest link Gloss hands to the system browser; real links are far shorter. */
export const MAX_EXTERNAL_URL_CHARS = 2048

/** Schemes a clicked link may open outside Gloss. */
export const EXTERNAL_URL_PROTOCOLS: readonly string[] = ['https:', 'mailto:']

// type/subtype, no parameters: `text/markdown`, `application/ld+json`.
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i

/**
 * Whether a link may be opened in the system browser or mail client: parsed as a URL (never
 * prefix-matched, so `java&#x09;script&colon;` and ` javascript:` fail), `https:` with a host
 * and no embedded credentials, or `mailto:`.
 *
 * @param url - the link's href as the renderer read it
 */
export function isOpenableExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!EXTERNAL_URL_PROTOCOLS.includes(parsed.protocol)) return false
  if (parsed.protocol === 'mailto:') return true
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}

/** `loadArticle()` sends nothing. */
export const LoadArticlePayloadSchema = v.undefined('loadArticle takes no arguments.')

export const SaveFileRequestSchema: v.GenericSchema<SaveFileRequest> = v.strictObject({
  suggestedName: v.pipe(
    v.string('The file name must be text.'),
    v.maxLength(MAX_FILE_NAME_CHARS, `The file name is longer than ${MAX_FILE_NAME_CHARS}.`),
  ),
  content: v.pipe(
    v.string('The file content must be text.'),
    v.maxLength(MAX_FILE_CHARS, `The file is larger than ${MAX_FILE_CHARS} characters.`),
  ),
  mimeType: v.pipe(v.string(), v.regex(MIME_TYPE, 'The MIME type must look like text/markdown.')),
})

export const OpenFileRequestSchema: v.GenericSchema<OpenFileRequest> = v.strictObject({
  purpose: v.picklist(['annotations', 'backup'], 'The purpose must be annotations or backup.'),
})

export const ExternalUrlSchema: v.GenericSchema<string> = v.pipe(
  v.string('The link must be text.'),
  v.maxLength(MAX_EXTERNAL_URL_CHARS, 'The link is too long.'),
  v.check(isOpenableExternalUrl, 'Gloss opens only https: and mailto: links outside the app.'),
)

export const MenuCommandSchema: v.GenericSchema<MenuCommand> = v.picklist(MENU_COMMANDS)
