/**
 * Valibot schemas for every payload that crosses the host bridge, one per `ReaderHost` method.
 * Main validates each IPC payload against these before a handler runs (a compromised renderer
 * can send anything); the web host may use them too. The sandboxed preload never imports this
 * file: it stays tiny and main does the checking.
 */
import * as v from 'valibot'
import {
  MAX_BACKUP_BYTES,
  MAX_FILE_CHARS,
  MAX_FILE_NAME_CHARS,
  MAX_FILE_PARTS,
  MENU_COMMANDS,
  type MenuCommand,
  type OpenFileRequest,
  type SaveFileRequest,
  type WriteExportFolderRequest,
} from './host'
import {
  MAX_EXPORT_CHARS,
  MAX_EXPORT_FILES,
  fileNameKey,
  isPlainExportFileName,
} from './export-folder'
import { MAX_EXTERNAL_URL_CHARS, isOpenableExternalUrl } from './external-url'

// type/subtype, no parameters: `text/markdown`, `application/ld+json`.
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i

/** `loadArticle()` sends nothing. */
export const LoadArticlePayloadSchema = v.undefined('loadArticle takes no arguments.')

const FileText = v.pipe(
  v.string('The file content must be text.'),
  v.maxLength(
    MAX_FILE_CHARS,
    `A file or one of its parts is larger than ${MAX_FILE_CHARS} characters.`,
  ),
)

const FileBytes = v.pipe(
  v.instance(Uint8Array, 'The file content must be text or bytes.'),
  v.check(
    (bytes) => bytes.byteLength <= MAX_BACKUP_BYTES,
    `A file is larger than ${MAX_BACKUP_BYTES} bytes.`,
  ),
)

export const SaveFileRequestSchema: v.GenericSchema<SaveFileRequest> = v.strictObject({
  suggestedName: v.pipe(
    v.string('The file name must be text.'),
    v.maxLength(MAX_FILE_NAME_CHARS, `The file name is longer than ${MAX_FILE_NAME_CHARS}.`),
  ),
  content: v.union(
    [
      FileText,
      v.pipe(
        v.array(FileText),
        v.maxLength(MAX_FILE_PARTS, `The file has more than ${MAX_FILE_PARTS} parts.`),
      ),
      FileBytes,
    ],
    'The file content must be text, a list of its parts, or bytes.',
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

export const CopyTextSchema: v.GenericSchema<string> = v.pipe(
  v.string('The text to copy must be text.'),
  v.maxLength(MAX_FILE_CHARS, `The text to copy is longer than ${MAX_FILE_CHARS} characters.`),
)

/** The token main sent with a close request, handed back when the page has saved. */
export const CloseTokenSchema: v.GenericSchema<number> = v.pipe(
  v.number('The close token must be a number.'),
  v.safeInteger('The close token must be a whole number.'),
)

export const MenuCommandSchema: v.GenericSchema<MenuCommand> = v.picklist(MENU_COMMANDS)

export const ChooseArticleFilesPayloadSchema = v.undefined('chooseArticleFiles takes no arguments.')

/** A chosen file's token: main made it (`crypto.randomUUID()`), so anything else is refused. */
export const FileTokenSchema: v.GenericSchema<string> = v.pipe(
  v.string('The file token must be text.'),
  v.uuid('The file token is not one Gloss gave out.'),
)

export const ReadClipboardPayloadSchema = v.undefined('readClipboard takes no arguments.')

export const ChooseExportFolderPayloadSchema = v.undefined('chooseExportFolder takes no arguments.')

const ExportFileName = v.pipe(
  v.string('A file name must be text.'),
  v.maxLength(MAX_FILE_NAME_CHARS, `A file name is longer than ${MAX_FILE_NAME_CHARS}.`),
  v.check(
    isPlainExportFileName,
    'Each file name must be a plain file name, written directly in the chosen folder.',
  ),
)

/** Whether no two files would be one file in a folder that ignores case. */
function namesAreUnique(files: readonly { readonly name: string }[]): boolean {
  return new Set(files.map((file) => fileNameKey(file.name))).size === files.length
}

const totalChars = (files: readonly { readonly content: string }[]): number =>
  files.reduce((sum, file) => sum + file.content.length, 0)

export const WriteExportFolderRequestSchema: v.GenericSchema<WriteExportFolderRequest> =
  v.strictObject({
    token: v.pipe(
      v.string('The folder token must be text.'),
      v.uuid('The folder token is not one Gloss gave out.'),
    ),
    files: v.pipe(
      v.array(v.strictObject({ name: ExportFileName, content: FileText })),
      v.maxLength(MAX_EXPORT_FILES, `An export holds at most ${MAX_EXPORT_FILES} files.`),
      v.check((files) => namesAreUnique(files), 'Two files have the same name.'),
      v.check(
        (files) => totalChars(files) <= MAX_EXPORT_CHARS,
        `The files hold more than ${MAX_EXPORT_CHARS} characters.`,
      ),
    ),
    changed: v.picklist(
      ['ask', 'overwrite', 'keep'],
      'What to do with changed files must be ask, overwrite or keep.',
    ),
  })
