/**
 * Files on the web host: saving is a download (a Blob behind an `<a download>`, named safely),
 * opening is an `<input type=file>` read as text (a backup, or an annotations ZIP: as its bytes). The browser owns the folders, so there is no
 * save dialog to cancel; the file picker can be cancelled.
 */
import * as v from 'valibot'
import { ZIP_HEAD_BYTES, annotationsFileLimit, openedAnnotationsFile } from '@shared/import-file'
import { SaveFileRequestSchema } from '@shared/host-schemas'
import { MAX_OPEN_BYTES, type OpenedFile, type OpenFilePurpose, type SavedFile } from '@shared/host'
import { fail, ok, type Result } from '@shared/result'
import { safeFileName } from '@shared/safe-file-name'

/** What the file picker offers for each purpose, as the desktop app's open dialog does. */
const ACCEPT: Readonly<Record<OpenFilePurpose, string>> = {
  annotations:
    '.jsonld,.json,.csv,.md,.markdown,.zip,application/ld+json,application/json,text/csv,text/markdown,application/zip',
  backup: '.zip,.json,application/zip,application/json',
}

/**
 * How long a download's Blob URL stays valid. Revoking it at once can cancel a download that
 * the browser has not started reading yet; a minute is far more than it needs.
 */
const BLOB_URL_LIFETIME_MS = 60_000

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Download text (or bytes) as a file named after the request (made safe), through a Blob and an
 * `<a download>`. The browser decides where it goes; there is nothing to cancel.
 *
 * @param request - what to save (checked against the same schema main uses)
 */
export async function downloadFile(request: unknown): Promise<Result<SavedFile>> {
  const checked = v.safeParse(SaveFileRequestSchema, request)
  if (!checked.success) return fail('invalid-payload', checked.issues[0].message)
  const { suggestedName, content, mimeType } = checked.output
  const name = safeFileName(suggestedName)
  const bytes = content instanceof Uint8Array
  const parts: BlobPart[] =
    typeof content === 'string' || bytes ? [content as BlobPart] : [...content]
  const type = bytes ? mimeType : `${mimeType};charset=utf-8`
  const url = URL.createObjectURL(new Blob(parts, { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS)
  return ok({ saved: true, name })
}

/**
 * Let the user pick a file with an `<input type=file>` and read it as text, or for a backup as
 * its bytes. A file larger than the host's limit is refused before a byte of it is read (UTF-8
 * never takes fewer bytes than UTF-16 code units, so the byte limit keeps the character limit);
 * cancelling resolves null.
 *
 * @param purpose - which files to offer
 */
export function pickFile(purpose: OpenFilePurpose): Promise<Result<OpenedFile | null>> {
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = ACCEPT[purpose]
  input.hidden = true
  document.body.append(input)
  return new Promise<Result<OpenedFile | null>>((resolve) => {
    input.addEventListener('cancel', () => resolve(ok(null)), { once: true })
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0]
        if (!file) resolve(ok(null))
        else resolve(readPicked(file, purpose))
      },
      { once: true },
    )
    input.click()
  }).finally(() => input.remove())
}

/** The largest file of this purpose, for this file (an annotations ZIP may be larger than text). */
async function openLimit(file: File, purpose: OpenFilePurpose): Promise<number> {
  if (purpose === 'backup') return MAX_OPEN_BYTES.backup
  const head = new Uint8Array(await file.slice(0, ZIP_HEAD_BYTES).arrayBuffer())
  return annotationsFileLimit(head)
}

async function readPicked(file: File, purpose: OpenFilePurpose): Promise<Result<OpenedFile>> {
  const maxBytes = await openLimit(file, purpose)
  if (file.size > maxBytes) {
    return fail(
      'too-large',
      `"${file.name}" is ${megabytes(file.size)}; Gloss opens files up to ${megabytes(maxBytes)}.`,
    )
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (purpose === 'backup') return ok({ name: file.name, content: '', unreadable: 0, bytes })
    return ok(openedAnnotationsFile(file.name, bytes))
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `"${file.name}" could not be read: ${detail}`)
  }
}
