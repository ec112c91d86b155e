/**
 * `manifest.json`, what a ZIP backup (version 2 or 3) says about itself: the format and its version, the
 * Gloss that made it, when, and how many of each thing it holds (checked against `data.json`
 * on restore, so a backup whose parts do not belong together is refused). Its version is read
 * before anything else, so a backup from a newer Gloss is refused with the reason, whatever the
 * rest of it holds.
 */
import * as v from 'valibot'
import { err, ok, type Result } from '@shared/result'
import {
  BACKUP_FORMAT,
  NEWEST_BACKUP_VERSION,
  ZIP_BACKUP_VERSIONS_READ,
  newerVersionMessage,
} from './backup-format'
import { pathOf } from './row-schemas'

const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

const ManifestSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist(ZIP_BACKUP_VERSIONS_READ),
  appVersion: v.pipe(v.string(), v.maxLength(64)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  counts: v.object({
    articles: Count,
    images: Count,
    annotations: Count,
    articleNotes: Count,
    readingPositions: Count,
    // Version 3: previous versions of articles (absent in a version 2 backup: none).
    versions: v.optional(Count, 0),
  }),
})

export type BackupManifest = v.InferOutput<typeof ManifestSchema>
export type ManifestCounts = BackupManifest['counts']

/**
 * Check a parsed `manifest.json`.
 *
 * @param json - its value
 */
export function readManifest(json: unknown): Result<BackupManifest, string> {
  const header = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  if (header.format !== BACKUP_FORMAT) return err('The file is not a Gloss backup.')
  const { version } = header
  if (typeof version === 'number' && Number.isInteger(version) && version > NEWEST_BACKUP_VERSION) {
    return err(newerVersionMessage(version))
  }
  const parsed = v.safeParse(ManifestSchema, json)
  if (!parsed.success) {
    const [issue] = parsed.issues
    return err(
      `The backup is damaged: manifest.json ${pathOf(issue)} is not valid (${issue.message}).`,
    )
  }
  return ok(parsed.output)
}
