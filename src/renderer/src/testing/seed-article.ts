/**
 * Test helper: the bundled seed article, parsed by the same parser the hosts use, with the
 * photo files the bundle lists.
 */
import seedText from '../../../../resources/articles/putin-syria-withdrawal/article.txt?raw'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'

export function seedArticle(): Article {
  const result = parseArticle(seedText, {
    id: 'seed-720a579d1653449e',
    images: ['photo-1.svg', 'photo-2.svg'],
    assetBase: 'articles/putin-syria-withdrawal/',
  })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
