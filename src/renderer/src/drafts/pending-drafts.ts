/**
 * Drafts not yet written, and what happens to them when the reader leaves: every editor that
 * saves by itself registers here while it is open (`trackDraft`) and calls `journalDrafts`
 * whenever its text changes, so the journal always holds what is typed but not yet stored.
 * It is written as the reader types, not only when the page goes: in Chromium a storage
 * write made while the page is being torn down may never reach the disk (an end-to-end test
 * lost it 5 times in 5 when the browser closed right after `pagehide`). When the page is hidden
 * or closed, the journal is written once more and every editor is asked to save now; a page
 * that stays around finishes those saves, and one that does not leaves the journal for the
 * next start.
 */
import {
  DRAFT_JOURNAL_PREFIX,
  writeJournal,
  type DraftEntry,
  type DraftTarget,
} from './draft-journal'

export interface PendingDraft {
  /** What it edits; null while that is not known yet (no article loaded). */
  target(): DraftTarget | null
  /** The text not yet known to be stored, or null when everything is saved. */
  unsaved(): string | null
  /** Save now. */
  flush(): unknown
}

const drafts = new Set<PendingDraft>()

/**
 * Register an open editor's draft; call the returned function when the editor closes.
 *
 * @param draft - what it edits, its unsaved text and how to save it
 */
export function trackDraft(draft: PendingDraft): () => void {
  drafts.add(draft)
  return () => {
    drafts.delete(draft)
    journalNow()
  }
}

/** This window's journal key: its own, so no other window overwrites it (draft-journal.ts). */
export const WINDOW_JOURNAL_KEY = `${DRAFT_JOURNAL_PREFIX}${crypto.randomUUID()}`
/** The Web Lock this window holds while it lives: its journal is not recovered meanwhile. */
export const windowLockName = (journalKey: string): string => `gloss:window:${journalKey}`

/** Where the journal goes, once `installLeaveGuard` has run. */
let journal: Storage | null = null

/** Journal writes while typing are at most this often (a 100,000-character note is 200 KB). */
const JOURNAL_EVERY_MS = 250
let lastJournalled = 0
let trailing: ReturnType<typeof setTimeout> | undefined

/** Write every unsaved draft to the journal at once (leaving the page, closing an editor). */
export function journalNow(): void {
  clearTimeout(trailing)
  trailing = undefined
  lastJournalled = Date.now()
  if (journal) writeJournal(journal, WINDOW_JOURNAL_KEY, unsavedEntries(lastJournalled))
}

/**
 * Journal every unsaved draft (each editor calls it when its text changes): at once when the
 * last write is a while ago, else once more a moment later, so the journal never lags by more.
 */
export function journalDrafts(): void {
  if (Date.now() - lastJournalled >= JOURNAL_EVERY_MS) journalNow()
  else trailing ??= setTimeout(journalNow, JOURNAL_EVERY_MS)
}

/** Every unsaved draft now, as journal entries stamped `at`. */
export function unsavedEntries(at: number): DraftEntry[] {
  return [...drafts].flatMap((draft) => {
    const text = draft.unsaved()
    const target = draft.target()
    return text === null || target === null ? [] : [{ target, text, at }]
  })
}

/** Journal every draft, then save each now; resolves when all have been tried. */
export async function flushDrafts(): Promise<void> {
  journalNow()
  await Promise.allSettled([...drafts].map(async (draft) => draft.flush()))
}

/**
 * Keep the journal in `storage` from now on, and journal and flush every draft whenever the
 * page is hidden or goes away.
 *
 * @param page - the window (a test's stand-in)
 * @param storage - where the journal goes (`localStorage`)
 * @returns the function that removes the listeners
 */
export function installLeaveGuard(page: Window, storage: Storage): () => void {
  journal = storage
  // Held until the page goes: another window starting meanwhile leaves this journal alone.
  void page.navigator.locks
    ?.request(windowLockName(WINDOW_JOURNAL_KEY), () => new Promise<never>(() => {}))
    .catch(() => undefined)
  const leave = (): void => {
    journalNow()
    for (const draft of drafts) void draft.flush()
  }
  const onVisibility = (): void => {
    if (page.document.visibilityState === 'hidden') leave()
  }
  page.addEventListener('pagehide', leave)
  page.document.addEventListener('visibilitychange', onVisibility)
  return () => {
    journal = null
    page.removeEventListener('pagehide', leave)
    page.document.removeEventListener('visibilitychange', onVisibility)
  }
}
