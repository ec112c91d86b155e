/**
 * Test helper: a `ReaderHost` for unit tests, in place of `@host`
 * (`vi.mock('@host', () => import('@renderer/testing/fake-host'))`). It serves the seed article
 * unless a test sets another result, lets a test send native menu commands, records what was
 * saved and copied, sends deep links, and answers file pickers with what a test queued (cancel when nothing is).
 */
import type { Article } from '@shared/article'
import type { DeepLinkTarget } from '@shared/deep-link'
import type {
  ArticleFile,
  ChosenFile,
  ClipboardContent,
  ExportFolder,
  ExportFolderOutcome,
  MenuCommand,
  OpenedFile,
  OpenFileRequest,
  ReaderHost,
  SavedFile,
  SaveFileRequest,
  WriteExportFolderRequest,
} from '@shared/host'
import { fail, ok, type Result } from '@shared/result'
import { safeFileName } from '@shared/safe-file-name'
import { seedArticle } from './seed-article'

export class FakeHost implements ReaderHost {
  capabilities = { nativeMenu: false, nativeSaveDialog: false, exportFolder: false }
  /** What `loadArticle` resolves to next. */
  articleResult: Result<Article> = ok(seedArticle())
  private readonly listeners = new Set<(command: MenuCommand) => void>()

  loadArticle = async (): Promise<Result<Article>> => this.articleResult
  /** Every save request, oldest first. */
  readonly saved: SaveFileRequest[] = []
  /** What the next `saveFile` resolves to; null saves under the safe suggested name. */
  saveResult: Result<SavedFile> | null = null
  /** The text of the `i`th save, its parts joined (bytes read as UTF-8). */
  savedText(i = 0): string {
    const { content } = this.saved[i]
    if (content instanceof Uint8Array) return new TextDecoder().decode(content)
    return typeof content === 'string' ? content : content.join('')
  }

  saveFile = async (request: SaveFileRequest): Promise<Result<SavedFile>> => {
    this.saved.push(request)
    const result = this.saveResult ?? ok({ saved: true, name: safeFileName(request.suggestedName) })
    this.saveResult = null
    return result
  }

  /** Every open request, oldest first. */
  readonly openRequests: OpenFileRequest[] = []
  /** What the next file pickers answer, first first; when empty the reader cancels. */
  readonly openResults: Result<OpenedFile | null>[] = []
  openFile = async (request: OpenFileRequest): Promise<Result<OpenedFile | null>> => {
    this.openRequests.push(request)
    const result = this.openResults.shift() ?? ok(null)
    if (request.purpose !== 'backup' || !result.ok || !result.value || result.value.bytes) {
      return result
    }
    const bytes = new TextEncoder().encode(result.value.content)
    return ok({ name: result.value.name, content: '', unreadable: 0, bytes })
  }

  /**
   * Queue a file for the next picker, as the real hosts read it: annotations as text, a backup
   * as its bytes (text given for one is encoded as UTF-8).
   *
   * @param name - the file's name
   * @param content - its text, or bytes (for a backup)
   * @param unreadable - how many of its characters the host could not read as UTF-8
   */
  willOpen(name: string, content: string | Uint8Array, unreadable = 0): void {
    this.openResults.push(
      typeof content === 'string'
        ? ok({ name, content, unreadable })
        : ok({ name, content: '', unreadable: 0, bytes: content }),
    )
  }

  /** What the next folder pickers answer, first first; when empty the reader cancels. */
  readonly folderPicks: ExportFolder[] = []
  chooseExportFolder = async (): Promise<Result<ExportFolder | null>> =>
    ok(this.folderPicks.shift() ?? null)

  /** Every folder write, oldest first. */
  readonly folderWrites: WriteExportFolderRequest[] = []
  /** What the next folder writes answer, first first; when empty: all written. */
  readonly folderResults: Result<ExportFolderOutcome>[] = []
  writeExportFolder = async (
    request: WriteExportFolderRequest,
  ): Promise<Result<ExportFolderOutcome>> => {
    this.folderWrites.push(request)
    return (
      this.folderResults.shift() ??
      ok({
        status: 'written',
        written: request.files.length,
        unchanged: 0,
        kept: [],
        skipped: [],
      })
    )
  }

  /** Files the next Add articles pickers answer with, by name and bytes; empty: cancel. */
  readonly articleFilePicks: ArticleFile[][] = []
  private readonly articleFiles = new Map<string, ArticleFile>()
  chooseArticleFiles = async (): Promise<Result<readonly ChosenFile[] | null>> => {
    const files = this.articleFilePicks.shift()
    return ok(files ? files.map((file) => this.keepArticleFile(file)) : null)
  }

  readArticleFile = async (token: string): Promise<Result<ArticleFile>> => {
    const file = this.articleFiles.get(token)
    return file ? ok(file) : fail('invalid-payload', 'That file was not chosen to be added.')
  }

  private readonly systemFileListeners = new Set<(files: readonly ChosenFile[]) => void>()
  onFilesFromSystem = (listener: (files: readonly ChosenFile[]) => void): (() => void) => {
    this.systemFileListeners.add(listener)
    return () => this.systemFileListeners.delete(listener)
  }

  /** @param files - files the OS would hand over (Open with) */
  sendFilesFromSystem(files: readonly ArticleFile[]): void {
    const chosen = files.map((file) => this.keepArticleFile(file))
    for (const listener of this.systemFileListeners) listener(chosen)
  }

  private readonly deepLinkListeners = new Set<(target: DeepLinkTarget) => void>()
  onDeepLink = (listener: (target: DeepLinkTarget) => void): (() => void) => {
    this.deepLinkListeners.add(listener)
    return () => this.deepLinkListeners.delete(listener)
  }

  /** @param target - what main would send for a gloss://open/… link it accepted */
  sendDeepLink(target: DeepLinkTarget): void {
    for (const listener of this.deepLinkListeners) listener(target)
  }

  private keepArticleFile(file: ArticleFile): ChosenFile {
    const token = crypto.randomUUID()
    this.articleFiles.set(token, file)
    return { token, name: file.name, size: file.bytes.length }
  }

  /** What the clipboard holds for Paste as new article. */
  clipboard: Result<ClipboardContent> = ok({ html: '', text: '' })
  readClipboard = async (): Promise<Result<ClipboardContent>> => this.clipboard

  /** Every link the page asked to open outside, oldest first. */
  readonly openedExternal: string[] = []
  openExternal = async (url: string): Promise<Result<void>> => {
    this.openedExternal.push(url)
    return ok(undefined)
  }
  /** Everything copied, oldest first. */
  readonly copied: string[] = []
  copyText = async (text: string): Promise<Result<void>> => {
    this.copied.push(text)
    return ok(undefined)
  }

  onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** What the page asked to do before its window closes. */
  readonly closeListeners = new Set<() => Promise<void>>()
  onCloseRequest = (save: () => Promise<void>): (() => void) => {
    this.closeListeners.add(save)
    return () => this.closeListeners.delete(save)
  }

  /** @param command - the command the native menu would send */
  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.listeners) listener(command)
  }

  /** Back to serving the seed article with nobody listening. */
  reset(): void {
    this.capabilities = { nativeMenu: false, nativeSaveDialog: false, exportFolder: false }
    this.folderPicks.length = 0
    this.folderWrites.length = 0
    this.folderResults.length = 0
    this.articleResult = ok(seedArticle())
    this.listeners.clear()
    this.closeListeners.clear()
    this.copied.length = 0
    this.saved.length = 0
    this.saveResult = null
    this.openRequests.length = 0
    this.openResults.length = 0
    this.articleFilePicks.length = 0
    this.articleFiles.clear()
    this.systemFileListeners.clear()
    this.deepLinkListeners.clear()
    this.openedExternal.length = 0
    this.clipboard = ok({ html: '', text: '' })
  }
}

export const host = new FakeHost()
