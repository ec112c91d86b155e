// The reading view on an article with every block kind, container and mark: the elements each
// becomes, the anchoring contract (buildDomTextMap accepts the DOM and maps passages inside
// list items, table cells, across marks and in a right-to-left article), links that only the
// host opens, and pictures from the provided resolver or shown as placeholders.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Article } from '@shared/article'
import { buildDomTextMap } from '@renderer/anchoring'
import { renderArticle } from '@renderer/anchoring/fixtures/render-article'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { host } from '@renderer/testing/fake-host'
import { provideArticleImages, type ArticleImageResolver } from './article-images'
import { richArticle, rightToLeftArticle } from './rich-article'
import ReaderArticle from './ReaderArticle.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  vi.restoreAllMocks()
})

async function render(article: Article, resolve?: ArticleImageResolver): Promise<HTMLElement> {
  const Provider = defineComponent({
    setup() {
      if (resolve) provideArticleImages(resolve)
      return () => h(ReaderArticle, { article })
    },
  })
  mounted = await mountComponent(Provider)
  return mounted.root.querySelector('article')!
}

function blockElement(root: Element, text: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[data-block]')].find(
    (element) => element.textContent === text,
  )
  if (!found) throw new Error(`no block renders ${JSON.stringify(text)}`)
  return found
}

/** The text a canonical passage maps to in the rendered article. */
function passage(root: Element, article: Article, needle: string): string {
  const start = article.text.indexOf(needle)
  expect(start).toBeGreaterThanOrEqual(0)
  return buildDomTextMap(root, article)
    .offsetsToRange({ start, end: start + needle.length })
    .toString()
}

describe('ReaderArticle on an article with everything', () => {
  const article = richArticle()

  it('renders text nodes that the anchoring text map accepts, block for block', async () => {
    const root = await render(article)
    const map = buildDomTextMap(root, article)
    for (const block of article.blocks) {
      expect(map.offsetsToRange(block).toString()).toBe(block.text)
    }
  })

  it('is rendered by the anchoring tests’ fixture too, figures without credit or caption included', () => {
    expect(() => buildDomTextMap(renderArticle(document, article), article)).not.toThrow()
  })

  it('maps passages inside a list item, a table cell, across marks and across blocks', async () => {
    const root = await render(article)
    expect(passage(root, article, 'sub-notes')).toBe('sub-notes')
    expect(passage(root, article, 'Height (m)')).toBe('Height (m)')
    expect(passage(root, article, 'report said so plainly.')).toBe('report said so plainly.')
    expect(passage(root, article, 'H2O, the area is 3 m2')).toBe('H2O, the area is 3 m2')
    expect(passage(root, article, 'two.\n\nThe sea')).toBe('two.The sea')
  })

  it('renders headings by level, two when none is given', async () => {
    const root = await render(article)
    expect(blockElement(root, 'Reading the water').tagName).toBe('H2')
    expect(
      ['three', 'four', 'five', 'six'].map((n) => blockElement(root, `Level ${n}`).tagName),
    ).toEqual(['H3', 'H4', 'H5', 'H6'])
  })

  it('renders lists with their numbering, nested inside their item', async () => {
    const root = await render(article)
    const ordered = blockElement(root, 'Check the gauge.').closest('ol')!
    expect(ordered.getAttribute('start')).toBe('3')
    expect(ordered.querySelectorAll(':scope > li')).toHaveLength(2)
    const inner = blockElement(root, 'Inner note one.').closest('ul')!
    expect(inner.parentElement?.tagName).toBe('LI')
    expect(inner.parentElement?.firstElementChild?.textContent).toBe('A note with sub-notes.')
    expect(blockElement(root, 'Plain first note.').closest('ul')?.getAttribute('start')).toBeNull()
  })

  it('renders the quote around its paragraph and its list', async () => {
    const root = await render(article)
    const quote = blockElement(root, 'Patience.').closest('blockquote')!
    expect(quote.querySelector('ul > li')?.textContent).toBe('Patience.')
    expect(blockElement(root, 'The sea does not hurry, and it is never late.').parentElement).toBe(
      quote,
    )
  })

  it('renders the table with header and spanning cells, in a wrapper that scrolls', async () => {
    const root = await render(article)
    const table = blockElement(root, 'Tide').closest('table')!
    expect(table.parentElement?.classList).toContain('table-scroll')
    const rows = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => `${c.tagName}:${c.textContent}`),
    )
    expect(rows).toEqual([
      ['TH:Tide', 'TH:Height (m)'],
      ['TH:Morning', 'TD:1.2', 'TD:'],
      ['TD:0.4', 'TD:0.9'],
    ])
    expect(blockElement(root, 'Height (m)').closest('th')?.getAttribute('colspan')).toBe('2')
    expect(blockElement(root, 'Morning').closest('th')?.getAttribute('rowspan')).toBe('2')
  })

  it('renders a code block as written inside <pre><code>', async () => {
    const root = await render(article)
    const code = article.blocks.find((b) => b.kind === 'code')!
    const pre = root.querySelector<HTMLElement>(`[data-block="${code.id}"]`)!
    expect(pre.tagName).toBe('PRE')
    expect(pre.querySelector('code')?.textContent).toBe(code.text)
  })

  it('renders every inline mark as its element', async () => {
    const root = await render(article)
    const marked = blockElement(
      root,
      'Water is H2O, the area is 3 m2, the old name struck, and the report said so plainly.',
    )
    const tags = (selector: string) =>
      [...marked.querySelectorAll(selector)].map((e) => e.textContent)
    expect(tags('sub')).toEqual(['2'])
    expect(tags('sup')).toEqual(['2'])
    expect(tags('del')).toEqual(['struck'])
    expect(tags('strong')).toEqual(['the report said so'])
    expect(tags('strong > em')).toEqual(['report'])
    expect(tags('code')).toEqual(['plainly'])
  })

  it('keeps a line break in a paragraph as the character, without adding text', async () => {
    const root = await render(article)
    const lede = article.blocks[3]
    const element = root.querySelector(`[data-block="${lede.id}"]`)!
    expect(element.textContent).toBe(lede.text)
    expect(element.querySelector('br')).toBeNull()
  })

  it('shows a javascript: link as its plain text, with no <a>', async () => {
    const root = await render(article)
    const links = blockElement(root, 'Read the survey, write to the office, or ignore this one.')
    expect([...links.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/survey',
      'mailto:office@example.org',
    ])
    expect(root.innerHTML).not.toContain('javascript:')
  })

  it('hands a clicked https link to the host and never navigates the window', async () => {
    const openExternal = vi.spyOn(host, 'openExternal')
    const root = await render(article)
    const link = root.querySelector<HTMLAnchorElement>('a[href="https://example.org/survey"]')!
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.org/survey')
  })

  it('sets no inline event handler attribute on any element', async () => {
    const root = await render(article)
    const handlers = [root, ...root.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    )
    expect(handlers).toEqual([])
  })

  it('holds no text but the blocks’ own: placeholders speak through attributes', async () => {
    const root = await render(article)
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const texts: string[] = []
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '')
    expect(texts.join('')).toBe(article.blocks.map((b) => b.text).join(''))
    const labels = [...root.querySelectorAll('.image-placeholder')].map((e) =>
      e.getAttribute('aria-label'),
    )
    expect(labels).toEqual([
      'Another gull (Picture from photos.example.com, not kept offline)',
      'A chart of the tides (Picture from cdn.example.net, not kept offline)',
    ])
  })

  it('shows pictures from the asset folder when nothing else provides them', async () => {
    const root = await render(article)
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'pictures/boats.svg',
      'pictures/gull.svg',
      'pictures/mud.svg',
    ])
    expect(root.querySelector('img.inline-image')?.getAttribute('alt')).toBe('A gull')
  })

  it('shows pictures through the provided resolver, and a placeholder where it has none', async () => {
    const resolve = (name: string) => (name === 'mud.svg' ? null : `blob:gloss/${name}`)
    const root = await render(article, resolve)
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      'blob:gloss/boats.svg',
      'blob:gloss/gull.svg',
    ])
    const mud = blockElement(root, 'A caption with no credit.').closest('figure')!
    expect(mud.querySelector('button')).toBeNull()
    expect(mud.querySelector('.image-placeholder')?.getAttribute('aria-label')).toBe(
      'Mud flats (Picture not kept offline)',
    )
  })

  it('renders a caption without a credit, and an empty caption for a figure without one', async () => {
    const root = await render(article)
    const plain = blockElement(root, 'A caption with no credit.')
    expect(plain.querySelector('.credit')).toBeNull()
    const figures = [...root.querySelectorAll('figure')]
    const last = figures.at(-1)!.querySelector('figcaption')!
    expect(last.dataset.block).toBe(article.blocks.at(-2)!.id)
    expect(last.textContent).toBe('')
    expect(figures[0].querySelector('figcaption em')?.textContent).toBe('noon')
  })

  it('takes English and no direction when the page says nothing', async () => {
    const root = await render(article)
    expect(root.getAttribute('lang')).toBe('en')
    expect(root.hasAttribute('dir')).toBe(false)
  })
})

describe('ReaderArticle on a right-to-left article', () => {
  const article = rightToLeftArticle()

  it('takes the page’s language and direction', async () => {
    const root = await render(article)
    expect(root.getAttribute('lang')).toBe('ar')
    expect(root.getAttribute('dir')).toBe('rtl')
  })

  it('maps passages across its emphasis and inside its list', async () => {
    const root = await render(article)
    expect(passage(root, article, 'يرتفع مرتين كل')).toBe('يرتفع مرتين كل')
    expect(passage(root, article, 'البند الثاني')).toBe('البند الثاني')
  })
})
