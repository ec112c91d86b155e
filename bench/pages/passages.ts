/**
 * Where the benchmarks put their annotations and highlights: word-aligned passages of the long
 * article's paragraphs, drawn from a seeded generator so both sides of a pair, and every run,
 * get the same ones. Passages stay inside one paragraph, as most readers' highlights do.
 */
import type { Article, Block } from '@shared/article'
import type { TextRange } from '@renderer/anchoring'
import { seededRandom } from './random'

const SPACE = /\s/

function paragraphs(article: Article): Block[] {
  return article.blocks.filter((block) => block.kind === 'paragraph')
}

/**
 * `[from, to)` of a block's text widened (outwards) or narrowed (inwards) to whole words, in
 * canonical offsets; null when no word is left.
 */
function wordAligned(block: Block, from: number, to: number, inwards: boolean): TextRange | null {
  const { text } = block
  const inWord = (i: number): boolean => i > 0 && i < text.length && !SPACE.test(text[i - 1])
  let start = from
  let end = to
  while (inWord(start) && !SPACE.test(text[start])) start += inwards ? 1 : -1
  while (inWord(end) && !SPACE.test(text[end])) end += inwards ? -1 : 1
  while (start < end && SPACE.test(text[start])) start++
  while (end > start && SPACE.test(text[end - 1])) end--
  return end > start ? { start: block.start + start, end: block.start + end } : null
}

/**
 * Passages that may overlap, as stored annotations do: each in a random paragraph of at least
 * 80 characters, 40 to 200 characters long.
 *
 * @param article - the long article
 * @param count - how many
 * @param seed - same seed, same passages
 */
export function annotationPassages(article: Article, count: number, seed: number): TextRange[] {
  const random = seededRandom(seed)
  const blocks = paragraphs(article).filter((block) => block.text.length >= 80)
  const passages: TextRange[] = []
  while (passages.length < count) {
    const block = blocks[Math.floor(random() * blocks.length)]
    const length = Math.min(block.text.length, 40 + Math.floor(random() * 160))
    const from = Math.floor(random() * (block.text.length - length + 1))
    const passage = wordAligned(block, from, from + length, false)
    if (passage) passages.push(passage)
  }
  return passages
}

/**
 * Passages that never overlap, spread evenly over the whole article, as painted highlights:
 * the paragraphs are shared out in turn and each passage fills half or more of its share.
 *
 * @param article - the long article
 * @param count - how many
 * @param seed - same seed, same passages
 */
export function spreadPassages(article: Article, count: number, seed: number): TextRange[] {
  const random = seededRandom(seed)
  const blocks = paragraphs(article)
  const passages: TextRange[] = []
  for (let b = 0; b < blocks.length; b++) {
    const first = Math.ceil((b * count) / blocks.length)
    const shares = Math.ceil(((b + 1) * count) / blocks.length) - first
    const { text } = blocks[b]
    for (let s = 0; s < shares; s++) {
      const shareStart = Math.floor((s * text.length) / shares)
      const shareEnd = Math.floor(((s + 1) * text.length) / shares)
      const length = Math.ceil((shareEnd - shareStart) * (0.5 + random() * 0.5))
      const from = shareStart + Math.floor(random() * (shareEnd - shareStart - length + 1))
      // Inwards, so neighbours never meet; a share inside one long word is kept whole.
      const passage = wordAligned(blocks[b], from, from + length, true)
      passages.push(
        passage ?? { start: blocks[b].start + shareStart, end: blocks[b].start + shareEnd },
      )
    }
  }
  return passages
}
