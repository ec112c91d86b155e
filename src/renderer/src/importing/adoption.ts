/**
 * Highlights waiting under "Not in your library" find their article when it is added: those
 * whose page is the new article (`db/pending-imports.ts`, `findPendingFor`: by address, then
 * title) are anchored on its text, as an import anchors them (`import-plan.ts`), and moved
 * into `annotations`, with waiting page notes joining the article's note, in one strict
 * transaction (`writeImport`): a highlight is never both waiting and on its article, nor lost
 * between the two. A passage the article does not have is kept as "passage not found", as an
 * import keeps it.
 */
import type { Article } from '@shared/article'
import { createTextIndex } from '@renderer/anchoring'
import { readArticleNote } from '@renderer/db/annotations'
import type { PendingImportRecord } from '@renderer/db/database'
import { findStoredIds, writeImport, type ImportWrite } from '@renderer/db/import-annotations'
import { normalizeUrl } from '@renderer/db/normalize-url'
import { findPendingFor } from '@renderer/db/pending-imports'
import type { useStorageStore } from '@renderer/stores/storage'
import type { ImportCandidate, ImportPageNote } from './formats/types'
import { anchorCandidates, planImport, withoutPositionsBeyond } from './import-plan'
import { noteWithSections } from './page-notes'
import { titleKey } from './routing/document-keys'

/** What adopting writes, and how many highlights it moves. */
export interface Adoption {
  readonly write: ImportWrite
  readonly highlights: number
}

/**
 * @param article - the article just added
 * @param waiting - what waits for it
 * @param storedIds - of the waiting ids, those stored as annotations already
 * @param articleNote - its note ('' when none)
 */
export async function planAdoption(
  article: Article,
  waiting: readonly PendingImportRecord[],
  storedIds: ReadonlySet<string>,
  articleNote: string,
): Promise<Adoption> {
  const index = createTextIndex(article.text)
  const candidates: ImportCandidate[] = []
  const pageNotes: ImportPageNote[] = []
  for (const { item, document } of waiting) {
    if (item.kind === 'highlight') candidates.push(item.candidate)
    else pageNotes.push({ ...item.pageNote, document })
  }
  const placed = withoutPositionsBeyond(candidates, index.text.length)
  const results = await anchorCandidates(index, placed)
  const plan = planImport(placed, results, {
    articleId: article.id,
    index,
    storedIds,
    isHighlighted: () => false,
    pageNotes,
    articleNote,
  })
  const annotations = [...plan.found, ...plan.notFound]
  const sections = plan.pageNotes
  return {
    write: {
      annotations,
      notes:
        sections.length === 0
          ? []
          : [{ articleId: article.id, change: (stored) => noteWithSections(stored, sections) }],
      adopted: waiting.map((row) => row.id),
    },
    highlights: annotations.length,
  }
}

/**
 * Move what waits for a newly added article onto it; resolves how many highlights moved (0
 * when nothing waited, or the write failed: then everything still waits).
 *
 * @param storage - the app's storage store
 * @param article - the article just added
 */
export async function adoptWaiting(
  storage: ReturnType<typeof useStorageStore>,
  article: Article,
): Promise<number> {
  const keys = {
    normalizedUrl: normalizeUrl(article.meta?.url ?? ''),
    titleKey: titleKey(article.title),
  }
  const waiting = (await storage.read((db) => findPendingFor(db, keys))) ?? []
  if (waiting.length === 0) return 0
  const ids = waiting.map((row) => row.id)
  const stored = (await storage.read((db) => findStoredIds(db, ids))) ?? new Set<string>()
  const note = (await storage.read((db) => readArticleNote(db, article.id)))?.note ?? ''
  const adoption = await planAdoption(article, waiting, stored, note)
  let moved = 0
  const written = await storage.write(async (db) => {
    moved = (await writeImport(db, adoption.write)).added.length
  })
  return written ? moved : 0
}

const count = new Intl.NumberFormat('en')

/** The add notice's words: `3 highlights from an import found their article`. */
export function adoptedNotice(highlights: number): string {
  return `${count.format(highlights)} highlight${highlights === 1 ? '' : 's'} from an import found ${highlights === 1 ? 'its' : 'their'} article`
}
