/**
 * Previous versions of an article, and the update that makes one: the one module that writes
 * `articleVersions` and `articleVersionImages`.
 *
 * An update (`replaceArticleText`) is one transaction over the article's row, body, pictures,
 * highlights and versions. The new body and its pictures are written and the old ones become
 * a version together, so the old text stays until the new one is stored whole: a write that
 * fails (a full disk, `disk-full.ts`) aborts all of it and the article is as it was. The
 * re-anchoring is work of its own (`updating/reanchor.ts`), done before, off the database; the
 * transaction checks that the article and its highlights are still what it was done on, and
 * refuses (`ArticleChangedMeanwhile`) when another window changed them meanwhile.
 */
import { toRaw } from 'vue'
import type { Annotation, AnnotationTarget } from '@shared/annotation'
import type { Article } from '@shared/article'
import { isStoredAnnotation, plainAnnotation } from './annotation-rows'
import {
  ANNOTATIONS_BY_POSITION,
  type ArticleImageRecord,
  type ArticleRecord,
  type ArticleVersionImageRecord,
  type ArticleVersionRecord,
  type GlossDatabase,
} from './database'
import { isStoredArticleRecord, newArticleRecord, withDerivedFields } from './library-rows'

/** What the Versions menu lists of a version. */
export interface VersionSummary {
  readonly id: string
  readonly replacedAt: number
}

/** The article or its highlights changed between planning an update and writing it. */
export class ArticleChangedMeanwhile extends Error {
  constructor() {
    super('The article changed while it was being updated.')
    this.name = 'ArticleChangedMeanwhile'
  }
}

/** Everything an update writes, computed before its transaction. */
export interface ArticleReplacement {
  /** A new UUID for the version the old text becomes. */
  readonly versionId: string
  /** The article's row and highlights as read when the update was planned. */
  readonly before: ArticleRecord
  readonly highlightsBefore: readonly Annotation[]
  /** The new body; its `id` is the article's. */
  readonly article: Article
  readonly images: ReadonlyMap<string, Blob>
  readonly contentHash: string
  /** New targets by highlight id; a highlight without one (passage not found) keeps its own. */
  readonly targets: ReadonlyMap<string, AnnotationTarget>
  /** Milliseconds since the epoch. */
  readonly now: number
}

/** The new row: the new text's list fields, the reader's own (tags, progress, shelf) kept. */
function replacedRecord(before: ArticleRecord, article: Article, hash: string): ArticleRecord {
  const fresh = newArticleRecord({
    article,
    origin: before.origin,
    addedAt: before.addedAt,
    contentHash: hash,
  })
  return withDerivedFields({
    ...before,
    ...{ title: fresh.title, siteName: fresh.siteName, byline: fresh.byline, url: fresh.url },
    ...{ normalizedUrl: fresh.normalizedUrl, contentHash: hash, wordCount: fresh.wordCount },
    ...{ sortTitle: fresh.sortTitle, lang: fresh.lang, dir: fresh.dir },
  })
}

const sameHighlights = (a: readonly Annotation[], b: readonly Annotation[]): boolean => {
  const versions = new Map(a.map((row) => [row.id, row.updatedAt]))
  return a.length === b.length && b.every((row) => versions.get(row.id) === row.updatedAt)
}

/**
 * Replace an article's text: the old body, pictures and highlights become a version, the new
 * body and pictures take their place, and every highlight with a new target is moved to it.
 *
 * @param db - a writable database
 * @param replacement - what to write, planned on `before` and `highlightsBefore`
 * @returns the new row
 * @throws ArticleChangedMeanwhile when the row or a highlight is no longer as planned
 */
export async function replaceArticleText(
  db: GlossDatabase,
  replacement: ArticleReplacement,
): Promise<ArticleRecord> {
  const { versionId, before, now } = replacement
  const id = before.id
  const article = toRaw(replacement.article)
  const newImages: ArticleImageRecord[] = [...replacement.images].map(([name, blob]) => ({
    ...{ articleId: id, name, blob, bytes: blob.size },
  }))
  const row = replacedRecord(before, article, replacement.contentHash)
  const tables = [
    ...[db.articles, db.articleBodies, db.articleImages, db.annotations],
    ...[db.articleVersions, db.articleVersionImages],
  ]
  return db.transaction('rw', tables, async () => {
    const [stored, body, oldImages, rows] = await Promise.all([
      db.articles.get(id),
      db.articleBodies.get(id),
      db.articleImages.where('articleId').equals(id).toArray(),
      // In reading order, as the version lists them.
      db.annotations
        .where(ANNOTATIONS_BY_POSITION)
        .between([id, -Infinity], [id, Infinity])
        .toArray(),
    ])
    const highlights = rows.filter(isStoredAnnotation)
    const unchanged =
      isStoredArticleRecord(stored) &&
      stored.contentHash === before.contentHash &&
      body !== undefined &&
      sameHighlights(replacement.highlightsBefore, highlights)
    if (!unchanged) throw new ArticleChangedMeanwhile()
    const version: ArticleVersionRecord = {
      ...{ id: versionId, articleId: id, replacedAt: now, contentHash: stored.contentHash },
      ...{ article: body.article, highlights: highlights.map(plainAnnotation) },
    }
    const versionImages: ArticleVersionImageRecord[] = oldImages.map((image) => ({
      ...{ versionId, name: image.name, blob: image.blob, bytes: image.bytes },
    }))
    const moved = highlights.flatMap((highlight) => {
      const target = replacement.targets.get(highlight.id)
      if (!target) return []
      const updatedAt = Math.max(now, highlight.updatedAt + 1)
      return [plainAnnotation({ ...highlight, target, updatedAt })]
    })
    await db.articleImages.where('articleId').equals(id).delete()
    await Promise.all([
      db.articleVersions.add(version),
      db.articleVersionImages.bulkAdd(versionImages),
      db.articleImages.bulkAdd(newImages),
      db.articleBodies.put({ id, article }),
      db.articles.put(row),
      db.annotations.bulkPut(moved),
    ])
    return row
  })
}

/**
 * An article's previous versions, newest first.
 *
 * @param db - an open database
 * @param articleId - the article
 */
export async function listVersions(
  db: GlossDatabase,
  articleId: string,
): Promise<VersionSummary[]> {
  const rows = await db.articleVersions
    .where('[articleId+replacedAt]')
    .between([articleId, -Infinity], [articleId, Infinity])
    .reverse()
    .toArray()
  return rows.map(({ id, replacedAt }) => ({ id, replacedAt }))
}

/**
 * One version, whole: its body and its highlights as they were.
 *
 * @param db - an open database
 * @param versionId - the version
 */
export async function readVersion(
  db: GlossDatabase,
  versionId: string,
): Promise<ArticleVersionRecord | undefined> {
  return db.articleVersions.get(versionId)
}

/**
 * One of a version's pictures.
 *
 * @param db - an open database
 * @param versionId - the version
 * @param name - the picture's name in its blocks (`ImageRef.image`)
 */
export async function readVersionImage(
  db: GlossDatabase,
  versionId: string,
  name: string,
): Promise<Blob | undefined> {
  return (await db.articleVersionImages.get([versionId, name]))?.blob
}

/**
 * Delete every version of these articles with its pictures; call inside a transaction over
 * both version tables (the article is being deleted for good).
 *
 * @param db - a writable database
 * @param articleIds - the articles
 */
export async function deleteVersionsOf(
  db: GlossDatabase,
  articleIds: readonly string[],
): Promise<void> {
  const versionIds = await db.articleVersions.where('articleId').anyOf(articleIds).primaryKeys()
  await Promise.all([
    db.articleVersions.bulkDelete(versionIds),
    db.articleVersionImages.where('versionId').anyOf(versionIds).delete(),
  ])
}
