/**
 * Binds each host channel to its schema and its service: the whole IPC surface of main, in one
 * place. The services (article, files, shell) know nothing of IPC; the gate (validated-handle)
 * knows nothing of what they do.
 */
import { CHANNELS } from '../../shared/channels'
import type { ReaderHost } from '../../shared/host'
import type { Result } from '../../shared/result'
import {
  ChooseArticleFilesPayloadSchema,
  ChooseExportFolderPayloadSchema,
  CloseTokenSchema,
  FileTokenSchema,
  CopyTextSchema,
  ExternalUrlSchema,
  LoadArticlePayloadSchema,
  OpenFileRequestSchema,
  ReadClipboardPayloadSchema,
  SaveFileRequestSchema,
  WriteExportFolderRequestSchema,
} from '../../shared/host-schemas'
import { validatedHandle, type InvokeRegistry } from './validated-handle'

/** What main does for the renderer: the request methods of ReaderHost, and closing on cue. */
export type HostServices = Pick<
  ReaderHost,
  | 'loadArticle'
  | 'saveFile'
  | 'openFile'
  | 'chooseExportFolder'
  | 'writeExportFolder'
  | 'chooseArticleFiles'
  | 'readArticleFile'
  | 'openExternal'
  | 'copyText'
  | 'readClipboard'
> & {
  /** The page has saved what was pending before its window closes (close-guard.ts). */
  closeReady(token: number): Promise<Result<void>>
}

/**
 * Register one validated handler per channel.
 *
 * @param ipc - `ipcMain`, or a fake in tests
 * @param services - the implementations
 */
export function registerHostHandlers(ipc: InvokeRegistry, services: HostServices): void {
  validatedHandle(ipc, CHANNELS.loadArticle, LoadArticlePayloadSchema, () => services.loadArticle())
  validatedHandle(ipc, CHANNELS.saveFile, SaveFileRequestSchema, (request) =>
    services.saveFile(request),
  )
  validatedHandle(ipc, CHANNELS.openFile, OpenFileRequestSchema, (request) =>
    services.openFile(request),
  )
  validatedHandle(ipc, CHANNELS.chooseExportFolder, ChooseExportFolderPayloadSchema, () =>
    services.chooseExportFolder(),
  )
  validatedHandle(ipc, CHANNELS.writeExportFolder, WriteExportFolderRequestSchema, (request) =>
    services.writeExportFolder(request),
  )
  validatedHandle(ipc, CHANNELS.chooseArticleFiles, ChooseArticleFilesPayloadSchema, () =>
    services.chooseArticleFiles(),
  )
  validatedHandle(ipc, CHANNELS.readArticleFile, FileTokenSchema, (token) =>
    services.readArticleFile(token),
  )
  validatedHandle(ipc, CHANNELS.openExternal, ExternalUrlSchema, (url) =>
    services.openExternal(url),
  )
  validatedHandle(ipc, CHANNELS.copyText, CopyTextSchema, (text) => services.copyText(text))
  validatedHandle(ipc, CHANNELS.readClipboard, ReadClipboardPayloadSchema, () =>
    services.readClipboard(),
  )
  validatedHandle(ipc, CHANNELS.closeReady, CloseTokenSchema, (token) => services.closeReady(token))
}
