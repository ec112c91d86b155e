/**
 * The manifest Gloss keeps in a folder it exports into (`.gloss-export.json`): the SHA-256 of
 * each file as Gloss last wrote it. A file whose content no longer has that hash was changed
 * by someone else (the user, their notes app), and is not replaced without asking. The file is
 * the user's to edit or delete, so it is read with a schema, and one that is missing, damaged
 * or of another version counts as empty: every file already there is then treated as the
 * user's, which asks more often, never less.
 */
import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { fileNameKey } from '../../shared/export-folder'

export const MANIFEST_FORMAT = 'gloss-export'
export const MANIFEST_VERSION = 1

const ManifestSchema = v.object({
  format: v.literal(MANIFEST_FORMAT),
  version: v.literal(MANIFEST_VERSION),
  files: v.record(v.string(), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
})

/** Each file's hash as last written, by name. */
export type ExportManifest = ReadonlyMap<string, string>

/** @param content - a file's text, hashed as the UTF-8 bytes it is written as */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * The manifest a file holds; empty when the text is not one.
 *
 * @param text - the manifest file's text, or null when there is none
 */
export function parseManifest(text: string | null): Map<string, string> {
  if (text === null) return new Map()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return new Map()
  }
  const parsed = v.safeParse(ManifestSchema, json)
  return parsed.success ? new Map(Object.entries(parsed.output.files)) : new Map()
}

/**
 * The manifest keyed as a folder that ignores case sees it (`fileNameKey`).
 *
 * @param manifest - the manifest
 */
export function byFileKey(manifest: ExportManifest): Map<string, string> {
  return new Map([...manifest].map(([name, hash]) => [fileNameKey(name), hash]))
}

/** @param manifest - every file's hash, by name */
export function manifestText(manifest: ExportManifest): string {
  const files = Object.fromEntries([...manifest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${JSON.stringify({ format: MANIFEST_FORMAT, version: MANIFEST_VERSION, files }, null, 2)}\n`
}
