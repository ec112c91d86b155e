/**
 * Markdown → the article's markup: front matter (YAML between `---` lines) gives the title,
 * author, address and date when present; the body is rendered by markdown-it with raw HTML
 * off (HTML typed in the Markdown is shown as text, never parsed) and without turning bare
 * addresses into links. Front matter that is not valid YAML is left out, the body kept.
 */
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import type { ArticleMeta } from '@shared/article'
import type { ArticleMarkup } from '../page-source'
import { webAddress } from './web-address'

/** `---`, YAML (maybe none), then `---` or `...` on a line of its own or at the end of the file. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

function field(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    // `title: 1984` is a number to YAML.
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      return value.join(', ')
    }
  }
  return undefined
}

function frontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { data: {}, body: text }
  const body = text.slice(match[0].length)
  try {
    const data: unknown = parseYaml(match[1] ?? '')
    return {
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      body,
    }
  } catch {
    return { data: {}, body }
  }
}

/**
 * @param name - the file's name
 * @param text - the file's text, line ends already `\n`
 */
export function readMarkdown(name: string, text: string): ArticleMarkup {
  const { data, body } = frontMatter(text)
  const title = field(data, 'title')
  const url = webAddress(field(data, 'url', 'source', 'link'))
  const meta: ArticleMeta = {
    ...(field(data, 'author', 'authors', 'byline') && {
      byline: field(data, 'author', 'authors', 'byline'),
    }),
    ...(url && { url }),
    ...(field(data, 'date', 'published') && { publishedTime: field(data, 'date', 'published') }),
    ...(field(data, 'lang', 'language') && { lang: field(data, 'lang', 'language') }),
  }
  return {
    kind: 'fragment',
    name,
    html: markdown.render(body),
    resources: new Map(),
    ...(title && { title }),
    meta,
  }
}
