/**
 * The backup file ⇄ everything Gloss keeps. One versioned JSON document:
 * `{ "format": "gloss-backup", "version": 1, "exportedAt", "settings", "readingPositions",
 * "annotations", "articleNotes" }`. Reading one checks all of it before anything is written:
 * size, JSON, format and version, every row's shape (valibot schemas, which build fresh objects
 * from known keys only, so `__proto__` or any other extra key is never copied), and keys unique
 * per table, and the limits imports keep on every field. A row that would not pass these
 * checks (written before a check existed) is left out of a new backup and counted, so every
 * backup Gloss writes can be restored and the reader is told what it lacks.
 */
import * as v from 'valibot'
import { HIGHLIGHT_COLORS } from '@shared/annotation'
import { MAX_FILE_CHARS, MAX_FILE_PARTS } from '@shared/host'
import { err, ok, type Result } from '@shared/result'
import { isStoredTime } from '@shared/stored-time'
import type { SettingRecord } from '@renderer/db/database'
import type { StoredData } from '@renderer/db/backup'
import { parseJsonText } from '@renderer/import/json-text'
import {
  MAX_CONTEXT_CHARS,
  MAX_IRI_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  formatCount,
} from '@renderer/import/limits'
import {
  FONT_FAMILIES,
  THEME_CHOICES,
  sanitizeReadingSettings,
} from '@renderer/settings/reading-settings'

export const BACKUP_FORMAT = 'gloss-backup'
export const BACKUP_VERSION = 1
/**
 * Largest backup read or written, in UTF-16 code units: what the host saves in parts (256 MB
 * of ASCII JSON, saved in parts). Every row keeps the import limits, so no one row comes near it.
 */
export const MAX_BACKUP_CHARS = MAX_FILE_CHARS * MAX_FILE_PARTS

// The limits of import apply to every field: a restored row is outside data like an imported
// one, and a million-character quote froze every start for a minute.
const Key = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_IRI_CHARS))
const Time = v.pipe(
  v.number(),
  v.check((ms) => isStoredTime(ms), 'not a date between the years 1 and 9999'),
)
const text = (max: number, what: string) =>
  v.pipe(v.string(), v.maxLength(max, `${what} holds at most ${formatCount(max)} characters`))
const Note = text(MAX_NOTE_CHARS, 'a note')
const Tags = v.pipe(
  v.array(text(MAX_TAG_CHARS, 'a tag')),
  v.maxLength(MAX_TAGS, `an annotation has at most ${formatCount(MAX_TAGS)} tags`),
)
const Offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

const AnnotationSchema = v.object({
  id: Key,
  articleId: Key,
  color: v.picklist(HIGHLIGHT_COLORS),
  note: Note,
  tags: Tags,
  createdAt: Time,
  updatedAt: Time,
  target: v.object({
    quote: v.object({
      exact: text(MAX_QUOTE_CHARS, 'a quote'),
      prefix: text(MAX_CONTEXT_CHARS, 'a quote prefix'),
      suffix: text(MAX_CONTEXT_CHARS, 'a quote suffix'),
    }),
    position: v.pipe(
      v.object({ start: Offset, end: Offset }),
      v.check((p) => p.start <= p.end, 'the passage ends before it starts'),
    ),
  }),
})

const ReadingPositionSchema = v.object({
  articleId: Key,
  blockId: text(MAX_IRI_CHARS, 'a block id'),
  blockFraction: Fraction,
  progress: Fraction,
  updatedAt: Time,
})

const ArticleNoteSchema = v.object({ articleId: Key, note: Note, updatedAt: Time })

const SettingsSchema = v.object({
  reading: v.optional(
    v.object({
      theme: v.picklist(THEME_CHOICES),
      fontFamily: v.picklist(FONT_FAMILIES),
      fontSize: v.pipe(v.number(), v.finite()),
      lineHeight: v.pipe(v.number(), v.finite()),
      measure: v.pipe(v.number(), v.finite()),
    }),
  ),
  highlightColor: v.optional(v.picklist(HIGHLIGHT_COLORS)),
})

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  settings: SettingsSchema,
  readingPositions: v.array(ReadingPositionSchema),
  annotations: v.array(AnnotationSchema),
  articleNotes: v.array(ArticleNoteSchema),
})

/** A checked backup: the rows to restore, and when it was made. */
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
  const setting = (key: SettingRecord['key']): unknown =>
    data.settings.find((row) => row.key === key)?.value
  const reading = setting('reading')
  const color = setting('highlightColor')
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: {
      ...(reading !== undefined && { reading: sanitizeReadingSettings(reading) }),
      ...(v.is(SettingsSchema.entries.highlightColor, color) && { highlightColor: color }),
    },
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

/** `annotations[3].target.position.start`: where in the file an issue is. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '')
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
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return `The backup was made by a newer version of Gloss (backup version ${version}); update Gloss to restore it.`
  }
  if (version !== BACKUP_VERSION) return 'The backup does not say which version of Gloss made it.'
  return null
}

/** The first key that occurs twice, if any. */
function firstDuplicate(keys: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const key of keys) {
    if (seen.has(key)) return key
    seen.add(key)
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
    const megabytes = (n: number): string => (n / 1024 / 1024).toFixed(1)
    return err(
      `The backup is too large: ${megabytes(text.length)} MB, and Gloss restores backups up to ${megabytes(MAX_BACKUP_CHARS)} MB.`,
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
  const settings: SettingRecord[] = []
  if (file.settings.reading) {
    settings.push({ key: 'reading', value: sanitizeReadingSettings(file.settings.reading) })
  }
  if (file.settings.highlightColor) {
    settings.push({ key: 'highlightColor', value: file.settings.highlightColor })
  }
  return ok({
    exportedAt: new Date(file.exportedAt),
    data: {
      settings,
      readingPositions: file.readingPositions,
      annotations: file.annotations,
      articleNotes: file.articleNotes,
    },
  })
}
