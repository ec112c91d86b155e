/**
 * Everything adding needs that the first screen does not: reading files (charsets, MHTML,
 * Markdown), extraction (DOMPurify, the conversion to blocks) and storing. Loaded on first use
 * by `useAddArticles`, so those libraries never delay opening an article.
 */
import type { ArticleFile } from '@shared/host'
import type { HostError, Result } from '@shared/result'
import type { DroppedItem } from './dropped-files'
import { readAddedFile, tooLarge } from './files/read-added-file'
import type { PageSource } from './page-source'

export { addArticle } from './add-article'
export { adoptWaiting, adoptedNotice } from '@renderer/importing/adoption'
export { createReadableClient } from './extract/readable-client'
export { readClipboard } from './files/read-added-file'

/** @param file - a file the host read (picked, or opened from the OS) */
export function fromHostFile(file: ArticleFile): Promise<Result<PageSource, HostError>> {
  const siblings = new Map(
    file.siblings.map(({ path, bytes }) => [path, new Blob([bytes as BlobPart])]),
  )
  return readAddedFile({ name: file.name, bytes: file.bytes, siblings })
}

/** @param item - a dropped file with the page folder beside it */
export async function fromDropped(item: DroppedItem): Promise<Result<PageSource, HostError>> {
  const refusal = tooLarge(item.name, item.file.size)
  if (refusal) return refusal
  const bytes = new Uint8Array(await item.file.arrayBuffer())
  return readAddedFile({ name: item.name, bytes, siblings: item.siblings })
}
