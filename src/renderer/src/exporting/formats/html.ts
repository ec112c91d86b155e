/**
 * HTML export: one self-contained, printable page. Styles sit in one `<style>` element, there
 * are no scripts and no external resources (a CSP meta tag forbids them even so), and every
 * user string is HTML-escaped text. Notes are shown as their Markdown source with line breaks
 * kept, never rendered to HTML: what cannot be markup cannot be hostile markup. When asked,
 * each highlight's line names an `Open in Gloss` link to it (gloss://, opened by the desktop app);
 * when the library knows the page's address, an `Original page` link to the passage on it (a
 * text fragment, `text-fragment.ts`).
 */
import { HIGHLIGHT_COLORS } from '@shared/annotation'
import {
  COLOR_LABELS,
  countsSentence,
  exportCounts,
  readableTime,
  shownArticleNote,
  shownLink,
  shownNote,
  shownPageLink,
  shownTags,
} from './content'
import { escapeHtml } from './escape'
import { HIGHLIGHT_PAINT } from './palette'
import type { ExportAnnotation, ExportInput } from './types'

const COLOR_RULES = HIGHLIGHT_COLORS.map(
  (color) =>
    `.quote.${color} { background: ${HIGHLIGHT_PAINT[color].fill}; ` +
    `border-color: ${HIGHLIGHT_PAINT[color].edge}; }`,
)

const STYLE = [
  ':root { color-scheme: light; }',
  'body { margin: 0; background: #fff; color: #1d1d1f; font: 17px/1.6 Georgia, "Iowan Old Style", serif; }',
  'main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.5rem; }',
  'h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }',
  'h2 { font: 600 0.8rem/1.4 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin: 2.5rem 0 0.75rem; }',
  '.meta, .where, .tags { font: 0.85rem/1.5 system-ui, sans-serif; color: #555; }',
  '.meta { margin: 0; }',
  '.highlights { list-style: none; margin: 0; padding: 0; }',
  '.highlight { margin: 0 0 2rem; }',
  '.where { margin: 0 0 0.35rem; }',
  '.quote { margin: 0; padding: 0.5rem 0.9rem; border: 0 solid; border-inline-start-width: 4px; border-radius: 2px; white-space: pre-wrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }',
  ...COLOR_RULES,
  '.note { margin: 0.6rem 0 0; white-space: pre-wrap; font: 0.95rem/1.55 system-ui, sans-serif; }',
  '.tags { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0.5rem 0 0; padding: 0; }',
  '.tags li { border: 1px solid #ccc; border-radius: 999px; padding: 0 0.55rem; }',
  '@page { margin: 2cm; }',
  '@media print { body { font-size: 11pt; } main { max-width: none; padding: 0; } .highlight { break-inside: avoid; } }',
].join('\n')

/** A CSP for the saved file: even if escaping failed, nothing could run or load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

function highlightHtml(annotation: ExportAnnotation, input: ExportInput): string {
  const color = annotation.color
  const page = shownPageLink(annotation, input)
  const original =
    page === null ? '' : ` · <a href="${escapeHtml(page)}" rel="noreferrer">Original page</a>`
  const link = shownLink(annotation, input.options)
  const opener = link === null ? '' : ` · <a href="${escapeHtml(link)}">Open in Gloss</a>`
  const parts = [
    '<li class="highlight">',
    `<p class="where"><span dir="auto">${escapeHtml(annotation.section)}</span> · ${COLOR_LABELS[color]}${original}${opener}</p>`,
    `<blockquote class="quote ${color}" dir="auto">${escapeHtml(annotation.target.quote.exact)}</blockquote>`,
  ]
  const note = shownNote(annotation, input.options)
  if (note !== '') parts.push(`<p class="note" dir="auto">${escapeHtml(note)}</p>`)
  const tags = shownTags(annotation, input.options)
  if (tags.length > 0) {
    const items = tags.map((tag) => `<li dir="auto">${escapeHtml(tag)}</li>`).join('')
    parts.push(`<ul class="tags" aria-label="Tags">${items}</ul>`)
  }
  parts.push('</li>')
  return parts.join('\n')
}

/**
 * @param input - what to export
 * @returns the HTML file's text
 */
export function formatHtml(input: ExportInput): string {
  const { article } = input
  const title = escapeHtml(article.title)
  const exported = input.exportedAt.toISOString()
  const articleNote = shownArticleNote(input)
  const lines = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} — highlights and notes</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    `<h1 dir="auto">${title}</h1>`,
    ...(article.source.trim() === ''
      ? []
      : [`<p class="meta">Source: <span dir="auto">${escapeHtml(article.source)}</span></p>`]),
    ...(article.version
      ? [`<p class="meta">${escapeHtml(article.version)} (the text before an update)</p>`]
      : []),
    `<p class="meta">Exported <time datetime="${exported}">${readableTime(input.exportedAt)}</time> · ${countsSentence(exportCounts(input))}</p>`,
    '</header>',
    ...(articleNote === ''
      ? []
      : ['<h2>Article note</h2>', `<p class="note" dir="auto">${escapeHtml(articleNote)}</p>`]),
    '<h2>Highlights</h2>',
    ...(input.annotations.length === 0
      ? ['<p class="meta">No highlights.</p>']
      : [
          '<ol class="highlights">',
          ...input.annotations.map((annotation) => highlightHtml(annotation, input)),
          '</ol>',
        ]),
    '</main>',
    '</body>',
    '</html>',
  ]
  return `${lines.join('\n')}\n`
}
