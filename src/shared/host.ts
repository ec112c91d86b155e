/**
 * The host contract: everything the renderer may ask of the world outside the page. It is
 * declared once, here; the Electron preload implements it over IPC (main validates every
 * payload), and the web host implements it in the page so the same renderer runs in a plain
 * browser. Every request resolves to a `Result`; nothing rejects across the bridge.
 */
import type { Article } from './article'
import type { DeepLinkTarget } from './deep-link'
import type { Result } from './result'

/** What the host can do, so the renderer adapts without asking which host it is on. */
export interface HostCapabilities {
  /** A native application menu sends `MenuCommand`s (so in-page shortcuts may defer to it). */
  readonly nativeMenu: boolean
  /** Saving shows a native dialog and writes the file; otherwise the browser downloads it. */
  readonly nativeSaveDialog: boolean
  /** Exports can be written into a folder the user chooses (`chooseExportFolder`). */
  readonly exportFolder: boolean
}

/**
 * Largest text the host takes or gives in one piece, in UTF-16 code units: an export, an import
 * file, the text to copy, one part of a larger file to save.
 */
export const MAX_FILE_CHARS = 32 * 1024 * 1024
/**
 * Most parts of one file to save, each at most MAX_FILE_CHARS: a backup of tens of thousands of
 * highlights outgrows one piece, and must never be refused for its size.
 */
export const MAX_FILE_PARTS = 8
/**
 * Largest backup saved or opened, in bytes: a ZIP of the library (its pictures stored as they
 * are), or an older backup's JSON, whose limit counted UTF-16 code units (UTF-8 takes up to
 * three bytes for one of them).
 */
export const MAX_BACKUP_BYTES = MAX_FILE_CHARS * MAX_FILE_PARTS * 3
/**
 * Largest annotations file that is a ZIP, in bytes: an Omnivore export of a whole library (its
 * articles' readable content with their highlights). A text file keeps MAX_FILE_CHARS.
 */
export const MAX_IMPORT_ZIP_BYTES = 256 * 1024 * 1024
/** Largest file opened per purpose, in bytes (annotations: a ZIP; as text, MAX_FILE_CHARS). */
export const MAX_OPEN_BYTES: Readonly<Record<OpenFilePurpose, number>> = {
  annotations: MAX_IMPORT_ZIP_BYTES,
  backup: MAX_BACKUP_BYTES,
}
/** Longest suggested file name accepted, in code units. */
export const MAX_FILE_NAME_CHARS = 255

export interface SaveFileRequest {
  /** Proposed file name, extension included; the host makes it safe before use. */
  readonly suggestedName: string
  /**
   * The text, or its parts in order (written one after another, as one file), or bytes written
   * as they are (a backup's ZIP, at most MAX_BACKUP_BYTES).
   */
  readonly content: string | readonly string[] | Uint8Array
  /** MIME type of the content, e.g. `text/markdown`. */
  readonly mimeType: string
}

export interface SavedFile {
  /** False when the user cancelled the dialog; nothing was written then. */
  readonly saved: boolean
  /** The name the file was written under (no folder), empty when cancelled. */
  readonly name: string
}

export type OpenFilePurpose = 'annotations' | 'backup'

export interface OpenFileRequest {
  readonly purpose: OpenFilePurpose
}

export interface OpenedFile {
  readonly name: string
  /** The text, read as UTF-8, without a byte order mark. */
  readonly content: string
  /** How many characters were not UTF-8 and read as U+FFFD (see shared/decode-utf8.ts). */
  readonly unreadable: number
  /**
   * For a backup, the file's bytes as they are (a ZIP, or an older backup's JSON: the page tells
   * them apart); for annotations, the bytes of a ZIP (an Omnivore export). `content` is then
   * empty and `unreadable` 0. Absent for an annotations file that is text.
   */
  readonly bytes?: Uint8Array
}

/** Largest file accepted as an article, in bytes (a saved page with its pictures inlined). */
export const MAX_ARTICLE_FILE_BYTES = 64 * 1024 * 1024
/** Most files read from a saved page's `<name>_files` folder, and their largest total size. */
export const MAX_PAGE_FOLDER_FILES = 1000
export const MAX_PAGE_FOLDER_BYTES = 128 * 1024 * 1024
/** Most files chosen in one go (a batch beyond that is refused with a message, not truncated). */
export const MAX_CHOSEN_FILES = 1000

/**
 * A file the user chose to add (in the dialog, or from the OS with Open with), known by a token:
 * the page reads it with `readArticleFile` when its turn in the queue comes, so a batch of
 * hundreds never crosses the bridge at once. Only files the user chose have a token.
 */
export interface ChosenFile {
  readonly token: string
  readonly name: string
  /** Size in bytes when chosen. */
  readonly size: number
}

/** A file beside the chosen one that a saved page uses, by path relative to its folder. */
export interface PageFolderFile {
  /** `Page_files/photo.jpg`: `/`-separated, inside the chosen file's own folder. */
  readonly path: string
  readonly bytes: Uint8Array
}

/** A chosen file, read. */
export interface ArticleFile {
  readonly name: string
  readonly bytes: Uint8Array
  /** The files of its `<name>_files` folder ("Web page, complete"); empty when there is none. */
  readonly siblings: readonly PageFolderFile[]
}

/** What the clipboard holds, for Paste as new article: its HTML (may be empty) and its text. */
export interface ClipboardContent {
  readonly html: string
  readonly text: string
}

/** A folder the user chose to export into, known by a token (main keeps its path). */
export interface ExportFolder {
  readonly token: string
  /** The folder's own name, for messages (no path). */
  readonly name: string
}

/** One file to write into the folder: a plain name (see shared/export-folder.ts) and its text. */
export interface ExportFolderFile {
  readonly name: string
  readonly content: string
}

/**
 * What to do with a file the user changed since Gloss last wrote it (or one Gloss never wrote):
 * `ask` writes nothing at all and names them; `overwrite` replaces them; `keep` leaves them.
 */
export type ChangedFileChoice = 'ask' | 'overwrite' | 'keep'

export interface WriteExportFolderRequest {
  readonly token: string
  readonly files: readonly ExportFolderFile[]
  readonly changed: ChangedFileChoice
}

/** A file that was not written whatever the choice, and why (a link, a folder, read-only). */
export interface SkippedExportFile {
  readonly name: string
  readonly reason: string
}

/** What a folder write did (all of it, at the reader's `overwrite` or `keep`). */
export interface WrittenExportFolder {
  readonly status: 'written'
  /** Files written (new, or replacing Gloss's own last export of them). */
  readonly written: number
  /** Files already holding exactly this text: left as they are. */
  readonly unchanged: number
  /** Files the user changed that were kept, at their `keep`. */
  readonly kept: readonly string[]
  readonly skipped: readonly SkippedExportFile[]
}

export type ExportFolderOutcome =
  /** Only with `changed: 'ask'`: nothing was written; these files were changed by the user. */
  { readonly status: 'changed'; readonly changed: readonly string[] } | WrittenExportFolder

/** Commands the native menu sends to the window. */
export const MENU_COMMANDS = [
  'add-articles',
  'paste-article',
  'library',
  'sample-article',
  'export',
  'export-all',
  'import-annotations',
  'backup',
  'restore',
  'toggle-sidebar',
  'reading-settings',
  'theme-light',
  'theme-sepia',
  'theme-dark',
  'theme-system',
  'undo',
  'redo',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export interface ReaderHost {
  readonly capabilities: HostCapabilities
  /** The bundled article, parsed. */
  loadArticle(): Promise<Result<Article>>
  /** Save text the user exported; resolves `saved: false` if they cancel. */
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile>>
  /** Let the user pick a file to import; resolves `null` if they cancel. */
  openFile(request: OpenFileRequest): Promise<Result<OpenedFile | null>>
  /** Let the user pick a folder to export into; resolves `null` if they cancel. */
  chooseExportFolder(): Promise<Result<ExportFolder | null>>
  /**
   * Write files into a chosen folder, each atomically, never replacing a file the user changed
   * since Gloss last wrote it unless asked to (`request.changed`).
   */
  writeExportFolder(request: WriteExportFolderRequest): Promise<Result<ExportFolderOutcome>>
  /** Let the user pick articles to add (one or many); resolves `null` if they cancel. */
  chooseArticleFiles(): Promise<Result<readonly ChosenFile[] | null>>
  /** Read a chosen file and the saved page's folder beside it. */
  readArticleFile(token: string): Promise<Result<ArticleFile>>
  /**
   * Listen for files the OS asks Gloss to open (Open with, a second launch with file
   * arguments). Returns the function that stops listening. The web host never calls it.
   */
  onFilesFromSystem(listener: (files: readonly ChosenFile[]) => void): () => void
  /**
   * Listen for `gloss://open/…` links the OS hands to Gloss (another app, a second launch),
   * already checked in main: the article, or the highlight, to show. Returns the function that
   * stops listening. The web host never calls it: there a link is the page's own `#/` address.
   */
  onDeepLink(listener: (target: DeepLinkTarget) => void): () => void
  /**
   * Read the clipboard for Paste as new article, right after the reader asked for it (the menu
   * item or its shortcut): the desktop app refuses a read the reader did not ask for.
   */
  readClipboard(): Promise<Result<ClipboardContent>>
  /** Put text the user asked to copy on the system clipboard (at most MAX_FILE_CHARS). */
  copyText(text: string): Promise<Result<void>>
  /** Open an `https:` or `mailto:` link the user clicked in the system browser. */
  openExternal(url: string): Promise<Result<void>>
  /**
   * Listen for native menu commands. The one subscription in the contract: it returns the
   * function that removes the listener instead of a Promise.
   */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /**
   * Be asked, before the window closes (Ctrl+Q, its close button, the OS shutting down), to save
   * what is pending; the window closes when `save` resolves, or after a bounded wait. Returns
   * the function that stops listening. The web host never asks: the browser has `pagehide`.
   */
  onCloseRequest(save: () => Promise<void>): () => void
}

/**
 * Every member of `ReaderHost`, by name, for checks of what a bridge exposes (the preload's
 * tests, the Electron security journey). The type makes this list complete: a member added to
 * the contract and not here, or named here and not there, does not compile.
 */
const READER_HOST_MEMBERS: Readonly<Record<keyof ReaderHost, true>> = {
  capabilities: true,
  loadArticle: true,
  saveFile: true,
  openFile: true,
  chooseExportFolder: true,
  writeExportFolder: true,
  chooseArticleFiles: true,
  readArticleFile: true,
  onFilesFromSystem: true,
  onDeepLink: true,
  copyText: true,
  readClipboard: true,
  openExternal: true,
  onMenuCommand: true,
  onCloseRequest: true,
}
export const READER_HOST_KEYS = Object.keys(READER_HOST_MEMBERS) as readonly (keyof ReaderHost)[]
