/**
 * The unsaved-drafts journal: what the reader had typed but Gloss had not yet written when the
 * page was hidden or closed. IndexedDB writes are asynchronous and a closing page may stop
 * before one starts; `localStorage` is written synchronously, so the journal is written in the
 * `pagehide` handler itself and read back at the next start (recover-drafts.ts). It is outside
 * data by then (any script of the origin, or a damaged profile, could have changed it), so
 * reading checks every entry and drops what does not pass.
 */
import * as v from 'valibot'
import { MAX_IRI_CHARS, MAX_NOTE_CHARS } from '@renderer/import/limits'
import { isStoredTime } from '@shared/stored-time'

/** What a draft belongs to: a highlight's note, the tags typed into its tag field, an article note. */
export type DraftTarget =
  | { readonly kind: 'note'; readonly annotationId: string }
  | { readonly kind: 'tags'; readonly annotationId: string }
  | { readonly kind: 'articleNote'; readonly articleId: string }

export interface DraftEntry {
  readonly target: DraftTarget
  readonly text: string
  /** When the page was left: a stored row changed after this has newer text than the draft. */
  readonly at: number
}

export const DRAFT_JOURNAL_KEY = 'gloss:unsaved-drafts'

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_IRI_CHARS))
const EntrySchema = v.object({
  target: v.variant('kind', [
    v.object({ kind: v.literal('note'), annotationId: Id }),
    v.object({ kind: v.literal('tags'), annotationId: Id }),
    v.object({ kind: v.literal('articleNote'), articleId: Id }),
  ]),
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
  at: v.pipe(
    v.number(),
    v.check((ms) => isStoredTime(ms)),
  ),
})

/**
 * Replace the journal with `entries` (none: remove it). Never throws: a full or disabled
 * storage leaves the IndexedDB flush as the only chance, as before the journal existed.
 */
export function writeJournal(storage: Storage, entries: readonly DraftEntry[]): void {
  try {
    if (entries.length === 0) storage.removeItem(DRAFT_JOURNAL_KEY)
    else storage.setItem(DRAFT_JOURNAL_KEY, JSON.stringify(entries))
  } catch {
    // Quota exceeded or storage disabled: nothing more can be done synchronously.
  }
}

/** The journal's valid entries, in the order written; none when it is missing or unreadable. */
export function readJournal(storage: Storage): DraftEntry[] {
  let json: unknown
  try {
    json = JSON.parse(storage.getItem(DRAFT_JOURNAL_KEY) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(json)) return []
  return json.flatMap((item) => {
    const entry = v.safeParse(EntrySchema, item)
    return entry.success ? [entry.output] : []
  })
}
