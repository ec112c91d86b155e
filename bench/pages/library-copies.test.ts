import { describe, expect, it } from 'vitest'
import { parseArticle } from '@shared/parse-article'
import { closestInLength, FIRST_ADDED, libraryCopies, type SourceArticle } from './library-copies'

function source(id: string, words: number, images = new Map<string, Blob>()): SourceArticle {
  const text = `Title ${id}\n\n${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}\n`
  const parsed = parseArticle(text, { id })
  if (!parsed.ok) throw new Error(parsed.error.message)
  return { article: parsed.value, images, hash: `hash-${id}` }
}

const sources = [
  source('a', 10),
  source('b', 200, new Map([['p.png', new Blob(['12345'])]])),
  source('c', 50),
]

describe('closestInLength', () => {
  it('picks the source whose text is nearest the length wanted', () => {
    expect(closestInLength(sources, sources[2].article.text.length + 20)).toBe(2)
    expect(closestInLength(sources, 100_000)).toBe(1)
    expect(closestInLength(sources, 0)).toBe(0)
  })
})

describe('libraryCopies', () => {
  const size = 10
  const { rows, bodies, images } = libraryCopies(sources, size, 2)

  it('gives every article its own id, row and body, added a minute apart', () => {
    expect(rows.map((row) => row.id)).toEqual(Array.from({ length: size }, (_, i) => `bench-${i}`))
    expect(bodies.map((body) => [body.id, body.article.id])).toEqual(
      rows.map((row) => [row.id, row.id]),
    )
    expect(rows.map((row) => row.addedAt - FIRST_ADDED)).toEqual(
      Array.from({ length: size }, (_, i) => i * 60_000),
    )
  })

  it('copies the sources round-robin, and the chosen one as the newest, unread', () => {
    expect(rows.slice(0, 4).map((row) => row.title)).toEqual([
      'Title a',
      'Title b',
      'Title c',
      'Title a',
    ])
    expect(rows.slice(0, 4).map((row) => row.contentHash)).toEqual([
      'hash-a',
      'hash-b',
      'hash-c',
      'hash-a',
    ])
    const newest = rows[size - 1]
    expect(newest.title).toBe('Title c')
    expect(bodies[size - 1].article.blocks).toEqual(sources[2].article.blocks)
    expect([newest.openedAt, newest.progress, newest.readState]).toEqual([0, 0, 'unread'])
  })

  it('mixes read states, each in step with its progress, all on the reading list', () => {
    expect(new Set(rows.map((row) => row.readState))).toEqual(
      new Set(['unread', 'in-progress', 'finished']),
    )
    for (const row of rows) {
      expect(row.shelf).toBe('reading')
      if (row.readState === 'finished') expect(row.progress).toBeGreaterThanOrEqual(0.95)
      if (row.readState === 'unread') expect([row.openedAt, row.progress]).toEqual([0, 0])
    }
  })

  it("stores each copy's pictures under its own id", () => {
    expect(images.map((image) => [image.articleId, image.name, image.bytes])).toEqual([
      ['bench-1', 'p.png', 5],
      ['bench-4', 'p.png', 5],
      ['bench-7', 'p.png', 5],
    ])
  })
})
