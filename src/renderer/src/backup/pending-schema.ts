/**
 * The check a backup's "Not in your library" rows pass before they are restored (valibot,
 * like `row-schemas.ts`: fresh objects from known keys only, the limits imports keep): a
 * waiting highlight as an import gave it (its quote, and a position or none), or a page note,
 * with the page it waits for. The keys a page is found by (`normalizedUrl`, `titleKey`) are
 * not read from the file but worked out again from its address and title
 * (`restoredPendingImport`), so the table's indexes always agree with the row.
 */
import * as v from 'valibot'
import { HIGHLIGHT_COLORS } from '@shared/annotation'
import type { PendingImportRecord } from '@renderer/db/database'
import { normalizeUrl } from '@renderer/db/normalize-url'
import {
  MAX_CONTEXT_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
} from '@renderer/importing/formats/limits'
import { titleKey } from '@renderer/importing/routing/document-keys'
import { Key, Note, Offset, Tags, Time, text } from './row-schemas'

const Position = v.pipe(
  v.object({ start: Offset, end: Offset }),
  v.check((p) => p.start <= p.end, 'the passage ends before it starts'),
)

const Candidate = v.object({
  id: Key,
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
    position: v.nullable(Position),
  }),
})

const PageNote = v.object({ note: Note, tags: Tags, createdAt: Time, reply: v.boolean() })

export const PendingImportSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(3 * MAX_NOTE_CHARS)),
  document: v.object({
    // As long as an import may make them: a page note's id holds its page and its text.
    source: text(MAX_NOTE_CHARS, 'an address'),
    title: text(MAX_NOTE_CHARS, 'a title'),
  }),
  importedAt: Time,
  item: v.variant('kind', [
    v.object({ kind: v.literal('highlight'), candidate: Candidate }),
    v.object({ kind: v.literal('page-note'), pageNote: PageNote }),
  ]),
})

/** @param row - a row that passed `PendingImportSchema` */
export function restoredPendingImport(
  row: v.InferOutput<typeof PendingImportSchema>,
): PendingImportRecord {
  const { source, title } = row.document
  return {
    ...row,
    document: { source, normalizedUrl: normalizeUrl(source), title, titleKey: titleKey(title) },
  }
}
