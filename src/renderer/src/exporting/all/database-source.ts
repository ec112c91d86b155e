/**
 * The library export's reads over the Gloss database: the article rows and the chunks from
 * `db/library-export-reads.ts`, through whatever runs a read (the storage store in the app, a
 * test database in tests), and the bundled article's blocks from wherever the host serves them.
 */
import type { Article } from '@shared/article'
import type { GlossDatabase } from '@renderer/db/database'
import { listExportedArticles, readExportChunk } from '@renderer/db/library-export-reads'
import type { LibraryExportSource } from './library-inputs'

/** Runs a read; resolves undefined when the database could not be read. */
export type ReadDatabase = <T>(work: (db: GlossDatabase) => Promise<T>) => Promise<T | undefined>

/** What a failed read is reported with (the storage store's problem, when it has one). */
export class ExportReadFailed extends Error {}

/**
 * @param read - runs a read (`useStorageStore().read`)
 * @param sampleArticle - the bundled article's blocks
 * @param unreadable - the sentence a failed read gives
 */
export function databaseExportSource(
  read: ReadDatabase,
  sampleArticle: () => Promise<Article | undefined>,
  unreadable: () => string = () => 'Gloss could not read its saved data.',
): LibraryExportSource {
  async function orFail<T>(value: Promise<T | undefined>): Promise<T> {
    const result = await value
    if (result === undefined) throw new ExportReadFailed(unreadable())
    return result
  }
  return {
    articles: () => orFail(read(listExportedArticles)),
    chunk: (records) => orFail(read((db) => readExportChunk(db, records))),
    sampleArticle,
  }
}
