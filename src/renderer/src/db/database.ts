/**
 * The Gloss IndexedDB database, through Dexie: its name, its typed tables and every version of
 * its schema. This folder is the only Dexie importer; stores reach it through `connection.ts`
 * and the read/write modules beside it.
 *
 * Changing the schema: append a version to `declareVersions` below, never edit or delete an
 * existing one (users' databases were created by it). A version that changes the shape of
 * stored rows gets an `.upgrade(tx => ...)`, and a test that opens the previous version's data.
 * Then raise `SCHEMA_VERSION`. The schema strings list the primary key and indexed fields only.
 */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Annotation, ArticleNote } from '@shared/annotation'
import type { Article } from '@shared/article'
import type { ImportCandidate, ImportPageNote } from '@renderer/importing/formats/types'
import type { LibraryShelf } from '@renderer/library/library-source'

/**
 * Name of the database. IndexedDB is per origin and per name: changing either looks to the user
 * like losing every setting and note.
 */
export const DATABASE_NAME = 'gloss'

/** The newest schema version this code declares (the last `db.version(n)` below). */
export const SCHEMA_VERSION = 5

/**
 * Keys of the `settings` table; each key holds one JSON-like value: the reading settings, the
 * colour the reader last highlighted in (what `h` uses next), whether the bundled sample
 * article was ever put in the library (so one the reader deleted for good is not put back),
 * and when everything was last replaced by a restore (so search knows its index is of data
 * that is gone: `db/backup.ts`, `search/search-engine.ts`).
 */
export type SettingKey = 'reading' | 'highlightColor' | 'sampleArticleAdded' | 'restoredAt'

/** One row of `settings`. The value is checked by its reader: it may come from another version. */
export interface SettingRecord {
  readonly key: SettingKey
  readonly value: unknown
}

/** Where the reader was in an article, kept so reopening it lands on the same passage. */
export interface ReadingPosition {
  readonly articleId: string
  /** `data-block` id of the block at the top of the reading area. */
  readonly blockId: string
  /** How far (0..1 of its height) the top of the reading area is into that block. */
  readonly blockFraction: number
  /** How far (0..1) through the article: a fallback if the block no longer exists. */
  readonly progress: number
  /** When it was saved, in milliseconds since the epoch. */
  readonly updatedAt: number
}

/** The IndexedDB implementation to use: the browser's by default, fake-indexeddb in tests. */
export interface IndexedDbDependencies {
  readonly indexedDB: IDBFactory
  readonly IDBKeyRange: typeof IDBKeyRange
}

/**
 * How to open: `declared` opens (and upgrades to) the schema this code declares; `as-stored`
 * opens whatever version is on disk without declaring or changing anything, for reading a
 * database that a newer Gloss wrote.
 */
export type SchemaMode = 'declared' | 'as-stored'

/** Where an article came from: the one Gloss ships with, a file the reader added, a paste. */
export type ArticleOrigin = 'bundled' | 'file' | 'paste'

/**
 * How far the reader is through an article, as the library's read-state filter sees it (see
 * `library-rows.ts`, `readStateOf`).
 */
export type StoredReadState = 'unread' | 'in-progress' | 'finished'

/**
 * One row of `articles`: the list fields of an article, and nothing a list does not show or
 * sort by (the blocks are in `articleBodies`, the pictures in `articleImages`).
 *
 * `shelf` and `readState` are derived (from `archived`/`trashedAt` and `openedAt`/`progress`)
 * and stored only so that every list the library shows is one range of a compound index:
 * `[shelf+addedAt]` is "the reading list, newest first" read by keys alone. They are written
 * only through `library-rows.ts`, which keeps them in step with the fields they come from.
 */
export interface ArticleRecord {
  readonly id: string
  readonly title: string
  readonly siteName: string
  readonly byline: string
  /** The page's own address as the page gave it; empty when unknown. */
  readonly url: string
  /** `url` normalised for duplicate lookups (`normalize-url.ts`); empty when unknown. */
  readonly normalizedUrl: string
  /** SHA-256 (hex) of the normalised canonical text (`content-hash.ts`). */
  readonly contentHash: string
  /** Milliseconds since the epoch. */
  readonly addedAt: number
  /** Milliseconds since the epoch; 0 when never opened. */
  readonly openedAt: number
  readonly wordCount: number
  /** The furthest the reader got, 0..1. */
  readonly progress: number
  readonly archived: 0 | 1
  /** Milliseconds since the epoch when moved to the trash; 0 when not in the trash. */
  readonly trashedAt: number
  /** Article-level tags. */
  readonly tags: readonly string[]
  /** The title folded for sorting (`sort-title.ts`). */
  readonly sortTitle: string
  readonly origin: ArticleOrigin
  readonly lang: string
  readonly dir: 'ltr' | 'rtl' | ''
  readonly shelf: LibraryShelf
  readonly readState: StoredReadState
}

/** One row of `articleBodies`: an added article's blocks, read only when it is opened. */
export interface ArticleBodyRecord {
  readonly id: string
  readonly article: Article
}

/** One row of `articleImages`: a picture an added article brought with it. */
export interface ArticleImageRecord {
  readonly articleId: string
  /** The name the article's blocks use for it (`ImageRef.image`). */
  readonly name: string
  readonly blob: Blob
  /** `blob.size`, kept so the library's size can be summed without reading the Blobs. */
  readonly bytes: number
}

/**
 * One row of `articleVersions`: an article's text as it was before an update replaced it
 * (`updating/`), kept so it stays readable with its highlights as they were. The version is
 * the whole old body, not a difference: it is read as an article of its own, read-only.
 */
export interface ArticleVersionRecord {
  /** A UUID. */
  readonly id: string
  /** The article it is a version of (the article keeps its id across updates). */
  readonly articleId: string
  /** When this text was replaced, in milliseconds since the epoch: the version's name. */
  readonly replacedAt: number
  /** `contentHash` of this text. */
  readonly contentHash: string
  /** The old body, its `id` the article's. */
  readonly article: Article
  /** The article's highlights as they were on this text, targets, colours and notes. */
  readonly highlights: readonly Annotation[]
}

/**
 * One row of `articleVersionImages`: a picture of a previous version. Its own table, keyed by
 * version, so the library's picture reads (`articleImages` by article, sizes summed, pictures
 * shown) see the current text's pictures only and a version's pictures go with it.
 */
export interface ArticleVersionImageRecord {
  readonly versionId: string
  /** The name the version's blocks use for it (`ImageRef.image`). */
  readonly name: string
  readonly blob: Blob
  readonly bytes: number
}

/** The page an import named for highlights that wait for it, with what it is matched by. */
export interface PendingDocument {
  /** The page's address as the file gave it; '' when it gave none. */
  readonly source: string
  /** `normalizeUrl(source)`; '' when the source is not a web address. */
  readonly normalizedUrl: string
  /** The title as the file gave it; '' when it gave none. */
  readonly title: string
  /** `titleKey(title)` (`importing/routing/document-keys.ts`); '' when there is no title. */
  readonly titleKey: string
}

/** What waits: a highlight as the file gave it, or a page note (or reply) for the article's note. */
export type PendingItem =
  | { readonly kind: 'highlight'; readonly candidate: ImportCandidate }
  | { readonly kind: 'page-note'; readonly pageNote: Omit<ImportPageNote, 'document'> }

/**
 * One row of `pendingImports`: something an import held for a page the library does not have
 * ("Not in your library"), kept until that page is added (then it joins the article) or the
 * reader deletes it. A highlight keeps the candidate's id; a page note's id is made from its
 * document and text, so importing the same file twice keeps one of each.
 */
export interface PendingImportRecord {
  readonly id: string
  readonly document: PendingDocument
  /** Milliseconds since the epoch. */
  readonly importedAt: number
  readonly item: PendingItem
}

/** Sort fields of the library's lists, each indexed per shelf and per shelf and read state. */
export const ARTICLE_SORT_FIELDS = ['addedAt', 'openedAt', 'sortTitle'] as const
export type ArticleSortField = (typeof ARTICLE_SORT_FIELDS)[number]

/** The compound index for one list: `[shelf+addedAt]` or `[shelf+readState+addedAt]`. */
export function articleListIndex(field: ArticleSortField, byReadState: boolean): string {
  return byReadState ? `[shelf+readState+${field}]` : `[shelf+${field}]`
}

const TABLES = [
  'settings',
  'readingPositions',
  'annotations',
  'articleNotes',
  'articles',
  'articleBodies',
  'articleImages',
  'articleVersions',
  'articleVersionImages',
  'pendingImports',
] as const

/**
 * Index of `annotations` by article, then stored position: an article's annotations in reading
 * order, read as one key range. IndexedDB key paths may be dotted, so the index reads
 * `target.position.start` inside the stored row itself (no copy of it to keep in step).
 */
export const ANNOTATIONS_BY_POSITION = '[articleId+target.position.start]'

export class GlossDatabase extends Dexie {
  declare settings: EntityTable<SettingRecord, 'key'>
  declare readingPositions: EntityTable<ReadingPosition, 'articleId'>
  /** Highlights and their notes; written only through `annotations.ts`. */
  declare annotations: EntityTable<Annotation, 'id'>
  /** One article-level note per article; written only through `annotations.ts`. */
  declare articleNotes: EntityTable<ArticleNote, 'articleId'>
  /** The library's list rows; written only through the `library-*.ts` modules. */
  declare articles: EntityTable<ArticleRecord, 'id'>
  declare articleBodies: EntityTable<ArticleBodyRecord, 'id'>
  /** Keyed by `[articleId+name]`. */
  declare articleImages: Table<ArticleImageRecord, [string, string]>
  /** Previous texts of updated articles; written by `library-versions.ts` and restores only. */
  declare articleVersions: EntityTable<ArticleVersionRecord, 'id'>
  /** Keyed by `[versionId+name]`. */
  declare articleVersionImages: Table<ArticleVersionImageRecord, [string, string]>
  /** Imported highlights waiting for their article; written only through `pending-imports.ts`. */
  declare pendingImports: EntityTable<PendingImportRecord, 'id'>

  /**
   * @param dependencies - IndexedDB implementation (omit for the browser's own)
   * @param mode - see `SchemaMode`
   */
  constructor(dependencies?: IndexedDbDependencies, mode: SchemaMode = 'declared') {
    super(DATABASE_NAME, {
      ...(dependencies && {
        indexedDB: dependencies.indexedDB,
        IDBKeyRange: dependencies.IDBKeyRange,
      }),
      // Live queries see committed data only. Dexie's cache would also show writes still in
      // flight, and may then briefly emit an older result; the annotation store shows pending
      // writes itself (an optimistic overlay) and needs live results that only move forward.
      cache: 'disabled',
    })
    if (mode === 'declared') declareVersions(this)
    else this.on('ready', () => bindStoredTables(this))
  }
}

/** Every schema version, oldest first. Append new versions at the end (see the header). */
function declareVersions(db: GlossDatabase): void {
  db.version(1).stores({
    settings: 'key',
    readingPositions: 'articleId',
  })
  // 2: highlights and notes. New tables only, so existing rows need no upgrade function.
  db.version(2).stores({
    annotations: `id, articleId, ${ANNOTATIONS_BY_POSITION}, updatedAt, *tags`,
    articleNotes: 'articleId',
  })
  // 3: the library. New tables only: annotations, notes, positions and settings stay as they
  // are (the bundled article's row is added at start by `ensureSampleArticle`, under the id
  // its annotations already carry).
  db.version(3).stores({
    articles: [
      'id',
      ...ARTICLE_SORT_FIELDS.flatMap((field) => [
        articleListIndex(field, false),
        articleListIndex(field, true),
      ]),
      'normalizedUrl',
      'contentHash',
      'trashedAt',
      '*tags',
    ].join(', '),
    articleBodies: 'id',
    articleImages: '[articleId+name], articleId',
  })
  // 4: highlights an import holds for pages not in the library ("Not in your library"),
  // found again by address or title when a page is added. A new table only.
  db.version(4).stores({
    pendingImports: 'id, document.normalizedUrl, document.titleKey, importedAt',
  })
  // 5: previous versions of updated articles. New tables only: no stored row changes shape.
  db.version(5).stores({
    articleVersions: 'id, articleId, [articleId+replacedAt]',
    articleVersionImages: '[versionId+name], versionId',
  })
}

/**
 * Without declared versions Dexie reads the stored schema on open but only reaches tables
 * through `db.table(name)`; give the typed properties the tables that exist.
 */
function bindStoredTables(db: GlossDatabase): void {
  const stored = new Set(db.tables.map((table) => table.name))
  for (const name of TABLES) {
    if (stored.has(name)) Object.assign(db, { [name]: db.table(name) })
  }
}
