/**
 * The whole library as export inputs, one per article, read a few articles at a time: each
 * article outside the Trash with its highlights in reading order (with their sections), its
 * note and what the library knows of it (`ExportArticle.library`). The reading is sliced: the
 * page gets its turn between articles (`sliced`), a cancel is honoured between them, and
 * progress is told as articles done of the total.
 */
import type { Article } from '@shared/article'
import type { ArticleRecord } from '@renderer/db/database'
import type { ExportedArticleData } from '@renderer/db/library-export-reads'
import { sliced } from '@renderer/backup/time-slices'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import type { ExportInput, ExportOptions } from '@renderer/exporting/formats/types'

/** Where the inputs come from: the database's reads, and the host's bundled article. */
export interface LibraryExportSource {
  /** Every article outside the Trash, oldest added first (`listExportedArticles`). */
  articles(): Promise<readonly ArticleRecord[]>
  /** Their bodies, highlights and notes (`readExportChunk`). */
  chunk(records: readonly ArticleRecord[]): Promise<readonly ExportedArticleData[]>
  /** The bundled article's blocks (not in the database); undefined when the host has none. */
  sampleArticle(): Promise<Article | undefined>
}

/** Articles read per transaction: the bodies and rows of one chunk arrive in one task. */
export const ARTICLES_PER_READ = 10

/** Told after each article: how many are done, of how many. */
export type ExportProgress = (done: number, total: number) => void

/** Thrown (and caught by the flow) when the reader cancels an export. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.')
    this.name = 'ExportCancelled'
  }
}

/** @param signal - the export's cancel */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled()
}

/**
 * One article's export input.
 *
 * @param data - the article as read
 * @param sample - the bundled article's blocks, for its row
 * @param exportedAt - the export's time
 * @param options - the export's choices
 */
export function articleInput(
  data: ExportedArticleData,
  sample: Article | undefined,
  exportedAt: Date,
  options: ExportOptions,
): ExportInput {
  const { record } = data
  const blocks = data.body ?? (record.origin === 'bundled' ? sample : undefined)
  const sections = { title: record.title, blocks: blocks?.blocks ?? [] }
  return {
    article: {
      id: record.id,
      title: record.title,
      source: blocks?.source || record.url || record.siteName,
      library: {
        byline: record.byline,
        siteName: record.siteName,
        url: record.url,
        addedAt: record.addedAt,
        tags: [...record.tags],
      },
    },
    annotations: readingOrder(sections, data.annotations),
    articleNote: data.note,
    exportedAt,
    options,
  }
}

/**
 * Every article's export input, in the order the articles were added.
 *
 * @param source - the reads
 * @param records - the articles, from `source.articles()`
 * @param each - called with each input, in order; may return a promise (a ZIP being written)
 * @param settings - the time, the choices, the cancel and the progress
 * @returns how many articles and highlights were exported
 */
export async function forEachLibraryInput(
  source: LibraryExportSource,
  records: readonly ArticleRecord[],
  each: (input: ExportInput, record: ArticleRecord) => void | Promise<void>,
  settings: {
    readonly exportedAt: Date
    readonly options: ExportOptions
    readonly signal?: AbortSignal
    readonly progress?: ExportProgress
  },
): Promise<{ articles: number; highlights: number }> {
  const { exportedAt, options, signal, progress = () => undefined } = settings
  const pause = sliced()
  const sample = records.some((record) => record.origin === 'bundled')
    ? await source.sampleArticle()
    : undefined
  let highlights = 0
  progress(0, records.length)
  for (let at = 0; at < records.length; at += ARTICLES_PER_READ) {
    throwIfCancelled(signal)
    const chunk = await source.chunk(records.slice(at, at + ARTICLES_PER_READ))
    for (const [i, data] of chunk.entries()) {
      await pause()
      throwIfCancelled(signal)
      const input = articleInput(data, sample, exportedAt, options)
      highlights += input.annotations.length
      await each(input, data.record)
      progress(at + i + 1, records.length)
    }
  }
  return { articles: records.length, highlights }
}
