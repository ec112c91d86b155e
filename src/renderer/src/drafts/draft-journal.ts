/**
 * The unsaved-drafts journal: what the reader had typed but Gloss had not yet written when the
 * page was hidden or closed. IndexedDB writes are asynchronous and a closing page may stop
 * before one starts; `localStorage` is written synchronously, so the journal is written in the
 * `pagehide` handler itself and read back at the next start (recover-drafts.ts). Each window
 * keeps its own journal (`DRAFT_JOURNAL_PREFIX` + its id), so two windows never overwrite each
 * other's. It is outside data by then (any script of the origin, or a damaged profile, could
 * have changed it), so reading checks every entry and drops what does not pass.
 */
import * as v from 'valibot'
import { MAX_IRI_CHARS, MAX_NOTE_CHARS } from '@renderer/importing/formats/limits'
import { isStoredTime } from '@shared/stored-time'

/**
 * What a draft belongs to: a highlight's note, the tags typed into its tag field, an article
 * note. A note's `basedOn` is the `updatedAt` its text started from (0: no article note yet): it
 * is recovered only onto that version, never over text saved since, here or in another window.
 */
export type DraftTarget =
  | { readonly kind: 'note'; readonly annotationId: string; readonly basedOn: number }
  | { readonly kind: 'tags'; readonly annotationId: string }
  | { readonly kind: 'articleNote'; readonly articleId: string; readonly basedOn: number }

export interface DraftEntry {
  readonly target: DraftTarget
  readonly text: string
  /** When it was journalled: the recovered row's `updatedAt`. */
  readonly at: number
}

/** Each window's journal is the key `DRAFT_JOURNAL_PREFIX` + the window's id. */
export const DRAFT_JOURNAL_PREFIX = 'gloss:unsaved-drafts:'

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_IRI_CHARS))
const EntrySchema = v.object({
  target: v.variant('kind', [
    v.object({ kind: v.literal('note'), annotationId: Id, basedOn: v.number() }),
    v.object({ kind: v.literal('tags'), annotationId: Id }),
    v.object({ kind: v.literal('articleNote'), articleId: Id, basedOn: v.number() }),
  ]),
  text: v.pipe(v.string(), v.maxLength(MAX_NOTE_CHARS)),
  at: v.pipe(
    v.number(),
    v.check((ms) => isStoredTime(ms)),
  ),
})

/**
 * Replace a journal with `entries` (none: remove it). Never throws: a full or disabled storage
 * leaves the IndexedDB flush as the only chance, as before the journal existed.
 *
 * @param key - the window's journal key
 */
export function writeJournal(storage: Storage, key: string, entries: readonly DraftEntry[]): void {
  try {
    if (entries.length === 0) storage.removeItem(key)
    else storage.setItem(key, JSON.stringify(entries))
  } catch {
    // Quota exceeded or storage disabled: nothing more can be done synchronously.
  }
}

/** Every window's journal key in `storage`. */
export function journalKeys(storage: Storage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key?.startsWith(DRAFT_JOURNAL_PREFIX)) keys.push(key)
  }
  return keys
}

/** A journal's valid entries, in the order written; none when it is missing or unreadable. */
export function readJournal(storage: Storage, key: string): DraftEntry[] {
  let json: unknown
  try {
    json = JSON.parse(storage.getItem(key) ?? '[]')
  } catch {
    return []
  }
  if (!Array.isArray(json)) return []
  return json.flatMap((item) => {
    const entry = v.safeParse(EntrySchema, item)
    return entry.success ? [entry.output] : []
  })
}
