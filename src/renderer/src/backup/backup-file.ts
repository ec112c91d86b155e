/**
 * The version 1 backup file: one JSON document,
 * `{ "format": "gloss-backup", "version": 1, "exportedAt", "settings", "readingPositions",
 * "annotations", "articleNotes" }`, without the library. Gloss made these before the library
 * existed, and still writes its rescue copy in it. Reading one checks all of it before anything
 * is written: size, JSON, format and version, every row's shape (`row-schemas.ts`), and keys
 * unique per table. A row that would not pass these checks (written before a check existed) is
 * left out of a new file and counted, so every file Gloss writes can be restored and the
 * reader is told what it lacks.
 */
import * as v from 'valibot'
import { err, ok, type Result } from '@shared/result'
import type { StoredData } from '@renderer/db/backup'
import { parseJsonText } from '@renderer/importing/formats/json-text'
import {
  BACKUP_FORMAT,
  JSON_BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  NEWEST_BACKUP_VERSION,
  megabytes,
  newerVersionMessage,
} from './backup-format'
import {
  AnnotationSchema,
  ArticleNoteSchema,
  ReadingPositionSchema,
  SettingsSchema,
  fileSettings,
  firstDuplicate,
  pathOf,
  settingRows,
} from './row-schemas'

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(JSON_BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  settings: SettingsSchema,
  readingPositions: v.array(ReadingPositionSchema),
  annotations: v.array(AnnotationSchema),
  articleNotes: v.array(ArticleNoteSchema),
})

/** A checked backup: the rows to restore (`data.library` only in a ZIP), and when it was made. */
export interface Backup {
  readonly exportedAt: Date
  readonly data: StoredData
}

/** A new backup's text, and how many stored rows it leaves out because they could not be restored. */
export interface WrittenBackup {
  readonly content: string
  readonly leftOut: number
}

/** Rows checked and written per piece of `backupPieces`: a few milliseconds of work. */
const ROWS_PER_PIECE = 500

/**
 * The backup of what is stored, as pieces of its text in order (so a large one can be written
 * a piece at a time, with pauses); returns how many rows it leaves out because no backup could
 * restore them.
 *
 * @param data - every table's rows, from `readAllData`
 * @param exportedAt - now
 */
export function* backupPieces(data: StoredData, exportedAt: Date): Generator<string, number> {
  const header = {
    format: BACKUP_FORMAT,
    version: JSON_BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: fileSettings(data.settings),
  }
  yield `${JSON.stringify(header).slice(0, -1)},\n`
  const tables = [
    ['readingPositions', data.readingPositions, ReadingPositionSchema],
    ['annotations', data.annotations, AnnotationSchema],
    ['articleNotes', data.articleNotes, ArticleNoteSchema],
  ] as const
  let leftOut = 0
  for (const [t, [name, rows, schema]] of tables.entries()) {
    yield `${JSON.stringify(name)}: [`
    let first = true
    for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) {
      const kept = rows.slice(i, i + ROWS_PER_PIECE).filter((row) => v.is(schema, row))
      leftOut += Math.min(ROWS_PER_PIECE, rows.length - i) - kept.length
      if (kept.length === 0) continue
      yield `${first ? '' : ','}\n${kept.map((row) => JSON.stringify(row)).join(',\n')}`
      first = false
    }
    yield t === tables.length - 1 ? '\n]}\n' : '\n],\n'
  }
  return leftOut
}

/**
 * The backup of what is stored, as a file's text.
 *
 * @param data - every table's rows, from `readAllData`
 * @param exportedAt - now
 */
export function writeBackup(data: StoredData, exportedAt: Date): WrittenBackup {
  const pieces = backupPieces(data, exportedAt)
  const parts: string[] = []
  for (;;) {
    const next = pieces.next()
    if (next.done) return { content: parts.join(''), leftOut: next.value }
    parts.push(next.value)
  }
}

/** Why a parsed value is not a backup this version can restore, before looking at the rows. */
function checkHeader(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return 'The file is not a Gloss backup.'
  }
  const header = json as { format?: unknown; version?: unknown; type?: unknown }
  if (!Object.hasOwn(header, 'format') || header.format !== BACKUP_FORMAT) {
    return Object.hasOwn(header, 'type')
      ? 'The file is not a Gloss backup; to add annotations from it, use Import annotations.'
      : 'The file is not a Gloss backup.'
  }
  const { version } = header
  if (typeof version === 'number' && Number.isInteger(version) && version > NEWEST_BACKUP_VERSION) {
    return newerVersionMessage(version)
  }
  if (version !== JSON_BACKUP_VERSION) {
    return 'The backup does not say which version of Gloss made it.'
  }
  return null
}

/**
 * Read and check a backup file.
 *
 * @param text - the file's text as read
 * @returns the rows to restore, or one sentence saying why the file cannot be restored
 */
export function readBackup(text: string): Result<Backup, string> {
  if (text.length > MAX_BACKUP_CHARS) {
    return err(
      `The backup is too large: ${megabytes(text.length)}, and Gloss restores backups up to ${megabytes(MAX_BACKUP_CHARS)}.`,
    )
  }
  const json = parseJsonText(text, MAX_BACKUP_CHARS)
  if (!json.ok) return err(json.error.message)
  const header = checkHeader(json.value)
  if (header) return err(header)
  const parsed = v.safeParse(BackupSchema, json.value)
  if (!parsed.success) {
    const [issue] = parsed.issues
    return err(`The backup is damaged: ${pathOf(issue)} is not valid (${issue.message}).`)
  }
  const file = parsed.output
  const duplicate =
    firstDuplicate(file.annotations.map((row) => row.id)) ??
    firstDuplicate(file.readingPositions.map((row) => row.articleId)) ??
    firstDuplicate(file.articleNotes.map((row) => row.articleId))
  if (duplicate !== null) {
    return err(`The backup is damaged: "${duplicate}" occurs twice where it must be unique.`)
  }
  return ok({
    exportedAt: new Date(file.exportedAt),
    data: {
      settings: settingRows(file.settings),
      readingPositions: file.readingPositions,
      annotations: file.annotations,
      articleNotes: file.articleNotes,
    },
  })
}
