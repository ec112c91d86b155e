/**
 * The check before an Omnivore import: every item's article found in the library (by its
 * address, then by its text, as adding does) or made from its content through the adding
 * pipeline (DOMPurify, the allow-list conversion to blocks; pictures linked on the web stay
 * placeholders), and its highlights anchored on that article and sorted into new, not found
 * and already imported, and its page notes into sections for the article's note (those it
 * holds already left out). Nothing is written: the plan holds the new articles until the reader
 * confirms. Item by item, reporting progress, and stopping when cancelled.
 */
import type { Article } from '@shared/article'
import type { HostError, Result } from '@shared/result'
import { createTextIndex } from '@renderer/anchoring'
import type { ExtractedArticle } from '@renderer/adding/extract/extract-article'
import type { PageSource } from '@renderer/adding/page-source'
import { contentHash } from '@renderer/db/content-hash'
import type { ArticleFingerprint } from '@renderer/db/library-duplicates'
import { normalizeUrl } from '@renderer/db/normalize-url'
import { anchorCandidates, planImport, type PlanContext } from '../import-plan'
import type { WaitingDocument } from '../library-plan'
import { groupByDocument } from '../routing/document-groups'
import type { OmnivorePlan, PreparedItem } from './omnivore-plan'
import type { OmnivoreItem } from './read-omnivore-export'

/** An article in the library, as the check needs it. */
export interface LibraryArticle {
  readonly id: string
}

export interface PrepareSteps {
  /** The adding pipeline's extraction of a fragment (`adding/extract/extract-article.ts`). */
  readonly extract: (
    source: PageSource,
    id: string,
    signal: AbortSignal,
  ) => Promise<Result<ExtractedArticle, HostError>>
  /** The stored article with this normalised address. */
  readonly findByUrl: (normalizedUrl: string) => Promise<LibraryArticle | undefined>
  /** The stored article with this address or text, as adding finds duplicates. */
  readonly findDuplicate: (fingerprint: ArticleFingerprint) => Promise<LibraryArticle | undefined>
  /** A stored article's text (the sample's too). */
  readonly readArticle: (id: string) => Promise<Article | undefined>
  /** A stored article's own note ('' when it has none). */
  readonly readNote: (articleId: string) => Promise<string>
  /** Whether a stored article has a highlight on exactly this range. */
  readonly highlighted: (articleId: string) => Promise<PlanContext['isHighlighted']>
  /** Which of these highlight ids are stored already. */
  readonly storedIds: (ids: readonly string[]) => Promise<ReadonlySet<string>>
  readonly newId: () => string
  readonly now: () => number
  readonly onProgress: (done: number, total: number) => void
}

/** The item's content as the adding pipeline takes a fragment: already the article alone. */
function sourceOf(item: OmnivoreItem, html: string): PageSource {
  return {
    kind: 'fragment',
    name: item.title,
    html,
    resources: new Map(),
    title: item.title,
    meta: {
      byline: item.author || undefined,
      url: item.url || undefined,
      excerpt: item.description || undefined,
      publishedTime: item.publishedAt || undefined,
    },
  }
}

const nobodyHighlighted: PlanContext['isHighlighted'] = () => false

/**
 * @param items - the export's items
 * @param signal - cancels the check (the promise then rejects with the signal's reason)
 * @param steps - the library and the pipeline
 */
export async function prepareItems(
  items: readonly OmnivoreItem[],
  signal: AbortSignal,
  steps: PrepareSteps,
): Promise<OmnivorePlan> {
  const storedIds = await steps.storedIds(
    items.flatMap((item) => item.highlights.map((highlight) => highlight.id)),
  )
  // Two items of one export with the same address become one article.
  const planned = new Map<string, string>()
  const prepared: PreparedItem[] = []
  let leftOut = 0
  const waiting: WaitingDocument[] = []
  for (const [n, item] of items.entries()) {
    signal.throwIfAborted()
    steps.onProgress(n, items.length)
    const normalizedUrl = normalizeUrl(item.url)
    let existingId = planned.get(normalizedUrl) ?? (await steps.findByUrl(normalizedUrl))?.id
    let article: Article | undefined
    let newArticle: PreparedItem['newArticle'] = null
    if (existingId === undefined && item.html !== null) {
      const extracted = await steps.extract(sourceOf(item, item.html), steps.newId(), signal)
      signal.throwIfAborted()
      if (extracted.ok) {
        const text = extracted.value.article.text
        const fingerprint = { normalizedUrl, contentHash: await contentHash(text) }
        existingId = (await steps.findDuplicate(fingerprint))?.id
        if (existingId === undefined) {
          article = extracted.value.article
          newArticle = {
            article,
            images: extracted.value.images,
            origin: 'file',
            addedAt: item.savedAt ?? steps.now(),
          }
          if (normalizedUrl) planned.set(normalizedUrl, article.id)
        }
      }
    }
    if (existingId !== undefined && !article) {
      article =
        prepared.find((one) => one.articleId === existingId)?.newArticle?.article ??
        (await steps.readArticle(existingId))
    }
    if (!article) {
      leftOut++
      waiting.push(...waitingFor(item, storedIds))
      continue
    }
    const index = createTextIndex(article.text)
    const results = await anchorCandidates(index, item.highlights, { signal })
    const isNew = newArticle !== null || planned.get(normalizedUrl) === article.id
    const notesBefore = prepared
      .filter((one) => one.articleId === article.id)
      .flatMap((one) => one.pageNotes)
    const plan = planImport(item.highlights, results, {
      articleId: article.id,
      index,
      storedIds,
      isHighlighted: isNew ? nobodyHighlighted : await steps.highlighted(article.id),
      pageNotes: item.pageNotes,
      articleNote: [isNew ? '' : await steps.readNote(article.id), ...notesBefore].join('\n\n'),
    })
    prepared.push({
      item,
      articleId: article.id,
      newArticle,
      found: plan.found,
      notFound: plan.notFound,
      alreadyHere: plan.alreadyHere,
      pageNotes: plan.pageNotes,
    })
  }
  steps.onProgress(items.length, items.length)
  return { items: prepared, leftOut, waiting }
}

/**
 * What of an item that cannot become an article waits for its page: its highlights not
 * imported before, and its page notes, under the item's address and title.
 */
function waitingFor(item: OmnivoreItem, storedIds: ReadonlySet<string>): WaitingDocument[] {
  const highlights = item.highlights.filter((highlight) => !storedIds.has(highlight.id))
  if (highlights.length === 0 && item.pageNotes.length === 0) return []
  const documents = new Map(highlights.map((highlight) => [highlight.id, item.document]))
  const pageNotes = item.pageNotes.map((pageNote) => ({ ...pageNote, document: item.document }))
  return groupByDocument({ annotations: highlights, pageNotes, documents }).map((group) => ({
    group,
    highlights: group.annotations,
    alreadyWaiting: 0,
  }))
}
