import { unzipSync, strFromU8 } from 'fflate'
import MarkdownIt from 'markdown-it'
import Papa from 'papaparse'
import { describe, expect, it, vi } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  annotationMusts,
  collectionMusts,
  failures,
} from '@renderer/exporting/formats/__fixtures__/w3c-musts'
import { parseAnnotationFile } from '@renderer/importing/formats/parse-annotation-file'
import { HOSTILE_NOTE, HOSTILE_TAG, exportLibrary } from './__fixtures__/export-library'
import { buildLibraryExport, type LibraryExportSettings } from './build-library-export'
import { zipFiles } from './files-zip'
import { ExportCancelled } from './library-inputs'

const settings: LibraryExportSettings = {
  exportedAt: new Date('2024-05-01T10:00:00Z'),
  options: { includeNotes: true, includeTags: true, includeLinks: false },
}

/** A Markdown file's front matter (parsed as YAML) and its body. */
function splitFrontMatter(text: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (!match) throw new Error(`No front matter in:\n${text.slice(0, 200)}`)
  return { front: parseYaml(match[1]), body: text.slice(match[0].length) }
}

/** The text of every blockquote of a Markdown document, as markdown-it renders it. */
function blockquotes(markdown: string): string[] {
  const html = new MarkdownIt('commonmark').render(markdown)
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return Array.from(doc.querySelectorAll('blockquote'), (quote) => quote.textContent!.trim())
}

describe('Export all as Markdown, zipped', () => {
  it('holds one file per article outside the Trash, each with valid front matter and its quotes', async () => {
    const library = await exportLibrary()
    const built = await buildLibraryExport(library.source, 'markdown', settings)
    expect(built).toMatchObject({ articles: 4, highlights: 5 })

    const entries = unzipSync(await zipFiles(built.files))
    expect(Object.keys(entries)).toEqual([
      `${library.exported[0].title}.md`,
      'Notes- on -everything-.md',
      'Notes- on -everything- (2).md',
      '_CON.md',
    ])
    for (const article of library.exported) {
      const name = built.files[library.exported.indexOf(article)].name
      const { front, body } = splitFrontMatter(strFromU8(entries[name]))
      expect(front.title).toBe(article.title)
      const quotes = library.highlights
        .filter((highlight) => highlight.articleId === article.id)
        .map((highlight) => highlight.target.quote.exact)
      expect(blockquotes(body)).toEqual(quotes)
    }
  })

  it('keeps a hostile note and the article note as written', async () => {
    const library = await exportLibrary()
    const built = await buildLibraryExport(library.source, 'markdown', settings)
    const text = built.files[1].text
    for (const line of HOSTILE_NOTE.split('\n')) expect(text).toContain(line)
    expect(text).toContain('The article’s note.')
    expect(built.files.some((file) => file.text.includes('Gone'))).toBe(false)
  })

  it('reads the library in chunks, telling its progress, and stops when cancelled', async () => {
    const library = await exportLibrary()
    const progress = vi.fn()
    await buildLibraryExport(library.source, 'markdown', { ...settings, progress })
    expect(progress.mock.calls).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ])
    const cancel = new AbortController()
    const stopping = buildLibraryExport(library.source, 'markdown', {
      ...settings,
      signal: cancel.signal,
      progress: (done) => done === 2 && cancel.abort(),
    })
    await expect(stopping).rejects.toBeInstanceOf(ExportCancelled)
  })
})

describe('Export all as Markdown, read back', () => {
  it('gives back every highlight of every file through Gloss’s own Markdown import', async () => {
    const library = await exportLibrary()
    const built = await buildLibraryExport(library.source, 'markdown', settings)
    const entries = unzipSync(await zipFiles(built.files))
    const read = Object.values(entries).flatMap((bytes) => {
      const parsed = parseAnnotationFile(strFromU8(bytes))
      if (!parsed.ok) throw new Error(parsed.error.message)
      return parsed.value.annotations.map((candidate) => ({
        candidate,
        document: parsed.value.documents.get(candidate.id),
      }))
    })
    const byId = new Map(read.map((one) => [one.candidate.id, one]))
    expect(byId.size).toBe(library.highlights.length)
    for (const highlight of library.highlights) {
      const back = byId.get(highlight.id)
      expect(back, highlight.id).toBeDefined()
      expect(back!.candidate).toMatchObject({
        color: highlight.color,
        note: highlight.note,
        createdAt: highlight.createdAt,
      })
      expect(back!.candidate.target.quote.exact).toBe(highlight.target.quote.exact)
      // Each file names its article, so a library-wide import puts the highlight back on it.
      const article = library.exported.find((one) => one.id === highlight.articleId)!
      expect(back!.document?.title).toBe(article.title)
    }
  })
})

describe('Export all as CSV', () => {
  it('has a row per highlight with its article’s title and URL, every cell read back exactly', async () => {
    const library = await exportLibrary()
    const built = await buildLibraryExport(library.source, 'csv', settings)
    const [file] = built.files
    expect(file.name).toMatch(/^Gloss library \d{4}-\d\d-\d\d\.csv$/)
    expect(file.text.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(file.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([
      'Article',
      'URL',
      'Quote',
      'Note',
      'Tags',
      'Colour',
      'Section',
      'Position',
      'Created',
      'Modified',
    ])
    expect(parsed.data.map((row) => row.Quote)).toEqual(
      library.highlights.map((highlight) => highlight.target.quote.exact),
    )
    const hostile = parsed.data[1]
    expect(hostile).toMatchObject({
      Article: 'Notes: on *everything*',
      URL: 'https://example.org/notes?a=1',
      // Defused: a spreadsheet shows it as text and never runs it.
      Note: `'${HOSTILE_NOTE}`,
      Tags: `'${HOSTILE_TAG}`,
    })
    expect(parsed.data[2].URL).toBe('https://example.org/notes?a=1')
    expect(parsed.data[3]).toMatchObject({ Article: 'Notes: on *everything*', URL: '' })
  })
})

describe('Export all as one JSON-LD collection', () => {
  it('passes the W3C MUSTs, each target naming its article, and imports back', async () => {
    const library = await exportLibrary()
    const built = await buildLibraryExport(library.source, 'json-ld', settings)
    const collection = JSON.parse(built.files[0].text)
    expect(failures(collectionMusts, collection)).toEqual([])
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 5 })
    const items: { id: string; target: { source: string; scope?: string } }[] =
      collection.first.items
    expect(items).toHaveLength(5)
    for (const item of items) expect(failures(annotationMusts, item), item.id).toEqual([])
    expect(items.map((item) => item.target.source)).toEqual(
      library.highlights.map(
        (highlight) => `urn:gloss:article:${encodeURIComponent(highlight.articleId)}`,
      ),
    )
    expect(items[1].target.scope).toBe('https://example.org/notes?a=1')
    expect(items[0].target.scope).toBeUndefined()

    const imported = parseAnnotationFile(built.files[0].text)
    if (!imported.ok) throw new Error(imported.error.message)
    expect(imported.value.annotations.map((annotation) => annotation.id)).toEqual(
      library.highlights.map((highlight) => highlight.id),
    )
    expect(imported.value.annotations[1].note).toBe(HOSTILE_NOTE)
  })
})
