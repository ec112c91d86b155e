/**
 * From stored annotations to the order and labels a reader expects in an export: sorted by
 * where they sit in the article, each with the name of the section it sits in. Section names
 * are text, never links, so they survive every format and every app the file is opened in.
 */
import type { Annotation } from '@shared/annotation'
import type { Article, Block } from '@shared/article'
import type { ExportAnnotation } from './types'

export const HEADLINE_SECTION = 'Headline'
export const STANDFIRST_SECTION = 'Standfirst'
export const CAPTION_SECTION = 'Photo caption'

type SectionSource = Pick<Article, 'title' | 'blocks'>

/** One line, single-spaced: headings and titles are labels, not layout. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The label of every block, computed in one pass so sorting many annotations stays linear. */
function blockSections(article: SectionSource): string[] {
  let section = oneLine(article.title)
  return article.blocks.map((block) => {
    if (block.kind === 'heading') section = oneLine(block.text)
    if (block.kind === 'headline') return HEADLINE_SECTION
    if (block.kind === 'dek') return STANDFIRST_SECTION
    if (block.kind === 'figure') return `${CAPTION_SECTION}, ${section}`
    return section
  })
}

/**
 * Index of the block an offset falls in; an offset in the separator between two blocks belongs
 * to the next one, where the visible text resumes. Past the end: the last block.
 */
function blockIndexAt(blocks: readonly Block[], offset: number): number {
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocks[middle].end > offset) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * The section a reader would say an offset is in: the nearest preceding heading's text, or the
 * article title before the first heading; `Headline` and `Standfirst` for those blocks; and
 * `Photo caption, <section>` inside a caption.
 *
 * @param article - the article (its title and blocks)
 * @param offset - an offset in the canonical text, UTF-16 code units
 */
export function sectionAt(article: SectionSource, offset: number): string {
  return sectionLookup(article)(offset)
}

/** `sectionAt` for one article, with the per-block labels computed once. */
function sectionLookup(article: SectionSource): (offset: number) => string {
  const sections = blockSections(article)
  if (sections.length === 0) return () => oneLine(article.title)
  return (offset) => sections[blockIndexAt(article.blocks, offset)]
}

/** Reading order: by start, then end; ties by creation time, then id, so output is stable. */
function compareReadingOrder(a: Annotation, b: Annotation): number {
  return (
    a.target.position.start - b.target.position.start ||
    a.target.position.end - b.target.position.end ||
    a.createdAt - b.createdAt ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/**
 * Annotations sorted into reading order, each labelled with its section (`sectionAt` of its
 * start). The input is not changed.
 *
 * @param article - the article the annotations belong to
 * @param annotations - stored annotations, in any order
 */
export function readingOrder(
  article: SectionSource,
  annotations: readonly Annotation[],
): ExportAnnotation[] {
  const sectionOf = sectionLookup(article)
  return [...annotations]
    .sort(compareReadingOrder)
    .map((annotation) => ({ ...annotation, section: sectionOf(annotation.target.position.start) }))
}
