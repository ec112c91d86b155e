/**
 * The app's own database, written from the lab page: the lab is served from the app's origin,
 * so it shares the app's IndexedDB. Metrics 6 and 8 make an article's stored annotations once
 * (`annotationsOf`) and store them in each fresh profile (`store`), through the app's schema and
 * write module, before they open the app in that profile.
 */
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { putAnnotations } from '@renderer/db/annotations'
import { GlossDatabase } from '@renderer/db/database'
import { storedAnnotations } from '../stored-annotations'

/**
 * @param article - the article the app will open
 * @param count - how many annotations
 * @returns the annotations as JSON (one string crosses to Node far faster than 10,000 objects)
 */
export function annotationsOf(article: Article, count: number): string {
  return JSON.stringify(storedAnnotations(article, count, count + 6))
}

/**
 * Store annotations in the app's database (created if missing).
 *
 * @param json - from `annotationsOf`
 * @returns how many annotations the database holds now
 */
export async function store(json: string): Promise<number> {
  const db = new GlossDatabase()
  try {
    await putAnnotations(db, JSON.parse(json) as Annotation[])
    return await db.annotations.count()
  } finally {
    db.close()
  }
}
