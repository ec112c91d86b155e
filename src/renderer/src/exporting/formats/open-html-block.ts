/**
 * A note that leaves an HTML block open (`<!-- never closed`, `<pre>` without `</pre>`, `<?`,
 * `<!DOCTYPE`, `<![CDATA[`) runs, in CommonMark with HTML on (Obsidian, Logseq), to the end of
 * the file: every highlight after it would vanish into it. Whether a note does is asked of
 * markdown-it itself (does a paragraph after it still stand alone?), and the note gets the
 * closer that ends its block, on a line of its own, as `closeOpenFence` does for code fences.
 */
import MarkdownIt from 'markdown-it'

const markdown = new MarkdownIt('commonmark', { html: true })
const SENTINEL = 'gloss-end-of-note'
/** What ends each kind of HTML block that does not end at a blank line (CommonMark §4.6). */
const CLOSERS = ['>', '-->', '?>', ']]>', '</pre>', '</script>', '</style>', '</textarea>']

/** Whether a paragraph after the text is read as a paragraph of its own. */
function leavesOpen(text: string): boolean {
  const tokens = markdown.parse(`${text}\n\n${SENTINEL}`, {})
  const open = tokens[tokens.length - 3]
  const inline = tokens[tokens.length - 2]
  return !(open?.type === 'paragraph_open' && open.level === 0 && inline?.content === SENTINEL)
}

/**
 * @param note - a note's Markdown, its code fences already closed
 * @returns the note, with a closing line added when it leaves an HTML block open
 */
export function closeOpenHtmlBlock(note: string): string {
  if (!leavesOpen(note)) return note
  // Any of the four end tags ends a `<script>`, `<pre>`, `<style>` or `<textarea>` block:
  // the one matching the tag last opened reads best.
  const opened = [...note.matchAll(/<(script|pre|style|textarea)\b/gi)].at(-1)?.[1]
  const preferred = opened === undefined ? [] : [`</${opened.toLowerCase()}>`]
  const closer = [...preferred, ...CLOSERS].find(
    (candidate) => !leavesOpen(`${note}\n${candidate}`),
  )
  return closer === undefined ? note : `${note}\n${closer}`
}
