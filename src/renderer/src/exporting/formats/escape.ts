/**
 * Escaping for the text formats: user strings (quotes, notes, tags, titles) to Markdown that
 * shows them literally, to HTML text, and to YAML scalars. One file, so every formatter escapes
 * the same way and a fix lands everywhere at once.
 */

/**
 * Characters that mean something in CommonMark or in the Markdown dialects readers use
 * (GitHub tables `|`, strikethrough `~`, Obsidian highlights `==`, maths `$`, block ids `^`,
 * tags `#`). All are ASCII punctuation, which CommonMark lets a backslash make literal.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~=$&^]/g
/** Obsidian comments are `%%`; a lone `%` is ordinary prose (50%), so only runs are escaped. */
const PERCENT_RUN = /%{2,}/g
/** A list marker or ordered-list number at the start of a line. */
const LIST_MARKER = /^([-+]|\d{1,9}[.)])/
const EDGE_WHITESPACE = /^(\s*)([\s\S]*?)(\s*)$/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Whitespace Markdown would strip (or read as indentation) kept as character references. */
function whitespaceReferences(whitespace: string): string {
  return Array.from(whitespace, (c) => `&#x${c.codePointAt(0)?.toString(16)};`).join('')
}

/**
 * One line of text as Markdown that renders as exactly that text: inline syntax backslash-
 * escaped, a leading list marker defused, and leading or trailing whitespace (which Markdown
 * would strip, or read as a code block or a hard break) written as character references.
 *
 * @param line - text without line breaks
 */
export function escapeMarkdownLine(line: string): string {
  const [, leading, core, trailing] = EDGE_WHITESPACE.exec(line) as RegExpExecArray
  const escaped = core
    .replace(MARKDOWN_SPECIAL, '\\$&')
    .replace(PERCENT_RUN, (run) => run.replace(/%/g, '\\%'))
    .replace(LIST_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
  return whitespaceReferences(leading) + escaped + whitespaceReferences(trailing)
}

/**
 * Text as Markdown lines that render as that text: each line escaped, empty lines kept as
 * paragraph breaks. Runs of empty lines render as one paragraph break, as in any Markdown.
 *
 * @param text - any text; `\r\n`, `\r` and `\n` all end a line
 */
export function literalMarkdownLines(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => (line === '' ? '' : escapeMarkdownLine(line)))
}

/** @param text - text to place between HTML tags or inside a quoted attribute */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * A YAML double-quoted scalar for any string. JSON's string syntax is a subset of YAML's, so
 * quotes, backslashes, newlines and controls are handled by `JSON.stringify`; the characters
 * YAML additionally forbids unescaped (DEL, C1 controls, line and paragraph separators, BOM,
 * non-characters) get `\u` escapes. Quoting always means `:`, `#`, a leading `-`, `*`, `&` or
 * `!`, and values like `yes` or `1e3` can never change type.
 *
 * @param text - the value
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Text with every lone surrogate replaced by U+FFFD: what any UTF-8 encoder would write anyway,
 * done up front so the preview shows what the file will hold.
 *
 * @param text - any JavaScript string
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}
