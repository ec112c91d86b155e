import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import seedText from '../../../../../resources/articles/putin-syria-withdrawal/article.txt?raw'
import { readingOrder, sectionAt } from './reading-order'

function seed(): Article {
  const result = parseArticle(seedText, { id: 'seed' })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const article = seed()
const TITLE = 'Putin orders Russian troops out of Syria'

/** Offset of the first occurrence of a phrase in the seed's canonical text. */
function at(phrase: string): number {
  const offset = article.text.indexOf(phrase)
  if (offset < 0) throw new Error(`Not in the seed: ${phrase}`)
  return offset
}

function annotation(id: string, start: number, end: number, createdAt = 0): Annotation {
  return {
    id,
    articleId: 'seed',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt,
    updatedAt: createdAt,
    target: {
      quote: { exact: article.text.slice(start, end), prefix: '', suffix: '' },
      position: { start, end },
    },
  }
}

describe('sectionAt on the seed article', () => {
  it('names the headline and the standfirst', () => {
    expect(sectionAt(article, at('orders Russian troops'))).toBe('Headline')
    expect(sectionAt(article, at('has ordered Russian forces'))).toBe('Standfirst')
    expect(sectionAt(article, at("'The motherland is proud of you,' president"))).toBe('Standfirst')
  })

  it('uses the title before the first heading and the heading after it', () => {
    expect(sectionAt(article, at('Various international forces'))).toBe(TITLE)
    expect(sectionAt(article, at("Putin's first visit"))).toBe("Putin's first visit")
    expect(sectionAt(article, at('Putin has hosted Assad twice'))).toBe("Putin's first visit")
    expect(sectionAt(article, at('With files from'))).toBe("Putin's first visit")
  })

  it('labels photo captions with the section they sit in', () => {
    expect(sectionAt(article, at('Russian President Vladimir Putin, right'))).toBe(
      `Photo caption, ${TITLE}`,
    )
    expect(sectionAt(article, at('A Russian soldier stands guard'))).toBe(`Photo caption, ${TITLE}`)
  })

  it('puts an offset between two blocks in the block that follows', () => {
    const heading = at("Putin's first visit")
    expect(sectionAt(article, heading - 1)).toBe("Putin's first visit")
    expect(sectionAt(article, heading - 2)).toBe("Putin's first visit")
    expect(sectionAt(article, heading - 3)).toBe(TITLE)
  })
})

describe('readingOrder', () => {
  const late = annotation('c', at('Putin has hosted'), at('Putin has hosted') + 16)
  const earlyLong = annotation('b', at('Various'), at('Various') + 40)
  const earlyShort = annotation('a', at('Various'), at('Various') + 7)

  it('sorts by start, then end, and labels each with its section', () => {
    const ordered = readingOrder(article, [late, earlyLong, earlyShort])
    expect(ordered.map((a) => [a.id, a.section])).toEqual([
      ['a', TITLE],
      ['b', TITLE],
      ['c', "Putin's first visit"],
    ])
  })

  it('breaks exact ties by creation time, then id, and leaves the input alone', () => {
    const first = annotation('z', 10, 20, 1)
    const second = annotation('y', 10, 20, 2)
    const third = annotation('x', 10, 20, 2)
    const input = [second, first, third]
    expect(readingOrder(article, input).map((a) => a.id)).toEqual(['z', 'x', 'y'])
    expect(input.map((a) => a.id)).toEqual(['y', 'z', 'x'])
  })

  it('keeps every stored field', () => {
    const [exported] = readingOrder(article, [late])
    expect(exported).toEqual({ ...late, section: "Putin's first visit" })
  })
})
