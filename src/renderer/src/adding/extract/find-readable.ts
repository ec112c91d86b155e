/**
 * A whole web page → its readable part, with Mozilla Readability (version pinned: its output is
 * not a stable API between versions). Runs on any DOM Readability accepts; Gloss runs it on
 * linkedom inside a worker (`readable.worker.ts`), so a big page never blocks the reader. The
 * result is still markup from outside: it is sanitised with DOMPurify and converted through an
 * allow-list (`html-to-blocks.ts`) before anything is shown.
 *
 * When Readability finds nothing (or cannot walk the page: nesting deeper than its recursion
 * allows), the page's own markup is handed on whole, marked `wholePage`, so the reader can be
 * told it may include menus or other extra material; the reader's real DOM parses it then, as
 * a browser would (flattening absurd nesting), for DOMPurify and the conversion.
 */
import { Readability } from '@mozilla/readability'
import { PAGE_BASE } from './page-address'

/** What the page said about itself, and its readable markup. */
export interface ReadablePage {
  /** Markup of the readable part (or the whole page); not yet sanitised. */
  readonly html: string
  readonly title: string
  readonly byline: string
  readonly siteName: string
  readonly excerpt: string
  readonly publishedTime: string
  readonly lang: string
  readonly dir: string
  /** The page's own address: canonical link, `og:url`, else the address it was saved from. */
  readonly url: string
  /** What the page's relative addresses are relative to: its `<base>`, else where it was. */
  readonly baseUrl: string
  readonly wholePage: boolean
}

/** Readability's minimum text length for an article; shorter pages are still worth keeping. */
const CHAR_THRESHOLD = 300

function httpAddress(value: string | null | undefined, base: string | undefined): string {
  if (!value) return ''
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : ''
  } catch {
    return ''
  }
}

function ownAddress(document: Document, savedFrom: string | undefined): string {
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  const og = document.querySelector('meta[property="og:url" i]')?.getAttribute('content')
  const saved = httpAddress(savedFrom, undefined)
  return httpAddress(canonical, saved || undefined) || httpAddress(og, saved || undefined) || saved
}

/** Point every relative address at `PAGE_BASE`, whatever `<base>` the page declared. */
function rebase(document: Document): void {
  for (const base of document.querySelectorAll('base')) base.remove()
  const base = document.createElement('base')
  base.setAttribute('href', PAGE_BASE)
  const head = document.head ?? document.documentElement
  head.insertBefore(base, head.firstChild)
}

const text = (value: string | null | undefined): string => (value ?? '').trim()

/**
 * @param document - the parsed page; Readability changes it
 * @param html - the page's markup, handed on whole when Readability finds nothing
 * @param savedFrom - the address a browser noted the page was saved from, if any
 */
export function findReadable(
  document: Document,
  html: string,
  savedFrom: string | undefined,
): ReadablePage {
  const url = ownAddress(document, savedFrom)
  // Relative addresses are relative to where the page was (or its <base>), not its canonical.
  const location = httpAddress(savedFrom, undefined) || url
  const declaredBase = document.querySelector('base[href]')?.getAttribute('href')
  const baseUrl = httpAddress(declaredBase, location || undefined) || location
  const pageTitle = text(document.querySelector('title')?.textContent)
  const pageLang = text(document.documentElement?.getAttribute('lang'))
  const pageDir = text(document.documentElement?.getAttribute('dir'))
  rebase(document)
  let parsed: ReturnType<Readability<string>['parse']> = null
  try {
    parsed = new Readability(document, { charThreshold: CHAR_THRESHOLD }).parse()
  } catch {
    // A page Readability cannot walk (nesting deeper than its recursion allows): keep the body.
  }
  if (parsed && text(parsed.textContent) !== '' && parsed.content) {
    return {
      html: parsed.content,
      title: text(parsed.title) || pageTitle,
      byline: text(parsed.byline),
      siteName: text(parsed.siteName),
      excerpt: text(parsed.excerpt),
      publishedTime: text(parsed.publishedTime),
      lang: text(parsed.lang) || pageLang,
      dir: text(parsed.dir) || pageDir,
      url,
      baseUrl,
      wholePage: false,
    }
  }
  return {
    html,
    title: pageTitle,
    byline: '',
    siteName: '',
    excerpt: '',
    publishedTime: '',
    lang: pageLang,
    dir: pageDir,
    url,
    baseUrl,
    wholePage: true,
  }
}

/**
 * A page handed on whole without being read at all (linkedom could not parse it): its markup,
 * and the address it was saved from.
 *
 * @param request - the page's markup and saved-from address
 */
export function wholePage(request: { html: string; savedFrom?: string }): ReadablePage {
  const url = httpAddress(request.savedFrom, undefined)
  return {
    html: request.html,
    title: '',
    byline: '',
    siteName: '',
    excerpt: '',
    publishedTime: '',
    lang: '',
    dir: '',
    url,
    baseUrl: url,
    wholePage: true,
  }
}
