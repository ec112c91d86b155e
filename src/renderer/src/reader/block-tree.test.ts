import { describe, expect, it } from 'vitest'
import type { Container } from '@shared/article'
import { buildBlockTree, type ArticleNode } from './block-tree'
import { testArticle, type BlockSpec } from './test-article'

/** The tree as nested arrays of container ids and block texts, easy to read in an assertion. */
type Shape = string | { [id: string]: Shape[] }
function shape(nodes: readonly ArticleNode[]): Shape[] {
  return nodes.map((node) =>
    node.kind === 'block'
      ? node.block.text
      : { [`${node.container.kind}:${node.container.id}`]: shape(node.children) },
  )
}

const paragraph = (text: string, ...within: Container[]): BlockSpec => ({
  kind: 'paragraph',
  text,
  within,
})

const list = (id: string, ordered = false): Container => ({ kind: 'list', id, ordered })
const item = (id: string): Container => ({ kind: 'item', id })

describe('buildBlockTree', () => {
  it('keeps top-level blocks flat and in order', () => {
    const article = testArticle([
      { kind: 'headline', text: 'Title' },
      paragraph('One'),
      paragraph('Two'),
    ])
    expect(shape(buildBlockTree(article.blocks))).toEqual(['Title', 'One', 'Two'])
  })

  it('nests a list inside an item of another list, and closes both before the next block', () => {
    const outer = list('l1')
    const inner = list('l2', true)
    const article = testArticle([
      paragraph('Before'),
      paragraph('First', outer, item('i1')),
      paragraph('Second', outer, item('i2')),
      paragraph('Second, a', outer, item('i2'), inner, item('i3')),
      paragraph('Second, b', outer, item('i2'), inner, item('i4')),
      paragraph('Third', outer, item('i5')),
      paragraph('After'),
    ])
    expect(shape(buildBlockTree(article.blocks))).toEqual([
      'Before',
      {
        'list:l1': [
          { 'item:i1': ['First'] },
          {
            'item:i2': [
              'Second',
              { 'list:l2': [{ 'item:i3': ['Second, a'] }, { 'item:i4': ['Second, b'] }] },
            ],
          },
          { 'item:i5': ['Third'] },
        ],
      },
      'After',
    ])
  })

  it('holds a list inside a quote, next to the quote’s own paragraphs', () => {
    const quote: Container = { kind: 'quote', id: 'q1' }
    const article = testArticle([
      paragraph('Quoted', quote),
      paragraph('Point', quote, list('l1'), item('i1')),
      paragraph('Still quoted', quote),
    ])
    expect(shape(buildBlockTree(article.blocks))).toEqual([
      { 'quote:q1': ['Quoted', { 'list:l1': [{ 'item:i1': ['Point'] }] }, 'Still quoted'] },
    ])
  })

  it('builds a table of rows of cells, header cells keeping their spans', () => {
    const table: Container = { kind: 'table', id: 't1' }
    const header: Container = { kind: 'cell', id: 'c1', header: true, colSpan: 2 }
    const article = testArticle([
      paragraph('Both', table, { kind: 'row', id: 'r1' }, header),
      paragraph('A', table, { kind: 'row', id: 'r2' }, { kind: 'cell', id: 'c2', header: false }),
      paragraph('', table, { kind: 'row', id: 'r2' }, { kind: 'cell', id: 'c3', header: false }),
    ])
    const tree = buildBlockTree(article.blocks)
    expect(shape(tree)).toEqual([
      {
        'table:t1': [
          { 'row:r1': [{ 'cell:c1': ['Both'] }] },
          { 'row:r2': [{ 'cell:c2': ['A'] }, { 'cell:c3': [''] }] },
        ],
      },
    ])
    const firstRow = (tree[0] as { children: ArticleNode[] }).children[0]
    const firstCell = (firstRow as { children: ArticleNode[] }).children[0]
    expect(firstCell.kind === 'container' && firstCell.container).toEqual(header)
  })

  it('starts a new structure when the same kind follows with another id', () => {
    const article = testArticle([
      paragraph('A', list('l1'), item('i1')),
      paragraph('B', list('l2'), item('i2')),
    ])
    expect(shape(buildBlockTree(article.blocks))).toEqual([
      { 'list:l1': [{ 'item:i1': ['A'] }] },
      { 'list:l2': [{ 'item:i2': ['B'] }] },
    ])
  })

  it('keeps every block exactly once, in reading order', () => {
    const article = testArticle([
      paragraph('A', list('l1'), item('i1')),
      paragraph('B'),
      paragraph('C', { kind: 'quote', id: 'q' }),
    ])
    const leaves: string[] = []
    const walk = (nodes: readonly ArticleNode[]): void =>
      nodes.forEach((n) => (n.kind === 'block' ? leaves.push(n.block.id) : walk(n.children)))
    walk(buildBlockTree(article.blocks))
    expect(leaves).toEqual(article.blocks.map((b) => b.id))
  })
})
