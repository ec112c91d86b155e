/**
 * A note's Markdown source → HTML that is safe to insert: the one place notes become markup.
 * markdown-it parses with `html: false` (HTML the reader types is shown as text) and without the
 * image rule (a note never loads anything); DOMPurify then keeps only an allow-list of text
 * elements, and links only to `https:` and `mailto:`. Links are followed only through the host,
 * when clicked (see NoteView.vue); nothing in a note runs, loads or navigates by itself.
 */
import DOMPurify from 'dompurify'
import MarkdownIt from 'markdown-it'

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true })
// `![alt](url)` would load the url: read it as the text and link it is.
markdown.disable('image')

const ALLOWED_TAGS = [
  ...['p', 'br', 'hr', 'strong', 'em', 's', 'code', 'pre', 'blockquote'],
  ...['ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
]

const purify = DOMPurify()
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer nofollow')
})

/**
 * @param source - the note as typed (Markdown)
 * @returns sanitised HTML: text elements, and links to https: or mailto: only
 */
export function renderNote(source: string): string {
  return purify.sanitize(markdown.render(source), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'start', 'align'],
    ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
  })
}
