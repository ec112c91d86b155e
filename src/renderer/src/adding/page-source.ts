/**
 * A file, or the clipboard, read and decoded but not yet understood: the hand-over between
 * reading what the user added (`adding/files/`: type detection, charsets, MHTML, Markdown) and
 * extracting the article from it (`adding/extract/`: Readability, DOMPurify, the allow-list
 * conversion to blocks).
 */
import type { ArticleMeta } from '@shared/article'

/**
 * Pictures and other files the source brings with it, by the address the markup uses for
 * them: an absolute URL (an MHTML part's `Content-Location`), a `cid:` URL (an MHTML part's
 * `Content-ID`), or a path relative to the page file's folder with `/` separators and no
 * leading `./` (the `Page_files/photo.jpg` of a page saved "complete"). `data:` URLs are not
 * listed: they carry their own bytes.
 */
export type PageResources = ReadonlyMap<string, Blob>

interface SourceBase {
  /** The file's name, or a description such as `Pasted text`, for messages. */
  readonly name: string
}

/** A whole web page: the article is extracted from it with Readability. */
export interface PageMarkup extends SourceBase {
  readonly kind: 'page'
  readonly html: string
  readonly resources: PageResources
  /** The address the page was saved from (browser's `saved from` comment, MHTML header). */
  readonly savedFrom?: string
}

/** Markup that is already just the article (Markdown rendered to HTML, a pasted selection). */
export interface ArticleMarkup extends SourceBase {
  readonly kind: 'fragment'
  readonly html: string
  readonly resources: PageResources
  /** Title when the source states one (front matter); otherwise the first heading, or the name. */
  readonly title?: string
  readonly meta?: ArticleMeta
}

/** Plain text: parsed by `shared/parse-article.ts`, as the bundled article is. */
export interface PlainText extends SourceBase {
  readonly kind: 'text'
  readonly text: string
}

export type PageSource = PageMarkup | ArticleMarkup | PlainText
