/**
 * Writing an export into the folder the user chose, without ever losing their edits. First a
 * look at every file, before anything is written: a file not there yet is new; one holding
 * exactly the new text is left alone; one whose content still has the hash the manifest
 * (`.gloss-export.json`) recorded when Gloss last wrote it is Gloss's own and is replaced; any
 * other (changed since, or never written by Gloss) is the user's. The user's files are only
 * named back when the page asks (`changed: 'ask'`), and nothing is written then; it then asks
 * the reader and sends `overwrite` or `keep`. A link is never written through (it may point
 * out of the folder), nor is anything not a plain file, nor a read-only file: those are
 * skipped, with the reason. Each file is written atomically (`atomic-write.ts`), then the
 * manifest, so it records what is on disk even when the disk fills up half-way.
 */
import * as nodeFs from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { EXPORT_MANIFEST_NAME, fileNameKey } from '../../shared/export-folder'
import type {
  ExportFolderOutcome,
  SkippedExportFile,
  WriteExportFolderRequest,
} from '../../shared/host'
import { fail, ok, type Result } from '../../shared/result'
import { writeFileAtomic } from './atomic-write'
import { byFileKey, contentHash, manifestText, parseManifest } from './export-manifest'
import { describeFileError } from './file-errors'
import type { ExportFolders } from './export-folders'

export interface WriteExportFolderDeps {
  readonly folders: ExportFolders
  /** Writes one file atomically; `writeFileAtomic` by default (tests inject failures). */
  readonly write?: (path: string, content: string) => Promise<void>
}

/** What the look before writing found for one file. */
type Look =
  | { readonly kind: 'new' | 'ours' | 'theirs' }
  | { readonly kind: 'same' }
  | { readonly kind: 'skip'; readonly reason: string }

const isMissing = (cause: unknown): boolean =>
  (cause as { code?: unknown } | null)?.code === 'ENOENT'

/**
 * @param path - the file's path in the folder
 * @param hash - the new text's hash
 * @param lastWritten - the manifest's hash for it, if any
 */
async function look(path: string, hash: string, lastWritten: string | undefined): Promise<Look> {
  let info: Awaited<ReturnType<typeof nodeFs.lstat>>
  try {
    info = await nodeFs.lstat(path)
  } catch (cause) {
    if (isMissing(cause)) return { kind: 'new' }
    throw cause
  }
  if (info.isSymbolicLink()) {
    return { kind: 'skip', reason: 'It is a link, which Gloss does not write through.' }
  }
  if (!info.isFile()) return { kind: 'skip', reason: 'Something that is not a file has its name.' }
  const current = contentHash(await nodeFs.readFile(path))
  if (current === hash) return { kind: 'same' }
  if ((info.mode & 0o222) === 0) {
    return { kind: 'skip', reason: 'It is read-only, so Gloss did not replace it.' }
  }
  return { kind: current === lastWritten ? 'ours' : 'theirs' }
}

/** The folder's real path, refused when it is gone or not a folder. */
async function folderAt(path: string): Promise<Result<string>> {
  try {
    const real = await nodeFs.realpath(path)
    if ((await nodeFs.stat(real)).isDirectory()) return ok(real)
  } catch {
    // Said below.
  }
  return fail('not-found', `The folder "${basename(path)}" is no longer there. Choose it again.`)
}

/** The manifest's text; null when there is none. A link is refused: it is never written through. */
async function readManifest(path: string): Promise<Result<string | null>> {
  try {
    const info = await nodeFs.lstat(path)
    if (!info.isFile()) {
      return fail(
        'io',
        `${EXPORT_MANIFEST_NAME} in that folder is not a plain file, so Gloss cannot keep track ` +
          'of what it wrote there. Remove it or choose another folder. Nothing was written.',
      )
    }
    return ok(await nodeFs.readFile(path, 'utf8'))
  } catch (cause) {
    if (isMissing(cause)) return ok(null)
    return fail('io', `Gloss could not read ${EXPORT_MANIFEST_NAME}: ${describeFileError(cause)}`)
  }
}

/**
 * Write an export into a chosen folder.
 *
 * @param request - a validated request (plain, unique names; sizes capped)
 * @param deps - the folder tokens, and the writer
 */
export async function writeExportFolder(
  request: WriteExportFolderRequest,
  deps: WriteExportFolderDeps,
): Promise<Result<ExportFolderOutcome>> {
  const write = deps.write ?? ((path: string, content: string) => writeFileAtomic(path, content))
  const chosen = deps.folders.pathOf(request.token)
  if (chosen === undefined) return fail('not-found', 'That folder was not chosen in Gloss.')
  const folder = await folderAt(chosen)
  if (!folder.ok) return folder
  const manifestPath = join(folder.value, EXPORT_MANIFEST_NAME)
  const manifestFile = await readManifest(manifestPath)
  if (!manifestFile.ok) return manifestFile
  const manifest = parseManifest(manifestFile.value)
  const lastWritten = byFileKey(manifest)

  const plans: { name: string; path: string; content: string; hash: string; look: Look }[] = []
  for (const { name, content } of request.files) {
    const path = join(folder.value, name)
    // The schema allows plain names only; this makes sure no name leaves the folder anyway.
    if (dirname(path) !== folder.value || basename(path) !== name) {
      return fail('invalid-payload', `"${name}" is not a plain file name.`)
    }
    const hash = contentHash(content)
    try {
      plans.push({
        name,
        path,
        content,
        hash,
        look: await look(path, hash, lastWritten.get(fileNameKey(name))),
      })
    } catch (cause) {
      return fail(
        'io',
        `Gloss could not look at "${name}": ${describeFileError(cause)} Nothing was written.`,
      )
    }
  }

  const theirs = plans.filter((plan) => plan.look.kind === 'theirs').map((plan) => plan.name)
  if (theirs.length > 0 && request.changed === 'ask')
    return ok({ status: 'changed', changed: theirs })

  const skipped: SkippedExportFile[] = []
  const kept: string[] = []
  let written = 0
  let unchanged = 0
  let failure: string | null = null
  for (const plan of plans) {
    const { kind } = plan.look
    if (plan.look.kind === 'skip') {
      skipped.push({ name: plan.name, reason: plan.look.reason })
      continue
    }
    if (kind === 'same') {
      unchanged++
      manifest.set(plan.name, plan.hash)
      continue
    }
    if (kind === 'theirs' && request.changed === 'keep') {
      kept.push(plan.name)
      continue
    }
    try {
      await write(plan.path, plan.content)
    } catch (cause) {
      failure = `Gloss wrote ${written} of ${plans.length} files, then could not write "${plan.name}": ${describeFileError(cause)} The files not written are as they were.`
      break
    }
    written++
    manifest.set(plan.name, plan.hash)
  }
  try {
    await write(manifestPath, manifestText(manifest))
  } catch (cause) {
    failure ??= `The files were written, but ${EXPORT_MANIFEST_NAME} was not (${describeFileError(cause)}): the next export will ask before replacing them.`
  }
  if (failure !== null) return fail('io', failure)
  return ok({ status: 'written', written, unchanged, kept, skipped })
}
