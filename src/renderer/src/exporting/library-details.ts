/**
 * What the export says of an article from its library row: author, site, address, when it was
 * added and its tags, for the Markdown front matter and the links to the original page. An
 * article without a row (the sample before its row is made) exports without them.
 */
import type { ArticleRecord } from '@renderer/db/database'
import type { ExportLibraryDetails } from './formats/types'

/** @param record - the article's library row, if it has one */
export function exportLibraryDetails(
  record: ArticleRecord | undefined | null,
): ExportLibraryDetails | undefined {
  if (!record) return undefined
  const { byline, siteName, url, addedAt, tags } = record
  return { byline, siteName, url, addedAt, tags: [...tags] }
}
