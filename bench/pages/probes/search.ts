/**
 * Library search in the lab page (same origin as the app, so the same IndexedDB): a library of
 * synthetic articles and highlights written through the app's schema, then the real search
 * worker (`search.worker.ts`, built by Vite as the app builds it) started on it, restarted on
 * its saved index, and asked what a person types, one keystroke at a time.
 */
import type { Annotation } from '@shared/annotation'
import { parseArticle } from '@shared/parse-article'
import { GlossDatabase, type ArticleBodyRecord, type ArticleRecord } from '@renderer/db/database'
import { newArticleRecord } from '@renderer/db/library-rows'
import { openSnapshotStore } from '@renderer/db/search-snapshots'
import { LibraryIndex } from '@renderer/search/search-index'
import type { IndexStatus, SearchReply, SearchRequest } from '@renderer/search/search-protocol'
import { seededRandom } from '../random'

/** Words of an article, in paragraphs of 100. */
const ARTICLE_WORDS = 1000
/** Distinct words of the synthetic language; articles draw them Zipf-like (few very common). */
const VOCABULARY = 20_000
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'
/** When the first highlight was made. */
const HIGHLIGHTS_FROM = Date.UTC(2026, 0, 1)

const random = seededRandom(9)
const vocabulary = Array.from({ length: VOCABULARY }, () => {
  const length = 2 + Math.floor(random() * 9)
  return Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('')
})

function word(): string {
  return vocabulary[Math.floor(Math.exp(random() * Math.log(VOCABULARY))) - 1]
}

function words(count: number): string[] {
  return Array.from({ length: count }, word)
}

function articleText(index: number): string {
  const paragraphs = Array.from({ length: ARTICLE_WORDS / 100 }, () => words(100).join(' ') + '.')
  return [`${words(6).join(' ')} ${index}`, ...paragraphs].join('\n\n')
}

/**
 * Fill the app's database with articles (rows and bodies) and highlights on them.
 *
 * @param articles - how many articles
 * @param highlights - how many highlights, spread evenly; every third has a note
 * @returns what the tables hold
 */
export async function seedSearchLibrary(
  articles: number,
  highlights: number,
): Promise<{ articles: number; highlights: number }> {
  const db = new GlossDatabase()
  try {
    const perArticle = Math.ceil(highlights / articles)
    for (let from = 0; from < articles; from += 250) {
      const rows: ArticleRecord[] = []
      const bodies: ArticleBodyRecord[] = []
      const annotations: Annotation[] = []
      for (let i = from; i < Math.min(articles, from + 250); i++) {
        const parsed = parseArticle(articleText(i), { id: `bench-${i}` })
        if (!parsed.ok) throw new Error(parsed.error.message)
        const article = parsed.value
        rows.push(
          newArticleRecord({ article, origin: 'file', addedAt: i, contentHash: `bench-${i}` }),
        )
        bodies.push({ id: article.id, article })
        for (let n = 0; n < perArticle && i * perArticle + n < highlights; n++) {
          const start = Math.floor(random() * (article.text.length - 200))
          const quote = article.text.slice(start, start + 120)
          annotations.push({
            id: `bench-${i}-${n}`,
            articleId: article.id,
            color: 'yellow',
            note: n % 3 === 0 ? words(15).join(' ') : '',
            tags: n % 5 === 0 ? [word()] : [],
            // One a second, as a reader makes them (search reads again those stamped together
            // with the newest).
            createdAt: HIGHLIGHTS_FROM + (i * perArticle + n) * 1000,
            updatedAt: HIGHLIGHTS_FROM + (i * perArticle + n) * 1000,
            target: {
              quote: { exact: quote, prefix: '', suffix: '' },
              position: { start, end: start + 120 },
            },
          })
        }
      }
      await db.transaction('rw', [db.articles, db.articleBodies, db.annotations], async () => {
        await db.articles.bulkPut(rows)
        await db.articleBodies.bulkPut(bodies)
        await db.annotations.bulkPut(annotations)
      })
    }
    return { articles: await db.articles.count(), highlights: await db.annotations.count() }
  } finally {
    db.close()
  }
}

let worker: Worker | undefined
let listeners: ((reply: SearchReply) => void)[] = []

function send(request: SearchRequest): void {
  worker!.postMessage(request)
}

function nextReply<T>(pick: (reply: SearchReply) => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    const listener = (reply: SearchReply): void => {
      const picked = pick(reply)
      if (picked === undefined) return
      listeners = listeners.filter((each) => each !== listener)
      resolve(picked)
    }
    listeners.push(listener)
  })
}

/** Start a new search worker and time it until its index is ready (restored or built). */
export async function startSearch(): Promise<{ ms: number } & IndexStatus> {
  worker?.terminate()
  listeners = []
  const start = performance.now()
  worker = new Worker(
    new URL('../../../src/renderer/src/search/search.worker.ts', import.meta.url),
    { type: 'module' },
  )
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    if (event.data.type === 'failed') console.log(event.data.message)
    for (const listener of [...listeners]) listener(event.data)
  })
  const ready = nextReply((reply) =>
    reply.type === 'status' && reply.status.state === 'ready' ? reply.status : undefined,
  )
  send({ type: 'start', bundled: null })
  const status = await ready
  return { ms: performance.now() - start, ...status }
}

/** Wait until the worker has saved a snapshot of `documents` documents; its size as JSON. */
export async function savedSnapshot(documents: number): Promise<{ bytes: number }> {
  const store = openSnapshotStore()
  for (;;) {
    const snapshot = await store.load()
    if (snapshot && snapshot.documents.length === documents) {
      return { bytes: JSON.stringify(snapshot).length }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

/**
 * The two steps of a start on the saved index, timed apart in this page: reading the snapshot
 * from IndexedDB, and FlexSearch importing it.
 */
export async function timeRestore(): Promise<{ readMs: number; importMs: number }> {
  const start = performance.now()
  const snapshot = await openSnapshotStore().load()
  const read = performance.now()
  if (!snapshot || !LibraryIndex.restore(snapshot)) throw new Error('No snapshot to restore.')
  return { readMs: read - start, importMs: performance.now() - read }
}

let searchId = 0

/**
 * Type each query a keystroke at a time, waiting for each keystroke's results (a person types
 * slower than search answers), and time every keystroke from its request to its results.
 *
 * @param queries - what is typed
 * @returns milliseconds per keystroke, and how many article groups the full queries found
 */
export async function typeQueries(
  queries: readonly string[],
): Promise<{ keystrokes: number[]; found: number[] }> {
  const keystrokes: number[] = []
  const found: number[] = []
  for (const query of queries) {
    let groups = 0
    for (let typed = 1; typed <= query.length; typed++) {
      const id = ++searchId
      const answer = nextReply((reply) =>
        reply.type === 'results' && reply.id === id ? reply.groups.length : undefined,
      )
      const start = performance.now()
      send({ type: 'search', id, query: query.slice(0, typed) })
      groups = await answer
      keystrokes.push(performance.now() - start)
    }
    found.push(groups)
  }
  return { keystrokes, found }
}

/** Queries a person might type in this library: common and rare words, two words, a phrase. */
export function sampleQueries(): string[] {
  return [
    vocabulary[0],
    vocabulary[40],
    vocabulary[2000],
    `${vocabulary[3]} ${vocabulary[90]}`,
    `"${vocabulary[0]} ${vocabulary[1]}"`,
  ]
}

export function stopSearch(): void {
  worker?.terminate()
  worker = undefined
}
