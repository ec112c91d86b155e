/**
 * Stored annotations as Gloss writes them, for the benchmarks that need many: seeded passages of
 * an article (`annotationPassages`, which may overlap), described the app's way
 * (`describeRange`), one in three with a Markdown note and one in four with tags, so every part
 * of the code that reads them has work to do. Same article, count and seed: the same rows.
 */
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { HIGHLIGHT_COLORS, type Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { annotationPassages } from './passages'

/**
 * @param article - the article they annotate
 * @param count - how many
 * @param seed - same seed, same passages
 */
export function storedAnnotations(article: Article, count: number, seed: number): Annotation[] {
  const index = createTextIndex(article.text)
  const createdAt = Date.UTC(2026, 0, 1)
  return annotationPassages(article, count, seed).map((passage, i) => {
    const target = describeRange(index, passage)
    if (!target) throw new Error(`No text at ${passage.start}.`)
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      articleId: article.id,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length],
      note: i % 3 === 0 ? `A **note** on passage ${i}, with [a link](https://example.org).` : '',
      tags: i % 4 === 0 ? ['syria', `topic ${i % 7}`] : [],
      createdAt: createdAt + i * 60_000,
      updatedAt: createdAt + i * 90_000,
      target,
    }
  })
}
