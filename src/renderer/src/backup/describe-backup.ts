/**
 * What a backup holds, and what a restore would replace, in words: "2 articles, 3 pictures,
 * 12 annotations on 2 articles, 1 article note, 3 reading places and your settings" (kinds with
 * none left out, except annotations; articles and pictures only where the library is part of
 * it: a backup made before the library existed holds none, and restoring it keeps the
 * library's articles).
 */
import type { DataCounts, StoredData } from '@renderer/db/backup'

const count = new Intl.NumberFormat('en')

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`
}

/** `a, b and c` */
function list(parts: readonly string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

function describe(counts: DataCounts, annotated: number | null, withLibrary: boolean): string {
  const parts: string[] = []
  if (withLibrary) {
    parts.push(plural(counts.articles, 'article', 'articles'))
    if (counts.images > 0) parts.push(plural(counts.images, 'picture', 'pictures'))
  }
  const annotations = plural(counts.annotations, 'annotation', 'annotations')
  parts.push(
    annotated && annotated > 1
      ? `${annotations} on ${count.format(annotated)} articles`
      : annotations,
  )
  if (counts.articleNotes > 0) {
    parts.push(plural(counts.articleNotes, 'article note', 'article notes'))
  }
  if (counts.readingPositions > 0) {
    parts.push(plural(counts.readingPositions, 'reading place', 'reading places'))
  }
  if (counts.settings > 0) parts.push('your settings')
  return list(parts)
}

/** @param data - the rows a backup holds */
export function backupContents(data: StoredData): string {
  const counts: DataCounts = {
    settings: data.settings.length,
    readingPositions: data.readingPositions.length,
    annotations: data.annotations.length,
    articleNotes: data.articleNotes.length,
    articles: data.library?.articles.length ?? 0,
    images: data.library?.articleImages.length ?? 0,
  }
  const annotated = new Set(data.annotations.map((a) => a.articleId)).size
  return describe(counts, annotated, data.library !== undefined)
}

/**
 * @param counts - the rows stored now
 * @param withLibrary - whether the restore replaces the library too (else it is not counted)
 */
export function currentContents(counts: DataCounts, withLibrary: boolean): string {
  return describe(counts, null, withLibrary)
}

/** `1 May 2024, 10:00`: when a backup was made, in the reader's own time. */
export function backupTime(date: Date): string {
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })
}
