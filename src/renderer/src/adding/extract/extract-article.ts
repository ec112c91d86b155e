/**
 * What the reader added (`PageSource`) → an article for the library: a whole page goes through
 * Readability (in a worker), then DOMPurify, then the allow-list conversion to blocks; a
 * fragment (Markdown, a pasted selection) skips Readability; plain text goes through the same
 * parser as the bundled article. Pictures the source brought are kept as Blobs; pictures it
 * only links to become placeholders. The work yields between steps, so the reader stays
 * responsive, and stops when cancelled.
 */
import type { Article, ArticleMeta } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { fail, ok, type HostError, type Result } from '@shared/result'
import { yieldToMain } from '@renderer/anchoring/yield-to-main'
import type { PageSource } from '../page-source'
import { assembleArticle } from './assemble-article'
import type { FindReadable } from './readable-client'
import { htmlToBlocks, pictureAddress } from './html-to-blocks'
import { collectPagePictures } from './page-pictures'
import { sanitizeMarkup } from './sanitize-markup'

export interface ExtractedArticle {
  readonly article: Article
  readonly images: ReadonlyMap<string, Blob>
  /** What the reader should be told about this article (kept the whole page, pictures left out). */
  readonly notices: readonly string[]
}

export interface ExtractOptions {
  /** The new article's id. */
  readonly id: string
  readonly signal: AbortSignal
  /** Finds a page's readable part (the worker client). */
  readonly findReadable: FindReadable
}

interface Markup {
  readonly html: string
  /** What relative addresses in `html` are relative to, when known. */
  readonly baseUrl: string | undefined
  readonly title: string
  readonly meta: ArticleMeta
  readonly resources: ReadonlyMap<string, Blob>
  readonly notices: readonly string[]
}

const cancelled = (): Result<never, HostError> => fail('cancelled', 'Adding was cancelled.')

function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    return Intl.getCanonicalLocales(value)[0]
  } catch {
    return undefined
  }
}

/** The page's metadata without empty or malformed fields. */
function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const lang = languageTag(meta.lang)
  const dir = meta.dir === 'rtl' || meta.dir === 'ltr' ? meta.dir : undefined
  return Object.fromEntries(
    Object.entries({ ...meta, lang, dir }).filter(
      ([, value]) => value !== undefined && value !== '' && value !== false,
    ),
  ) as ArticleMeta
}

const stem = (name: string): string => name.replace(/\.[a-z0-9]{1,6}$/i, '').trim() || name

async function pageMarkup(
  source: Extract<PageSource, { kind: 'page' }>,
  options: ExtractOptions,
): Promise<Result<Markup, HostError>> {
  const found = await options.findReadable(source.html, source.savedFrom, options.signal)
  if (!found.ok) return found
  const page = found.value
  return ok({
    html: page.html,
    baseUrl: page.baseUrl || undefined,
    title: page.title,
    meta: {
      byline: page.byline,
      siteName: page.siteName,
      url: page.url,
      publishedTime: page.publishedTime,
      excerpt: page.excerpt,
      lang: page.lang,
      dir: page.dir as ArticleMeta['dir'],
      wholePage: page.wholePage,
    },
    resources: source.resources,
    notices: page.wholePage
      ? [
          `Gloss could not tell the article in “${source.name}” apart from the rest of the page, ` +
            'so it kept the whole page: it may include menus or other extra material.',
        ]
      : [],
  })
}

/**
 * @param source - the file or paste, read and decoded
 * @param options - the new article's id, cancellation, and the Readability worker
 */
export async function extractArticle(
  source: PageSource,
  options: ExtractOptions,
): Promise<Result<ExtractedArticle, HostError>> {
  if (options.signal.aborted) return cancelled()
  if (source.kind === 'text') {
    const parsed = parseArticle(source.text, { id: options.id })
    return parsed.ok ? ok({ article: parsed.value, images: new Map(), notices: [] }) : parsed
  }
  const markup: Result<Markup, HostError> =
    source.kind === 'page'
      ? await pageMarkup(source, options)
      : ok({
          html: source.html,
          baseUrl: source.meta?.url,
          title: source.title ?? '',
          meta: source.meta ?? {},
          resources: source.resources,
          notices: [],
        })
  if (!markup.ok) return markup
  await yieldToMain()
  if (options.signal.aborted) return cancelled()
  const root = sanitizeMarkup(markup.value.html)
  await yieldToMain()
  const addresses = [...root.querySelectorAll('img')].map(pictureAddress)
  const { resources, baseUrl } = markup.value
  const pictures = await collectPagePictures(addresses, resources, baseUrl)
  if (options.signal.aborted) return cancelled()
  const meta = cleanMeta(markup.value.meta)
  await yieldToMain()
  const drafts = htmlToBlocks(root, pictures, baseUrl)
  await yieldToMain()
  if (drafts.every((draft) => draft.text.trim() === '' && draft.kind !== 'figure')) {
    return fail('invalid-payload', `“${source.name}” has no text or pictures Gloss can show.`)
  }
  const firstHeading = drafts.find((draft) => draft.kind === 'heading')?.text
  const title = markup.value.title.trim() || firstHeading || stem(source.name)
  const article = assembleArticle({
    id: options.id,
    title,
    byline: meta.byline ?? '',
    drafts,
    meta,
  })
  return ok({
    article,
    images: pictures.images,
    notices: [...markup.value.notices, ...pictures.notices],
  })
}
