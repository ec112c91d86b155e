/**
 * Test helper: an `Article` from its blocks' texts, with the offsets, ids and canonical text
 * computed the way the model defines them, so tests write structure and marks, never numbers.
 */
import { BLOCK_SEPARATOR, type Article, type ArticleMeta, type Block } from '@shared/article'

/** A block as a test writes it: everything but its id and offsets. */
export type BlockSpec = Block extends infer B
  ? B extends Block
    ? Omit<B, 'id' | 'start' | 'end'>
    : never
  : never

/**
 * Where `needle` first occurs in `text`; throws when it does not, so a typo fails loudly.
 *
 * @param text - a block's text
 * @param needle - the passage
 * @param from - where to start looking
 */
export function spanOf(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from)
  if (start === -1) throw new Error(`${JSON.stringify(needle)} is not in ${JSON.stringify(text)}`)
  return { start, end: start + needle.length }
}

/**
 * Number the blocks `b0`, `b1`... and give each its `[start, end)` in the canonical text.
 *
 * @param blocks - the blocks in reading order
 * @param extra - meta and asset folder, when the test needs them
 */
export function testArticle(
  blocks: readonly BlockSpec[],
  extra: { meta?: ArticleMeta; assetBase?: string } = {},
): Article {
  let start = 0
  const numbered = blocks.map((spec, i) => {
    const block = { ...spec, id: `b${i}`, start, end: start + spec.text.length } as Block
    start = block.end + BLOCK_SEPARATOR.length
    return block
  })
  return {
    id: 'test-article',
    title: numbered[0]?.text ?? '',
    source: '',
    blocks: numbered,
    text: numbered.map((block) => block.text).join(BLOCK_SEPARATOR),
    assetBase: extra.assetBase ?? '',
    ...(extra.meta ? { meta: extra.meta } : {}),
  }
}
