/**
 * Draft blocks → an `Article`: the headline first (the title), the byline under it when the
 * page names one, then the page's blocks numbered `b0, b1...` with their offsets in the
 * canonical text. A first heading that only repeats the title is dropped (Readability often
 * keeps the page's own `<h1>`).
 */
import { BLOCK_SEPARATOR, type Article, type ArticleMeta, type Block } from '@shared/article'
import { pictureOf, type BlockDraft } from './block-drafts'

export interface ArticleParts {
  readonly id: string
  readonly title: string
  readonly byline: string
  readonly drafts: readonly BlockDraft[]
  readonly meta: ArticleMeta
}

const folded = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase()

/** @param parts - identity, title, byline, the page's blocks and what the page said */
export function assembleArticle(parts: ArticleParts): Article {
  const title = parts.title.replace(/\s+/g, ' ').trim()
  let drafts = parts.drafts
  const first = drafts[0]
  if (first && first.kind === 'heading' && folded(first.text) === folded(title)) {
    drafts = drafts.slice(1)
  }
  const head: BlockDraft[] = [{ kind: 'paragraph', text: title, marks: [], within: [] }]
  if (parts.byline) head.push({ kind: 'dek', text: parts.byline, marks: [], within: [] })
  let start = 0
  const blocks = [...head, ...drafts].map((draft, i): Block => {
    const end = start + draft.text.length
    const shared = {
      id: `b${i}`,
      text: draft.text,
      start,
      end,
      ...(draft.marks.length > 0 && { marks: draft.marks }),
      ...(draft.within.length > 0 && { within: draft.within }),
    }
    start = end + BLOCK_SEPARATOR.length
    if (i === 0) return { ...shared, kind: 'headline' }
    if (draft.kind === 'figure') {
      return {
        ...shared,
        ...pictureOf(draft),
        kind: 'figure',
        caption: draft.text,
        creditSeparator: '',
        credit: '',
      }
    }
    return { ...shared, kind: draft.kind, ...(draft.level !== undefined && { level: draft.level }) }
  })
  return {
    id: parts.id,
    title,
    source: parts.meta.siteName || parts.meta.url || '',
    blocks,
    text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
    assetBase: '',
    meta: parts.meta,
  }
}
