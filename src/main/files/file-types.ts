/**
 * Which file types the save and open dialogs offer: the export formats Gloss writes (and its
 * backups), keyed by MIME type, and the files it can import or restore.
 */
import type { FileFilter } from 'electron'

const EXPORT_TYPES: Readonly<Record<string, FileFilter>> = {
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'application/ld+json': { name: 'Web Annotation (JSON-LD)', extensions: ['jsonld', 'json'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'text/html': { name: 'HTML', extensions: ['html', 'htm'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'text/plain': { name: 'Plain text', extensions: ['txt'] },
  'application/zip': { name: 'ZIP archive', extensions: ['zip'] },
}

const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] }

/**
 * The save dialog's filters for a MIME type: its own type first, then all files.
 *
 * @param mimeType - the exported content's type, e.g. `text/markdown`
 */
export function saveFiltersFor(mimeType: string): FileFilter[] {
  const own = EXPORT_TYPES[mimeType.toLowerCase()]
  return own ? [own, ALL_FILES] : [ALL_FILES]
}

/**
 * The extension a file of this MIME type should have (`md`), or undefined if unknown.
 *
 * @param mimeType - the exported content's type
 */
export function extensionFor(mimeType: string): string | undefined {
  return EXPORT_TYPES[mimeType.toLowerCase()]?.extensions[0]
}

/**
 * What the open dialog shows: annotation files are JSON or JSON-LD, a Readwise CSV export, or
 * an Omnivore export ZIP; Markdown (Gloss's own export, Readwise's); backups are ZIP, or JSON
 * when an older Gloss made them.
 */
export const IMPORT_FILTERS: Readonly<Record<'annotations' | 'backup', FileFilter[]>> = {
  annotations: [
    {
      name: 'Annotations (JSON-LD, JSON, Readwise CSV, Markdown, Omnivore ZIP)',
      extensions: ['jsonld', 'json', 'csv', 'md', 'markdown', 'zip'],
    },
    ALL_FILES,
  ],
  backup: [{ name: 'Gloss backup', extensions: ['zip', 'json'] }, ALL_FILES],
}

/** What the Add articles dialog shows: pages, Markdown and text first, then anything. */
export const ARTICLE_FILTERS: FileFilter[] = [
  {
    name: 'Articles (web pages, Markdown, text)',
    extensions: ['html', 'htm', 'xhtml', 'mhtml', 'mht', 'md', 'markdown', 'txt'],
  },
  ALL_FILES,
]
