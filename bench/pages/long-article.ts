/**
 * The benchmarks' long article: the bundled seed article repeated, parsed by the app's own
 * parser, so block kinds, offsets and the canonical text are exactly what the reader would hold.
 * One hundred copies make about 384,000 characters of canonical text in 2,300 blocks.
 */
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import seedText from '../../resources/articles/putin-syria-withdrawal/article.txt?raw'

/** @param copies - how many times the seed is repeated */
export function buildLongArticle(copies: number): Article {
  const parsed = parseArticle(Array(copies).fill(seedText).join('\n\n'), {
    id: `bench-seed-x${copies}`,
  })
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}
