/**
 * Opening a file to import annotations or restore a backup: the native open dialog (titled and
 * filtered for the purpose), then a read that refuses anything that is not a regular file or is
 * larger than the host's limit before reading a byte of it. Annotations are decoded as UTF-8,
 * counting the characters that could not be read; a backup is handed over as its bytes (a ZIP,
 * or an older backup's JSON), which the page tells apart.
 */
import type { OpenDialogOptions } from 'electron'
import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_OPEN_BYTES, type OpenedFile, type OpenFileRequest } from '../../shared/host'
import { decodeUtf8, type DecodedText } from '../../shared/decode-utf8'
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

/**
 * Read a text file of at most `maxBytes` (see `readBytesWithin`), decoded as UTF-8.
 *
 * @param path - the file the user chose
 * @param maxBytes - the largest size accepted
 */
export async function readTextWithin(path: string, maxBytes: number): Promise<Result<DecodedText>> {
  const read = await readBytesWithin(path, maxBytes)
  return read.ok ? ok(decodeUtf8(read.value)) : read
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
    // UTF-8 never takes fewer bytes than UTF-16 code units, so a byte limit equal to the
    // character limit never lets through more characters than the contract allows.
    const read = await readTextWithin(path, MAX_OPEN_BYTES[request.purpose])
    if (!read.ok) return read
    return ok({ name, content: read.value.text, unreadable: read.value.unreadable })
  } catch (cause) {
    return fail('io', `"${name}" could not be read: ${describeFileError(cause)}`)
  }
}
