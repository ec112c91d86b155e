/**
 * A parsed import file → its documents, each with the highlights and page notes the file holds
 * on it, first seen first. Two sources that normalise to one address (`http:` and `https:`,
 * a tracking parameter) are one document; a document named by title only is grouped by its
 * title key, so a Readwise CSV's rows on one book are one group.
 */
import type {
  ImportBatch,
  ImportCandidate,
  ImportDocument,
  ImportPageNote,
} from '@renderer/importing/formats/types'
import { documentKeys, type DocumentKeys } from './document-keys'

export interface DocumentGroup extends DocumentKeys {
  /** Tells groups apart within one file. */
  readonly key: string
  /** The document as the file first names it. */
  readonly document: ImportDocument
  /** In file order. */
  readonly annotations: readonly ImportCandidate[]
  /** In file order. */
  readonly pageNotes: readonly ImportPageNote[]
}

const NO_DOCUMENT: ImportDocument = { source: '', title: '' }

function groupKey(document: ImportDocument, keys: DocumentKeys): string {
  if (keys.articleId) return `article:${keys.articleId}`
  if (keys.normalizedUrl) return `url:${keys.normalizedUrl}`
  if (document.source) return `source:${document.source}`
  return `title:${keys.titleKey}`
}

interface Gathering extends DocumentKeys {
  key: string
  document: ImportDocument
  annotations: ImportCandidate[]
  pageNotes: ImportPageNote[]
}

/** @param batch - what the parser gave */
export function groupByDocument(
  batch: Pick<ImportBatch, 'annotations' | 'pageNotes' | 'documents'>,
): DocumentGroup[] {
  const groups = new Map<string, Gathering>()
  function groupOf(document: ImportDocument): Gathering {
    const keys = documentKeys(document)
    const key = groupKey(document, keys)
    let group = groups.get(key)
    if (!group) {
      group = { key, document, ...keys, annotations: [], pageNotes: [] }
      groups.set(key, group)
    }
    return group
  }
  for (const candidate of batch.annotations) {
    groupOf(batch.documents.get(candidate.id) ?? NO_DOCUMENT).annotations.push(candidate)
  }
  for (const pageNote of batch.pageNotes) groupOf(pageNote.document).pageNotes.push(pageNote)
  return [...groups.values()]
}
