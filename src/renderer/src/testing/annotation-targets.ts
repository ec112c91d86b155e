/**
 * Test helper: stored targets for passages of the seed article, named by their text (and which
 * occurrence), as a reader's selection would describe them.
 */
import type { AnnotationTarget } from '@shared/annotation'
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { seedArticle } from './seed-article'

/**
 * The target of the `occurrence`th (1-based) occurrence of `passage` in the seed article.
 *
 * @param passage - text that occurs in the seed
 * @param occurrence - which occurrence
 */
export function seedTarget(passage: string, occurrence = 1): AnnotationTarget {
  const { text } = seedArticle()
  let start = -1
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(passage, start + 1)
    if (start === -1) throw new Error(`"${passage}" does not occur ${occurrence} times`)
  }
  const target = describeRange(createTextIndex(text), { start, end: start + passage.length })
  if (!target) throw new Error(`"${passage}" holds no text`)
  return target
}
