/**
 * The checks every backup row passes, whichever file format carries it (the JSON of version 1,
 * the ZIP of version 2): valibot schemas, which build fresh objects from known keys only (so
 * `__proto__` or any other extra key is never copied), with the limits imports keep on every
 * field; and the settings as a file holds them, to and from the settings rows.
 */
import * as v from 'valibot'
import { HIGHLIGHT_COLORS } from '@shared/annotation'
import { isStoredTime } from '@shared/stored-time'
import type { SettingRecord } from '@renderer/db/database'
import {
  MAX_CONTEXT_CHARS,
  MAX_IRI_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  formatCount,
} from '@renderer/importing/formats/limits'
import {
  FONT_FAMILIES,
  THEME_CHOICES,
  sanitizeReadingSettings,
} from '@renderer/settings/reading-settings'

// The limits of import apply to every field: a restored row is outside data like an imported
// one, and a million-character quote froze every start for a minute.
export const Key = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_IRI_CHARS))
export const Time = v.pipe(
  v.number(),
  v.check((ms) => isStoredTime(ms), 'not a date between the years 1 and 9999'),
)
export const text = (max: number, what: string) =>
  v.pipe(v.string(), v.maxLength(max, `${what} holds at most ${formatCount(max)} characters`))
export const Note = text(MAX_NOTE_CHARS, 'a note')
export const Tags = v.pipe(
  v.array(text(MAX_TAG_CHARS, 'a tag')),
  v.maxLength(MAX_TAGS, `an annotation has at most ${formatCount(MAX_TAGS)} tags`),
)
export const Offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
export const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1))

export const AnnotationSchema = v.object({
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

export const ReadingPositionSchema = v.object({
  articleId: Key,
  blockId: text(MAX_IRI_CHARS, 'a block id'),
  blockFraction: Fraction,
  progress: Fraction,
  updatedAt: Time,
})

export const ArticleNoteSchema = v.object({ articleId: Key, note: Note, updatedAt: Time })

export const SettingsSchema = v.object({
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

/** The settings as a backup file holds them. */
export type FileSettings = v.InferOutput<typeof SettingsSchema>

/**
 * The settings rows as a file holds them: the reading settings made sound, the highlight
 * colour if it is one.
 *
 * @param rows - the stored settings rows
 */
export function fileSettings(rows: readonly SettingRecord[]): FileSettings {
  const setting = (key: SettingRecord['key']): unknown => rows.find((row) => row.key === key)?.value
  const reading = setting('reading')
  const color = setting('highlightColor')
  return {
    ...(reading !== undefined && { reading: sanitizeReadingSettings(reading) }),
    ...(v.is(SettingsSchema.entries.highlightColor, color) && { highlightColor: color }),
  }
}

/**
 * The settings rows a file's checked settings restore.
 *
 * @param settings - the settings a backup holds
 */
export function settingRows(settings: FileSettings): SettingRecord[] {
  const rows: SettingRecord[] = []
  if (settings.reading) {
    rows.push({ key: 'reading', value: sanitizeReadingSettings(settings.reading) })
  }
  if (settings.highlightColor) rows.push({ key: 'highlightColor', value: settings.highlightColor })
  return rows
}

/** `annotations[3].target.position.start`: where in the file an issue is. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '')
}

/** The first key that occurs twice, if any. */
export function firstDuplicate(keys: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const key of keys) {
    if (seen.has(key)) return key
    seen.add(key)
  }
  return null
}
