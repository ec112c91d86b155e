// @vitest-environment jsdom
/**
 * The allow-list conversion, through `extractArticle` on a fragment (markup that is already the
 * article, as a paste or a Markdown file gives): each kind of block, structure and mark, white
 * space as a browser shows it, links and pictures, and what is dropped.
 */
import { Blob as NodeBlob } from 'node:buffer'
import { describe, expect, it, vi } from 'vitest'
import type { Article, Block } from '@shared/article'
import { fail } from '@shared/result'
import { extractArticle } from './extract-article'

// jsdom's Blob cannot give its bytes back (no arrayBuffer()); Node's can, as a browser's does.
vi.stubGlobal('Blob', NodeBlob)

const noReadability = async () => fail('invalid-payload', 'not used for fragments')

async function convert(html: string, resources = new Map<string, Blob>()): Promise<Article> {
  const result = await extractArticle(
    { kind: 'fragment', name: 'Pasted text', html, resources, title: 'Title' },
    { id: 'a1', signal: new AbortController().signal, findReadable: noReadability },
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.value.article
}

/** The blocks after the headline, without ids and offsets. */
async function blocks(html: string): Promise<Omit<Block, 'id' | 'start' | 'end'>[]> {
  const article = await convert(html)
  return article.blocks.slice(1).map((block) => {
    const rest: { -readonly [K in keyof Block]?: Block[K] } = { ...block }
    delete rest.id
    delete rest.start
    delete rest.end
    return rest as Omit<Block, 'id' | 'start' | 'end'>
  })
}

describe('html → blocks', () => {
  it('gives paragraphs and headings, white space collapsed as a browser shows it', async () => {
    expect(
      await blocks('<h2> A\n  heading </h2><p>  One\t two <br> three </p><h5>Deep</h5>'),
    ).toEqual([
      { kind: 'heading', text: 'A heading', level: 2 },
      { kind: 'paragraph', text: 'One two\nthree' },
      { kind: 'heading', text: 'Deep', level: 5 },
    ])
  })

  it('keeps a code listing as written', async () => {
    expect(await blocks('<pre>\nif (a) {\n  b()\n}\n</pre>')).toEqual([
      { kind: 'code', text: 'if (a) {\n  b()\n}' },
    ])
  })

  it('marks inline formatting over the text without changing it', async () => {
    const [block] = await blocks(
      '<p>a <em>b <strong>c</strong></em> <code>d</code> x<sup>2</sup></p>',
    )
    expect(block.text).toBe('a b c d x2')
    expect(block.marks).toEqual([
      { kind: 'emphasis', start: 2, end: 5 },
      { kind: 'strong', start: 4, end: 5 },
      { kind: 'code', start: 6, end: 7 },
      { kind: 'superscript', start: 9, end: 10 },
    ])
  })

  it('links only to https and mailto; any other link is plain text', async () => {
    const [block] = await blocks(
      '<p><a href="https://example.org/x">safe</a> <a href="javascript:alert(1)">js</a> ' +
        '<a href="data:text/html,hi">data</a> <a href="mailto:a@b.c">mail</a> <a href="/rel">rel</a></p>',
    )
    expect(block.text).toBe('safe js data mail rel')
    expect(block.marks).toEqual([
      { kind: 'link', start: 0, end: 4, href: 'https://example.org/x' },
      { kind: 'link', start: 13, end: 17, href: 'mailto:a@b.c' },
    ])
  })

  it('nests lists, items and quotes as containers shared by their blocks', async () => {
    const result = await blocks(
      '<blockquote><p>Q1</p><p>Q2</p></blockquote><ol start="3"><li>one<ul><li>inner</li></ul></li><li>two</li></ol>',
    )
    expect(result.map((block) => block.text)).toEqual(['Q1', 'Q2', 'one', 'inner', 'two'])
    expect(result[0].within).toEqual([{ kind: 'quote', id: 'c0' }])
    expect(result[1].within![0]).toBe(result[0].within![0])
    const list = { kind: 'list', id: 'c1', ordered: true, first: 3 }
    expect(result[2].within).toEqual([list, { kind: 'item', id: 'c2' }])
    expect(result[3].within).toEqual([
      list,
      { kind: 'item', id: 'c2' },
      { kind: 'list', id: 'c3', ordered: false },
      { kind: 'item', id: 'c4' },
    ])
    expect(result[4].within).toEqual([list, { kind: 'item', id: 'c5' }])
  })

  it('keeps a table cell by cell, empty cells and spans included', async () => {
    const result = await blocks(
      '<table><caption>Prices</caption><thead><tr><th colspan="2">Fruit</th></tr></thead>' +
        '<tbody><tr><td>Apple</td><td></td></tr></tbody></table>',
    )
    expect(result.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Prices'],
      ['paragraph', 'Fruit'],
      ['paragraph', 'Apple'],
      ['paragraph', ''],
    ])
    expect(result[1].within!.map((c) => c.kind)).toEqual(['table', 'row', 'cell'])
    expect(result[1].within![2]).toMatchObject({ header: true, colSpan: 2 })
    expect(result[3].within![2]).toMatchObject({ header: false })
  })

  it('makes a figure of a picture with everything else in it as the caption', async () => {
    const png = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 10, 0, 0, 0, 20))}`
    const result = await blocks(
      `<figure><img src="${png}" alt="A dot" width="10" height="20"><figcaption>A <em>tiny</em> dot</figcaption><span>Credit</span></figure>`,
    )
    expect(result).toEqual([
      {
        kind: 'figure',
        text: 'A tiny dot Credit',
        caption: 'A tiny dot Credit',
        creditSeparator: '',
        credit: '',
        image: 'picture-1.png',
        alt: 'A dot',
        width: 10,
        height: 20,
        marks: [{ kind: 'emphasis', start: 2, end: 6 }],
      },
    ])
  })

  it('does not take the fallback picture of a video or object in a figure for its picture', async () => {
    const result = await blocks(
      `<figure><video src="https://example.com/v.mp4"><img src="https://example.com/poster.png" alt="Poster"></video><figcaption>A clip</figcaption></figure>`,
    )
    expect(result).toEqual([{ kind: 'paragraph', text: 'A clip' }])
  })

  it('shows a picture that stands alone as a figure, and one inside text as an inline picture', async () => {
    const result = await blocks(
      '<p><img src="https://cdn.example.com/a.jpg" alt="A"></p><p>See <img src="https://cdn.example.com/b.jpg" alt="B"> here</p>',
    )
    expect(result[0]).toMatchObject({
      kind: 'figure',
      image: null,
      alt: 'A',
      remoteHost: 'cdn.example.com',
    })
    expect(result[1]).toMatchObject({ kind: 'paragraph', text: 'See here' })
    expect(result[1].marks).toEqual([
      { kind: 'image', start: 4, end: 4, image: null, alt: 'B', remoteHost: 'cdn.example.com' },
    ])
  })

  it('drops what is not text: scripts, styles, frames, forms’ controls, SVG, media', async () => {
    const result = await blocks(
      '<p>kept</p><script>x()</script><style>p{}</style><iframe src="https://a.b"></iframe>' +
        '<form><input value="v"><button>Go</button>Form text</form><svg><text>svg</text></svg>' +
        '<video src="v.mp4">video</video><noscript>ns</noscript>',
    )
    expect(result.map((block) => block.text)).toEqual(['kept', 'Form text'])
  })

  it('cuts a link that spans two paragraphs at the break', async () => {
    const result = await blocks('<a href="https://e.org/"><p>one</p><p>two</p></a>')
    expect(result.map((block) => block.marks)).toEqual([
      [{ kind: 'link', start: 0, end: 3, href: 'https://e.org/' }],
      [{ kind: 'link', start: 0, end: 3, href: 'https://e.org/' }],
    ])
  })

  it('reads a page nested far deeper than the walk goes, as text', async () => {
    const depth = 3000
    const article = await convert(`${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`)
    expect(article.text).toContain('deep text')
  })

  it('keeps the offsets of every block exact in the canonical text', async () => {
    const article = await convert('<p>one <b>two</b></p><ul><li>three</li></ul><pre>  four</pre>')
    for (const block of article.blocks)
      expect(article.text.slice(block.start, block.end)).toBe(block.text)
    expect(article.blocks[0]).toMatchObject({ kind: 'headline', text: 'Title' })
  })

  it('drops a first heading that only repeats the title', async () => {
    expect((await blocks('<h1>Title</h1><p>Body</p>')).map((block) => block.text)).toEqual(['Body'])
  })

  it('refuses markup with nothing to show', async () => {
    const result = await extractArticle(
      {
        kind: 'fragment',
        name: 'Pasted text',
        html: '<script>x()</script> ',
        resources: new Map(),
      },
      { id: 'a1', signal: new AbortController().signal, findReadable: noReadability },
    )
    expect(result).toEqual(
      fail('invalid-payload', '“Pasted text” has no text or pictures Gloss can show.'),
    )
  })
})
