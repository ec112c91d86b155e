/**
 * Opening a file to import annotations or restore a backup: the native open dialog (titled and
 * filtered for the purpose), then a read that refuses anything that is not a regular file or is
 * larger than the host's limit before reading a byte of it. Annotations are decoded as UTF-8,
 * counting the characters that could not be read, unless the file is a ZIP (an Omnivore
 * export: `shared/import-file.ts`); a backup is handed over as its bytes (a ZIP, or an older
 * backup's JSON), which the page tells apart.
 */
import type { OpenDialogOptions } from 'electron'
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_OPEN_BYTES, type OpenedFile, type OpenFileRequest } from '../../shared/host'
import {
  ZIP_HEAD_BYTES,
  annotationsFileLimit,
  openedAnnotationsFile,
} from '../../shared/import-file'
import { fail, ok, type Result } from '../../shared/result'
import { describeFileError } from './file-errors'
import { IMPORT_FILTERS } from './file-types'

export interface OpenFileDeps {
  /** The native dialog, already bound to the window it belongs to. */
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  /** Where the dialog opens. */
  readonly documentsDir: string
}

const TITLES: Readonly<Record<OpenFileRequest['purpose'], string>> = {
  annotations: 'Import annotations',
  backup: 'Restore from backup',
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Opening never waits: a FIFO or a device opened for reading blocks until someone writes, so
 * the path is checked first, and the open is non-blocking where the OS has the flag (not on
 * Windows, which has no FIFOs to open this way).
 */
const READ_NOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Read a file of at most `maxBytes`, checking size on the open handle so the file cannot be
 * swapped between the check and the read.
 *
 * @param path - the file the user chose
 * @param maxBytes - the largest size accepted
 */
export async function readBytesWithin(path: string, maxBytes: number): Promise<Result<Buffer>> {
  const name = basename(path)
  if (!(await stat(path)).isFile()) return fail('io', `"${name}" is not a file.`)
  const handle = await open(path, READ_NOW)
  try {
    const info = await handle.stat()
    if (!info.isFile()) return fail('io', `"${name}" is not a file.`)
    if (info.size > maxBytes) {
      return fail(
        'too-large',
        `"${name}" is ${megabytes(info.size)}; Gloss opens files up to ${megabytes(maxBytes)}.`,
      )
    }
    const bytes = await handle.readFile()
    if (bytes.length > maxBytes) {
      return fail('too-large', `"${name}" grew past ${megabytes(maxBytes)} while being read.`)
    }
    return ok(bytes)
  } finally {
    await handle.close()
  }
}

/** A regular file's first bytes (none for anything else), to tell a ZIP from text. */
async function readHead(path: string): Promise<Uint8Array> {
  if (!(await stat(path)).isFile()) return new Uint8Array(0)
  const handle = await open(path, READ_NOW)
  try {
    const head = new Uint8Array(ZIP_HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, ZIP_HEAD_BYTES, 0)
    return head.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Ask for a file, then read it.
 *
 * @param request - a validated open request
 * @param deps - dialog and starting folder
 */
export async function openFile(
  request: OpenFileRequest,
  deps: OpenFileDeps,
): Promise<Result<OpenedFile | null>> {
  const choice = await deps.showOpenDialog({
    title: TITLES[request.purpose],
    defaultPath: deps.documentsDir,
    filters: IMPORT_FILTERS[request.purpose],
    properties: ['openFile'],
  })
  const path = choice.filePaths[0]
  if (choice.canceled || path === undefined) return ok(null)
  const name = basename(path)
  try {
    if (request.purpose === 'backup') {
      const read = await readBytesWithin(path, MAX_OPEN_BYTES.backup)
      return read.ok ? ok({ name, content: '', unreadable: 0, bytes: read.value }) : read
    }
    // A ZIP (an Omnivore export) comes as its bytes, any other file as text within its limit.
    const read = await readBytesWithin(path, annotationsFileLimit(await readHead(path)))
    return read.ok ? ok(openedAnnotationsFile(name, new Uint8Array(read.value))) : read
  } catch (cause) {
    return fail('io', `"${name}" could not be read: ${describeFileError(cause)}`)
  }
}
