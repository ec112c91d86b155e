import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Article, FigureBlock } from '@shared/article'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import ReaderArticle from './ReaderArticle.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

const TAG_OF_KIND: Record<string, string> = {
  headline: 'H1',
  dek: 'P',
  figure: 'FIGCAPTION',
  heading: 'H2',
  paragraph: 'P',
  attribution: 'P',
}

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

async function renderArticle(article: Article, onOpenFigure = vi.fn()): Promise<HTMLElement> {
  mounted = await mountComponent(ReaderArticle, { props: { article, onOpenFigure } })
  return mounted.root
}

/**
 * The text a reader can select: every text node in document order, leaving out the empty ones
 * Vue keeps as fragment anchors (they hold no text, and the text map skips them too).
 */
function textNodes(element: Element): string[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const texts: string[] = []
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '')
  return texts.filter((text) => text !== '')
}

describe('ReaderArticle on the seed', () => {
  const article = seedArticle()

  it('renders every block, in order, as one element whose text is exactly the block text', async () => {
    const root = await renderArticle(article)
    const elements = [...root.querySelectorAll<HTMLElement>('[data-block]')]
    expect(elements.map((e) => e.dataset.block)).toEqual(article.blocks.map((b) => b.id))
    article.blocks.forEach((block, i) => {
      expect(elements[i].tagName).toBe(TAG_OF_KIND[block.kind])
      expect(textNodes(elements[i]).join('')).toBe(block.text)
    })
  })

  it('holds the blocks and nothing else in exactly one <article>, with a language', async () => {
    const root = await renderArticle(article)
    const articles = root.querySelectorAll('article')
    expect(articles).toHaveLength(1)
    expect(articles[0].lang).toBe('en')
    expect(textNodes(articles[0]).join('')).toBe(article.blocks.map((b) => b.text).join(''))
  })

  it('keeps U+00A0, the em dash and a trailing space as written', async () => {
    const root = await renderArticle(article)
    const quote = root.querySelector('[data-block="b8"]')!.textContent!
    expect(quote).toContain('soldier \u2014\u00a0courage')
    expect(quote.endsWith('proud of you."\u00a0')).toBe(true)
  })

  it('marks the standfirst lines, the section heading and the attribution', async () => {
    const root = await renderArticle(article)
    expect([...root.querySelectorAll('p.dek')].map((e) => e.getAttribute('data-block'))).toEqual([
      'b1',
      'b2',
    ])
    expect(root.querySelector('h2')?.textContent).toBe("Putin's first visit")
    expect(root.querySelector('p.attribution')?.textContent).toBe(
      'With files from The Associated Press',
    )
  })

  it('shows text as text, never as markup', async () => {
    const hostile = { ...article, blocks: article.blocks.map((b) => ({ ...b })) }
    const paragraph = hostile.blocks[4] as { text: string }
    paragraph.text = '<img src=x onerror="alert(1)"> {{ 1 + 1 }}'
    const root = await renderArticle(hostile)
    const element = root.querySelector('[data-block="b4"]')!
    expect(element.textContent).toBe(paragraph.text)
    expect(element.children).toHaveLength(0)
  })
})

describe('ReaderFigure', () => {
  const article = seedArticle()
  const figures = article.blocks.filter((b): b is FigureBlock => b.kind === 'figure')

  it('shows each photo from the article folder with its alt text, inside a button that enlarges it', async () => {
    const root = await renderArticle(article)
    const images = [...root.querySelectorAll<HTMLImageElement>('figure img')]
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'articles/putin-syria-withdrawal/photo-1.svg',
      'articles/putin-syria-withdrawal/photo-2.svg',
    ])
    images.forEach((img, i) => {
      expect(img.alt).toBe(figures[i].alt)
      const button = img.closest('button')!
      expect(button.getAttribute('aria-label')).toBe(`Enlarge photo: ${figures[i].alt}`)
      expect(button.closest('figure')?.querySelector('figcaption')?.dataset.block).toBe(
        figures[i].id,
      )
    })
  })

  it('sets the caption and the credit apart, their text nodes spelling the block exactly', async () => {
    const root = await renderArticle(article)
    const caption = root.querySelector<HTMLElement>(`[data-block="${figures[1].id}"]`)!
    expect(caption.querySelector('.caption')?.textContent).toBe(figures[1].caption)
    expect(caption.querySelector('.credit')?.textContent).toBe('(Omar Sanadiki/Reuters)')
    expect(textNodes(caption)).toEqual([
      figures[1].caption,
      figures[1].creditSeparator,
      '(Omar Sanadiki/Reuters)',
    ])
  })

  it('asks to open the photo, naming the figure and the button to return focus to', async () => {
    const onOpenFigure = vi.fn()
    const root = await renderArticle(article, onOpenFigure)
    const button = root.querySelectorAll<HTMLButtonElement>('figure button')[1]
    button.click()
    expect(onOpenFigure).toHaveBeenCalledWith(figures[1], button)
  })

  it('shows a caption without a button when the article ships no photo', async () => {
    const withoutImages: Article = {
      ...article,
      blocks: article.blocks.map((b) => (b.kind === 'figure' ? { ...b, image: null } : b)),
    }
    const root = await renderArticle(withoutImages)
    expect(root.querySelectorAll('figure')).toHaveLength(2)
    expect(root.querySelectorAll('figure button, figure img')).toHaveLength(0)
    expect(root.querySelectorAll('figcaption[data-block]')).toHaveLength(2)
  })
})
