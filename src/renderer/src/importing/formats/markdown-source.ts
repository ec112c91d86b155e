/**
 * What the Markdown importers share: a file's text split into its YAML front matter (parsed by
 * `yaml`) and its body, the body as markdown-it's token stream (CommonMark with inline HTML on,
 * as Obsidian reads a note), and the plain text a run of inline tokens shows a reader. The
 * readers of each tool's shape work on these tokens, never on the raw text with patterns.
 */
import MarkdownIt, { type Token } from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { err, ok, type Result } from '@shared/result'

/** `---`, the YAML (maybe none), then `---` or `...` on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/

const markdown = new MarkdownIt('commonmark', { html: true })

export interface MarkdownSource {
  /** The front matter's mapping; null when the file has none. */
  readonly frontMatter: Readonly<Record<string, unknown>> | null
  /** The text after the front matter, line ends `\n`. */
  readonly body: string
  /** The body's top-level block tokens and everything inside them, in order. */
  readonly tokens: readonly Token[]
}

/** Whether the text opens a front matter block (a first line of `---`). */
export function opensFrontMatter(text: string): boolean {
  return /^---[ \t]*\r?\n/.test(text)
}

/**
 * @param text - the file's text, its byte order mark dropped
 * @returns the front matter and the body's tokens, or why the front matter cannot be read
 */
export function readMarkdownSource(text: string): Result<MarkdownSource, string> {
  const unix = text.replace(/\r\n?/g, '\n')
  let frontMatter: Record<string, unknown> | null = null
  let body = unix
  if (opensFrontMatter(unix)) {
    const match = FRONT_MATTER.exec(unix)
    if (!match)
      return err('its front matter (the block between --- lines at the top) is never closed')
    let data: unknown
    try {
      data = parseYaml(match[1] ?? '', { maxAliasCount: 0 })
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : ''
      return err(`its front matter is not valid YAML (${reason})`)
    }
    if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
      return err('its front matter is not a set of “key: value” properties')
    }
    frontMatter = (data ?? {}) as Record<string, unknown>
    body = unix.slice(match[0].length)
  }
  return ok({ frontMatter, body, tokens: markdown.parse(body, {}) })
}

/**
 * A front matter property as text: a string, or a number or date YAML read from one.
 *
 * @param data - the front matter
 * @param key - the property
 */
export function textProperty(data: Readonly<Record<string, unknown>>, key: string): string {
  const value = Object.hasOwn(data, key) ? data[key] : undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString()
  return ''
}

/**
 * What a reader sees of inline tokens: their text with entities and escapes resolved, a line
 * break for each soft or hard break, a picture's alternative text, the words of a link (unless
 * `withoutLinks`), and no markup.
 *
 * @param children - an inline token's children
 * @param withoutLinks - leave out what links say
 */
export function inlineText(children: readonly Token[] | null, withoutLinks = false): string {
  let text = ''
  let inLink = 0
  for (const child of children ?? []) {
    if (child.type === 'link_open') inLink++
    else if (child.type === 'link_close') inLink--
    else if (withoutLinks && inLink > 0) continue
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n'
    else if (child.type === 'image') text += inlineText(child.children)
    else if (['text', 'code_inline', 'html_inline'].includes(child.type)) text += child.content
  }
  return text
}

/**
 * The index just past the block that opens at `tokens[open]` (a `*_open` token, or a single
 * token such as `fence` or `hr`).
 */
export function blockEnd(tokens: readonly Token[], open: number): number {
  const { level, nesting } = tokens[open]
  if (nesting !== 1) return open + 1
  let i = open + 1
  while (i < tokens.length && !(tokens[i].level === level && tokens[i].nesting === -1)) i++
  return i + 1
}

/** The blocks directly inside the block that opens at `tokens[open]`, as their first tokens. */
export function childBlocks(tokens: readonly Token[], open: number): number[] {
  const end = blockEnd(tokens, open) - 1
  const starts: number[] = []
  for (let i = open + 1; i < end; i = blockEnd(tokens, i)) starts.push(i)
  return starts
}

/** Each top-level block of the body, as the index of its first token. */
export function topLevelBlocks(tokens: readonly Token[]): number[] {
  const starts: number[] = []
  for (let i = 0; i < tokens.length; i = blockEnd(tokens, i)) starts.push(i)
  return starts
}

/** The inline content of the paragraph that opens at `tokens[at]`; null if none opens there. */
export function paragraphInline(tokens: readonly Token[], at: number): Token | null {
  const token = tokens[at]
  return token?.type === 'paragraph_open' && tokens[at + 1]?.type === 'inline'
    ? tokens[at + 1]
    : null
}
