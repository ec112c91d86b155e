/**
 * The checks a backup's library passes before it is restored (valibot, like `row-schemas.ts`:
 * fresh objects from known keys only): an article's list row, its blocks (every block, mark
 * and container kind the reader knows, offsets that are whole and in order, links only to
 * `https:` and `mailto:`), the index of its pictures, and its previous versions (their text,
 * their highlights as they were, the index of their pictures). Its text fields have no length
 * limits of their own: they are what the reader added, which a backup must give back whole
 * (the size of `data.json` is limited instead). The fields a row derives from others
 * (`shelf`, `readState`, `sortTitle`, `normalizedUrl`) are not read from the file but worked
 * out again (`restoredArticleRecord`), so the library's indexes always agree with the row.
 */
import * as v from 'valibot'
import { isOpenableExternalUrl } from '@shared/external-url'
import type { ArticleRecord } from '@renderer/db/database'
import { withDerivedFields } from '@renderer/db/library-rows'
import { normalizeUrl } from '@renderer/db/normalize-url'
import { sortTitle } from '@renderer/db/sort-title'
import { AnnotationSchema, Fraction, Key, Offset, Time } from './row-schemas'

const Text = v.string()
/** Never opened, or a date Gloss could have stored. */
const TimeOrNever = v.union([v.literal(0), Time])
const Size = v.pipe(v.number(), v.finite(), v.minValue(0))
const Digest = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'not a SHA-256 digest'))

const ArticleRecordSchema = v.object({
  id: Key,
  title: Text,
  siteName: Text,
  byline: Text,
  url: Text,
  contentHash: Digest,
  addedAt: v.union([v.literal(0), Time]),
  openedAt: TimeOrNever,
  wordCount: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  progress: Fraction,
  archived: v.picklist([0, 1]),
  trashedAt: TimeOrNever,
  tags: v.array(Text),
  origin: v.picklist(['bundled', 'file', 'paste']),
  lang: Text,
  dir: v.picklist(['ltr', 'rtl', '']),
})

const ImageRefEntries = {
  image: v.nullable(Text),
  alt: v.string(),
  remoteHost: v.optional(Text),
  width: v.optional(Size),
  height: v.optional(Size),
}

const Range = { start: Offset, end: Offset }
const inOrder = <T extends { start: number; end: number }>(schema: v.GenericSchema<T>) =>
  v.pipe(
    schema,
    v.check((range) => range.start <= range.end, 'it ends before it starts'),
  )

const MarkSchema = inOrder(
  v.union([
    v.object({
      kind: v.picklist(['emphasis', 'strong', 'code', 'subscript', 'superscript', 'deleted']),
      ...Range,
    }),
    v.object({
      kind: v.literal('link'),
      ...Range,
      href: v.pipe(
        Text,
        v.check(isOpenableExternalUrl, 'Gloss keeps only https: and mailto: links'),
      ),
    }),
    v.object({ kind: v.literal('image'), ...Range, ...ImageRefEntries }),
  ]),
)

const ContainerSchema = v.union([
  v.object({ kind: v.picklist(['quote', 'item', 'table', 'row']), id: Key }),
  v.object({
    kind: v.literal('list'),
    id: Key,
    ordered: v.boolean(),
    first: v.optional(v.pipe(v.number(), v.safeInteger())),
  }),
  v.object({
    kind: v.literal('cell'),
    id: Key,
    header: v.boolean(),
    colSpan: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
    rowSpan: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  }),
])

const BlockEntries = {
  id: Key,
  text: v.string(),
  ...Range,
  marks: v.optional(v.array(MarkSchema)),
  within: v.optional(v.array(ContainerSchema)),
}

const BlockSchema = inOrder(
  v.union([
    v.object({
      kind: v.picklist(['headline', 'dek', 'heading', 'paragraph', 'attribution', 'code']),
      ...BlockEntries,
      level: v.optional(v.picklist([2, 3, 4, 5, 6])),
    }),
    v.object({
      kind: v.literal('figure'),
      ...BlockEntries,
      ...ImageRefEntries,
      caption: v.string(),
      creditSeparator: v.string(),
      credit: v.string(),
    }),
  ]),
)

const ArticleMetaSchema = v.object({
  byline: v.optional(Text),
  siteName: v.optional(Text),
  url: v.optional(Text),
  publishedTime: v.optional(Text),
  excerpt: v.optional(v.string()),
  lang: v.optional(Text),
  dir: v.optional(v.picklist(['ltr', 'rtl'])),
  wholePage: v.optional(v.boolean()),
})

const ArticleSchema = v.object({
  id: Key,
  title: Text,
  source: v.string(),
  blocks: v.array(BlockSchema),
  text: v.string(),
  // A library article's pictures are in the database, never at an address.
  assetBase: v.literal(''),
  meta: v.optional(ArticleMetaSchema),
})

const ArticleBodySchema = v.pipe(
  v.object({ id: Key, article: ArticleSchema }),
  v.check((body) => body.article.id === body.id, 'its blocks belong to another article'),
)

/** A previous version of an article: its text and its highlights as they were. */
const ArticleVersionSchema = v.pipe(
  v.object({
    id: Key,
    articleId: Key,
    replacedAt: Time,
    contentHash: Digest,
    article: ArticleSchema,
    highlights: v.array(AnnotationSchema),
  }),
  v.check(
    (version) =>
      version.article.id === version.articleId &&
      version.highlights.every((highlight) => highlight.articleId === version.articleId),
    'its text or highlights belong to another article',
  ),
)

const MimeType = v.pipe(
  v.string(),
  v.regex(/^([a-z0-9][\w!#$&^.+-]{0,126}\/[a-z0-9][\w!#$&^.+-]{0,126})?$/i, 'not a MIME type'),
)
const Bytes = v.pipe(v.number(), v.safeInteger(), v.minValue(0))

/** A picture in a backup's index: whose, under which name, of what type and size. */
const ImageEntrySchema = v.object({ articleId: Key, name: Text, type: MimeType, bytes: Bytes })
export type ImageEntry = v.InferOutput<typeof ImageEntrySchema>

/** A picture of a previous version in a backup's index: whose, under which name, type, size. */
const VersionImageEntrySchema = v.object({
  versionId: Key,
  name: Text,
  type: MimeType,
  bytes: Bytes,
})
export type VersionImageEntry = v.InferOutput<typeof VersionImageEntrySchema>

export const LIBRARY_SCHEMAS = {
  articles: ArticleRecordSchema,
  articleBodies: ArticleBodySchema,
  articleImages: ImageEntrySchema,
  articleVersions: ArticleVersionSchema,
  articleVersionImages: VersionImageEntrySchema,
} as const

/**
 * The stored row of a restored article: its checked fields, and the derived ones worked out
 * again.
 *
 * @param row - a row that passed the articles schema
 */
export function restoredArticleRecord(
  row: v.InferOutput<typeof ArticleRecordSchema>,
): ArticleRecord {
  return withDerivedFields({
    ...row,
    normalizedUrl: normalizeUrl(row.url),
    sortTitle: sortTitle(row.title),
    shelf: 'reading',
    readState: 'unread',
  })
}
