/**
 * Test helpers for the library: small articles made by the plain-text parser, each with its own
 * text (so no two are duplicates unless a test wants them to be), and a database opened on a
 * fresh fake IndexedDB that the test closes when it ends.
 */
import { onTestFinished } from 'vitest'
import type { Article, ArticleMeta } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { openDatabase } from './connection'
import type { GlossDatabase } from './database'
import { freshIndexedDb } from './test-databases'

/**
 * An article titled `title`, whose paragraph mentions the title (so texts differ).
 *
 * @param id - its id
 * @param title - its headline
 * @param meta - what the page said about itself
 */
export function testArticle(id: string, title: string, meta?: ArticleMeta): Article {
  const result = parseArticle(`${title}\n\nA paragraph about ${title}, written for ${id}.\n`, {
    id,
  })
  if (!result.ok) throw new Error(result.error.message)
  return { ...result.value, ...(meta && { meta }) }
}

/** A fresh database at this code's schema, closed when the test ends. */
export async function openTestDatabase(): Promise<GlossDatabase> {
  const { db } = await openDatabase(freshIndexedDb())
  onTestFinished(() => db!.close())
  return db!
}
