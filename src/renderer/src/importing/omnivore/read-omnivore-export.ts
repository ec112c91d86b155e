/**
 * An Omnivore export ZIP's bytes → its items, each with its readable content and its
 * highlights as import candidates, or one refusal a person can read. Recognised by its
 * content, never its name: a ZIP (its magic bytes) whose root holds Omnivore's metadata files.
 * Everything is checked before anything is returned (the ZIP's directory and sizes, every
 * metadata file against its schema, slugs unique, the highlights within the import limits),
 * so the flow writes all of it or nothing. The export keeps no colour, time or position of a
 * highlight: each is yellow, dated by its item's last update, and found by its quote.
 */
import * as v from 'valibot'
import type { ImportCandidate, ImportDocument, ImportPageNote } from '../formats/types'
import { MAX_NOTE_CHARS, MAX_QUOTE_CHARS, formatCount } from '../formats/limits'
import { err, ok, type Result } from '@shared/result'
import { readHighlightsMarkdown } from './highlights-markdown'
import {
  isMetadataName,
  OmnivoreMetadataSchema,
  MAX_OMNIVORE_ITEMS,
  type OmnivoreItemMetadata,
} from './metadata-schema'
import { nameBasedId } from './name-based-id'
import { readZipEntries } from './zip-entries'

/** Most highlights in one export. */
export const MAX_OMNIVORE_HIGHLIGHTS = 50_000

export interface OmnivoreItem {
  readonly slug: string
  readonly title: string
  readonly author: string
  /** The original page's address, '' when the export has none. */
  readonly url: string
  readonly description: string
  /** The item's labels, each once, as Gloss article tags. */
  readonly labels: readonly string[]
  /** When it was saved to Omnivore, in milliseconds; null when not given. */
  readonly savedAt: number | null
  /** When the page says it was published, ISO 8601; '' when not given. */
  readonly publishedAt: string
  readonly archived: boolean
  /** Its readable content (HTML from outside: sanitised when added); null for a PDF or none. */
  readonly html: string | null
  readonly highlights: readonly ImportCandidate[]
  readonly pageNotes: readonly ImportPageNote[]
  readonly document: ImportDocument
}

export interface OmnivoreExport {
  /** In the order of the metadata files (by their first item), then of each file. */
  readonly items: readonly OmnivoreItem[]
  /** Highlights in all items. */
  readonly highlights: number
}

const decoder = new TextDecoder('utf-8')
const decode = (bytes: Uint8Array): string => decoder.decode(bytes).replace(/^\uFEFF/, '')

const WANTED = (name: string): boolean =>
  isMetadataName(name) ||
  /^content\/[^/]+\.html$/.test(name) ||
  /^highlights\/[^/]+\.md$/.test(name)

/** `metadata_20_to_40.json` sorts after `metadata_0_to_20.json`, not before it. */
function metadataOrder(name: string): number {
  return Number(/^metadata_(\d+)_/.exec(name)?.[1] ?? 0)
}

function readMetadata(
  files: ReadonlyMap<string, Uint8Array>,
): Result<OmnivoreItemMetadata[], string> {
  const names = [...files.keys()]
    .filter(isMetadataName)
    .sort((a, b) => metadataOrder(a) - metadataOrder(b))
  const items: OmnivoreItemMetadata[] = []
  for (const name of names) {
    let json: unknown
    try {
      json = JSON.parse(decode(files.get(name)!))
    } catch {
      return err(`${name} in the ZIP is not JSON, so the export cannot be read.`)
    }
    const checked = v.safeParse(OmnivoreMetadataSchema, json)
    if (!checked.success) {
      const issue = checked.issues[0]
      const index = issue.path?.find((step) => typeof step.key === 'number')?.key
      const where = typeof index === 'number' ? `item ${formatCount(index + 1)} of ${name}` : name
      return err(`The export cannot be read: in ${where}, ${issue.message}.`)
    }
    items.push(...checked.output)
    if (items.length > MAX_OMNIVORE_ITEMS) {
      return err(
        `The export lists more than ${formatCount(MAX_OMNIVORE_ITEMS)} items, more than Gloss imports at once.`,
      )
    }
  }
  return ok(items)
}

const timeOf = (iso: string | null | undefined): number | null => (iso ? Date.parse(iso) : null)

async function readItem(
  meta: OmnivoreItemMetadata,
  files: ReadonlyMap<string, Uint8Array>,
  now: number,
): Promise<Result<OmnivoreItem, string>> {
  const title = meta.title?.trim() || meta.slug
  const url = meta.url?.trim() ?? ''
  const document: ImportDocument = { source: url, title }
  const content = files.get(`content/${meta.slug}.html`)
  const markdown = files.get(`highlights/${meta.slug}.md`)
  const read = markdown
    ? readHighlightsMarkdown(decode(markdown))
    : { highlights: [], pageNotes: [] }
  const createdAt = timeOf(meta.updatedAt) ?? timeOf(meta.savedAt) ?? now
  const highlights: ImportCandidate[] = []
  for (const [n, highlight] of read.highlights.entries()) {
    if (highlight.quote === '') continue
    if (highlight.quote.length > MAX_QUOTE_CHARS || highlight.note.length > MAX_NOTE_CHARS) {
      return err(
        `A highlight of “${title.slice(0, 80)}” is longer than Gloss keeps, so the export cannot be imported.`,
      )
    }
    highlights.push({
      id: await nameBasedId(`omnivore:${meta.id ?? meta.slug}:${n}`),
      color: 'yellow',
      note: highlight.note,
      tags: [...new Set(highlight.labels)],
      createdAt,
      updatedAt: createdAt,
      target: { quote: { exact: highlight.quote, prefix: '', suffix: '' }, position: null },
    })
  }
  const pageNotes: ImportPageNote[] = read.pageNotes.map((note) => ({
    note,
    tags: [],
    createdAt,
    reply: false,
    document,
  }))
  return ok({
    slug: meta.slug,
    title,
    author: meta.author?.trim() ?? '',
    url,
    description: meta.description?.trim() ?? '',
    labels: [...new Set((meta.labels ?? []).map((label) => label.trim()).filter(Boolean))],
    savedAt: timeOf(meta.savedAt),
    publishedAt: meta.publishedAt ?? '',
    archived: meta.state === 'Archived' || meta.state === 'ARCHIVED',
    html: content ? decode(content) : null,
    highlights,
    pageNotes,
    document,
  })
}

/**
 * @param bytes - the file as picked
 * @param now - the time for items that state none; defaults to now
 */
export async function readOmnivoreExport(
  bytes: Uint8Array,
  now = Date.now(),
): Promise<Result<OmnivoreExport, string>> {
  const unzipped = readZipEntries(bytes, WANTED)
  if (!unzipped.ok) return unzipped
  const { files } = unzipped.value
  if (![...files.keys()].some(isMetadataName)) {
    return err(
      'The ZIP is not an Omnivore export: it has no metadata file (metadata_0_to_20.json).',
    )
  }
  const metadata = readMetadata(files)
  if (!metadata.ok) return metadata
  if (metadata.value.length === 0) return err('The Omnivore export lists no items.')
  const slugs = new Set<string>()
  const items: OmnivoreItem[] = []
  let highlights = 0
  for (const meta of metadata.value) {
    if (slugs.has(meta.slug)) {
      return err(
        `The export lists “${meta.slug.slice(0, 80)}” twice, so it cannot say which is right.`,
      )
    }
    slugs.add(meta.slug)
    const item = await readItem(meta, files, now)
    if (!item.ok) return item
    highlights += item.value.highlights.length
    if (highlights > MAX_OMNIVORE_HIGHLIGHTS) {
      return err(
        `The export holds more than ${formatCount(MAX_OMNIVORE_HIGHLIGHTS)} highlights, more than Gloss imports at once.`,
      )
    }
    items.push(item.value)
  }
  return ok({ items, highlights })
}
