/**
 * What waits under "Not in your library", grouped for showing: one group per page (by its
 * normalised address, else its address as written, else its title), oldest import first,
 * each with its highlights (quote, note, tags, colour) and page notes in file order.
 */
import type { PendingImportRecord } from '@renderer/db/database'

export interface WaitingHighlight {
  readonly id: string
  readonly quote: string
  readonly note: string
  readonly tags: readonly string[]
  readonly color: string
}

export interface WaitingPageNote {
  readonly id: string
  readonly note: string
  readonly reply: boolean
}

export interface WaitingGroup {
  readonly key: string
  /** The page's title as the file gave it, else its address. */
  readonly name: string
  /** The page's address as the file gave it ('' when none): shown as text, never a link. */
  readonly source: string
  readonly highlights: readonly WaitingHighlight[]
  readonly pageNotes: readonly WaitingPageNote[]
  /** Every row of the group, for deleting it. */
  readonly ids: readonly string[]
}

function keyOf({ document }: PendingImportRecord): string {
  if (document.normalizedUrl) return `url:${document.normalizedUrl}`
  if (document.source) return `source:${document.source}`
  return `title:${document.titleKey}`
}

interface Gathering {
  key: string
  name: string
  source: string
  highlights: WaitingHighlight[]
  pageNotes: WaitingPageNote[]
  ids: string[]
}

/** @param rows - the waiting rows, oldest import first */
export function waitingGroups(rows: readonly PendingImportRecord[]): WaitingGroup[] {
  const groups = new Map<string, Gathering>()
  for (const row of rows) {
    const key = keyOf(row)
    let group = groups.get(key)
    if (!group) {
      const { title, source } = row.document
      group = {
        key,
        name: title || source || 'Untitled',
        source,
        highlights: [],
        pageNotes: [],
        ids: [],
      }
      groups.set(key, group)
    }
    group.ids.push(row.id)
    const { item } = row
    if (item.kind === 'highlight') {
      const { candidate } = item
      group.highlights.push({
        id: row.id,
        quote: candidate.target.quote.exact,
        note: candidate.note,
        tags: candidate.tags,
        color: candidate.color,
      })
    } else {
      group.pageNotes.push({ id: row.id, note: item.pageNote.note, reply: item.pageNote.reply })
    }
  }
  return [...groups.values()]
}
