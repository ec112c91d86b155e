import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLOCK_SEPARATOR, type Article, type FigureBlock } from './article'
import { parseArticle } from './parse-article'

const SEED = readFileSync(
  join(__dirname, '../../resources/articles/putin-syria-withdrawal/article.txt'),
  'utf8',
)
const NBSP = '\u00a0'

function parsed(text: string, images?: readonly string[]): Article {
  const result = parseArticle(text, { id: 'test', images })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('parseArticle on the seed', () => {
  const article = parsed(SEED, ['photo-1.svg', 'photo-2.svg'])

  it('yields exactly the blocks a reader sees, in order', () => {
    // Written by hand from the text: kinds and how each block starts.
    const expected: [string, string][] = [
      ['headline', 'Putin orders Russian troops out of Syria'],
      ['dek', 'President Vladimir Putin has ordered Russian forces'],
      ['dek', "'The motherland is proud of you,' president told"],
      ['figure', 'Russian President Vladimir Putin, right, and Syrian'],
      ['paragraph', `President Vladimir Putin on${NBSP}Monday ordered`],
      ['paragraph', `Putin made the announcement during a surprise visit to${NBSP}Russia's`],
      ['paragraph', 'Various international forces have made claims'],
      ['paragraph', `In a televised speech to the Russian troops at the base, Putin${NBSP}hailed`],
      ['paragraph', '"You have shown the best qualities of a Russian soldier'],
      ['figure', 'A Russian soldier stands guard near a Syrian national flag'],
      ['paragraph', 'Russia launched its air campaign in Syria'],
      ['paragraph', 'Russian television stations showed Putin'],
      ['heading', "Putin's first visit"],
      ['paragraph', 'Putin has hosted Assad twice in the past six years'],
      ['paragraph', `Putin${NBSP}said that he had ordered the military`],
      ['paragraph', '"Friends, the motherland is waiting for you,"'],
      ['paragraph', 'Gen. Sergei Surovikin, the Russian military commander'],
      ['paragraph', `Surovikin said the remaining forces will be sufficient to${NBSP}`],
      ['paragraph', 'Putin said Russia would maintain its presence'],
      ['paragraph', 'Insurgents still control several areas in Syria'],
      ['paragraph', 'Putin told Assad he would discuss the prospects'],
      ['paragraph', '"I hope that together with Turkey and Iran'],
      ['attribution', 'With files from The Associated Press'],
    ]
    expect(article.blocks.map((b) => b.kind)).toEqual(expected.map(([kind]) => kind))
    article.blocks.forEach((block, i) => expect(block.text.startsWith(expected[i][1])).toBe(true))
    expect(article.blocks.map((b) => b.id)).toEqual(expected.map((_, i) => `b${i}`))
  })

  it('counts 1 headline, 2 deks, 2 figures, 1 heading, 16 paragraphs, 1 attribution', () => {
    const count = (kind: string): number => article.blocks.filter((b) => b.kind === kind).length
    expect([
      count('headline'),
      count('dek'),
      count('figure'),
      count('heading'),
      count('paragraph'),
      count('attribution'),
    ]).toEqual([1, 2, 2, 1, 16, 1])
  })

  it('splits each caption from its credit and gives the figures their images in order', () => {
    const figures = article.blocks.filter((b): b is FigureBlock => b.kind === 'figure')
    expect(figures.map((f) => f.credit)).toEqual([
      'Mikhail Klimentyev/Sputnik/Kremlin/Associated Press',
      'Omar Sanadiki/Reuters',
    ])
    expect(figures.map((f) => f.image)).toEqual(['photo-1.svg', 'photo-2.svg'])
    expect(figures[0].caption).toBe(
      'Russian President Vladimir Putin, right, and Syrian President Bashar al-Assad watch ' +
        'troops marching at the Hmeymim air base in Syria on Monday. Declaring a victory over ' +
        'ISIS in Syria, Putin announced a partial pullout of Russian forces.',
    )
    expect(figures[1].caption.endsWith("between rebels and Syria's army, on May 21.")).toBe(true)
    for (const f of figures) {
      expect(f.text).toBe(`${f.caption}${f.creditSeparator}(${f.credit})`)
      expect(f.alt.length).toBeGreaterThan(0)
    }
    expect(figures[0].alt).toBe(
      'Russian President Vladimir Putin, right, and Syrian President Bashar al-Assad watch ' +
        'troops marching at the Hmeymim air base in Syria on Monday.',
    )
  })

  it('keeps U+00A0, the em dash and straight quotes exactly as written', () => {
    const quote = article.blocks[8].text
    expect(quote).toBe(
      `"You have shown the best qualities of a Russian soldier \u2014${NBSP}courage, valour, ` +
        `team spirit, decisiveness and excellent skills," he said. "The motherland is proud ` +
        `of you."${NBSP}`,
    )
    expect(article.blocks[4].text.endsWith(`destroying ISIS.${NBSP}`)).toBe(true)
    expect(article.text.split(NBSP).length - 1).toBe(SEED.split(NBSP).length - 1)
  })

  it('joins block texts with the separator and records each block range in that text', () => {
    expect(article.text).toBe(article.blocks.map((b) => b.text).join(BLOCK_SEPARATOR))
    for (const block of article.blocks) {
      expect(article.text.slice(block.start, block.end)).toBe(block.text)
    }
    expect(article.title).toBe('Putin orders Russian troops out of Syria')
  })

  it('finds the pull quote twice, once in the standfirst and once in the body', () => {
    const occurrences = [...article.text.matchAll(/The motherland is proud of you/g)]
    expect(occurrences.map((m) => m.index)).toEqual([
      article.text.indexOf("'The motherland") + 1,
      article.text.indexOf('"The motherland') + 1,
    ])
  })
})

describe('parseArticle on other plain-text shapes', () => {
  it('reads an article without figures: headline, paragraphs, no standfirst', () => {
    const article = parsed('A title\n\nFirst paragraph.\n\nSecond paragraph.')
    expect(article.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph'])
  })

  it('recognises several section headings', () => {
    const text = [
      'Title',
      'Intro text.',
      'One heading',
      'Body one.',
      'Another heading',
      'Body two.',
    ].join('\n\n')
    expect(parsed(text).blocks.map((b) => b.kind)).toEqual([
      'headline',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ])
  })

  it('treats CRLF and CR line ends like LF, and drops a leading BOM', () => {
    const lf = parsed('Title\n\nBody line.\n\nMore.')
    expect(parsed('\uFEFFTitle\r\n\r\nBody line.\r\n\r\nMore.\r\n').text).toBe(lf.text)
    expect(parsed('Title\r\rBody line.\r\rMore.').text).toBe(lf.text)
  })

  it('joins hard-wrapped lines of one paragraph with a single space', () => {
    const article = parsed('Title\n\nA line that wraps   \n  onto the next.')
    expect(article.blocks[1].text).toBe('A line that wraps onto the next.')
  })

  it('leaves a figure without a listed image with a null image', () => {
    const article = parsed('Title\n\nA caption. (Jane Doe/Agency)\n\nBody.')
    const figure = article.blocks[1] as FigureBlock
    expect([figure.kind, figure.image, figure.credit]).toEqual(['figure', null, 'Jane Doe/Agency'])
  })

  it('does not take a parenthesis without a slash for a credit', () => {
    expect(parsed('Title\n\nSomething happened (again).').blocks[1].kind).toBe('paragraph')
  })

  it('refuses empty and blank input with a clear error', () => {
    for (const text of ['', '   \n\n \t\n', '\uFEFF']) {
      const result = parseArticle(text, { id: 'x' })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/empty/)
    }
  })
})
