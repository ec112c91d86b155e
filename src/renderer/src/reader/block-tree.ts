/**
 * The article's flat block list → the nesting the reading view renders. Each block names the
 * structures it sits in (`within`, outermost first); consecutive blocks that name the same
 * container id at the same depth share one node, so a list of three items becomes one list node
 * holding three item nodes, each holding its blocks. The model keeps blocks flat so offsets stay
 * a simple reading-order walk; only the view needs the tree. One pass, O(blocks × depth).
 */
import type { Block, Container } from '@shared/article'

/** A block rendered as one `[data-block]` element. */
export interface BlockLeaf {
  readonly kind: 'block'
  readonly block: Block
}

/** A structure (list, item, quote, table, row, cell) and what it holds, in reading order. */
export interface ContainerNode {
  readonly kind: 'container'
  readonly container: Container
  readonly children: ArticleNode[]
}

export type ArticleNode = BlockLeaf | ContainerNode

/**
 * Nest the blocks under their containers.
 *
 * @param blocks - the article's blocks in reading order
 * @returns the top-level nodes, in reading order
 */
export function buildBlockTree(blocks: readonly Block[]): ArticleNode[] {
  const roots: ArticleNode[] = []
  /** The containers the previous block sat in, outermost first. */
  const open: ContainerNode[] = []
  for (const block of blocks) {
    const within = block.within ?? []
    let shared = 0
    while (
      shared < open.length &&
      shared < within.length &&
      open[shared].container.id === within[shared].id
    ) {
      shared++
    }
    open.length = shared
    for (const container of within.slice(shared)) {
      const node: ContainerNode = { kind: 'container', container, children: [] }
      ;(open.at(-1)?.children ?? roots).push(node)
      open.push(node)
    }
    ;(open.at(-1)?.children ?? roots).push({ kind: 'block', block })
  }
  return roots
}
