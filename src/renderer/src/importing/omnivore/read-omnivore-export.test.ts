/**
 * Omnivore's export ZIP, from the hand-written sample in `fixtures/import/omnivore/` (see its
 * README), read into items with their content and highlights; and damaged copies of it, each
 * refused with one clear sentence.
 */
import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { readOmnivoreExport } from './read-omnivore-export'
import { sampleFiles, sampleMetadata, sampleZip, zipOf } from './test-zips'

const NOW = Date.parse('2025-01-01T00:00:00Z')

async function refusal(bytes: Uint8Array): Promise<string> {
  const read = await readOmnivoreExport(bytes, NOW)
  if (read.ok) throw new Error('expected the export to be refused')
  return read.error
}

function withMetadata(metadata: unknown): Uint8Array {
  return zipOf({ ...sampleFiles(), 'metadata_0_to_3.json': JSON.stringify(metadata) })
}

describe('readOmnivoreExport', () => {
  it('reads every item of the sample with its content, labels and highlights', async () => {
    const read = await readOmnivoreExport(sampleZip(), NOW)
    if (!read.ok) throw new Error(read.error)
    const [harbour, garden, report] = read.value.items
    expect(read.value.highlights).toBe(4)
    expect(harbour).toMatchObject({
      title: 'The harbour at night',
      author: 'Mara Quill',
      url: 'https://www.example.org/stories/harbour-at-night?utm_source=omnivore',
      labels: ['Sea', 'Long reads'],
      savedAt: Date.parse('2024-03-12T09:15:27.000Z'),
      publishedAt: '2024-03-10T06:00:00.000Z',
      archived: false,
    })
    expect(harbour.html).toContain('<p>The keeper climbs the tower twice a night.')
    expect(harbour.highlights.map((h) => h.target.quote.exact)).toEqual([
      expect.stringMatching(/^By the time the last boat/),
      expect.stringMatching(/^The keeper climbs.*\n\nHe keeps/s),
      'A sentence that the article no longer has.',
    ])
    const [first] = harbour.highlights
    expect(first).toMatchObject({
      color: 'yellow',
      tags: ['Sea', 'night shift'],
      note: expect.stringContaining('Second paragraph of the note.'),
      createdAt: Date.parse('2024-03-14T18:02:11.000Z'),
      target: { position: null },
    })
    expect(first.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(harbour.pageNotes.map((note) => note.note)).toEqual([
      'This note was written on the whole page, not on a passage.',
    ])
    expect(harbour.document).toEqual({
      source: 'https://www.example.org/stories/harbour-at-night?utm_source=omnivore',
      title: 'The harbour at night',
    })
    expect(garden).toMatchObject({
      author: '',
      archived: true,
      labels: [],
      savedAt: Date.parse('2024-01-05T20:41:00.000Z'),
    })
    expect(garden.highlights.map((h) => h.tags)).toEqual([['plants']])
    // The uploaded PDF is listed, without content Gloss can read.
    expect(report).toMatchObject({ title: 'Quarterly report', html: null, highlights: [] })
  })

  it('gives a highlight the same id each time, so an export imported again is recognised', async () => {
    const ids = async () => {
      const read = await readOmnivoreExport(sampleZip(), NOW)
      return read.ok ? read.value.items.flatMap((item) => item.highlights.map((h) => h.id)) : []
    }
    const first = await ids()
    expect(new Set(first).size).toBe(4)
    expect(await ids()).toEqual(first)
  })

  it('recognises an export by its content, not its name', async () => {
    const named = await readOmnivoreExport(sampleZip(), NOW)
    expect(named.ok).toBe(true)
    // A ZIP without Omnivore's metadata (a Gloss backup, say) is not one.
    expect(await refusal(zipOf({ 'manifest.json': '{}', 'data.json': '{}' }))).toBe(
      'The ZIP is not an Omnivore export: it has no metadata file (metadata_0_to_20.json).',
    )
  })

  it('reads metadata split over several files, in their order', async () => {
    const [one, two] = sampleMetadata()
    const files = sampleFiles()
    delete (files as Record<string, string>)['metadata_0_to_3.json']
    const read = await readOmnivoreExport(
      zipOf({
        ...files,
        'metadata_20_to_21.json': JSON.stringify([two]),
        'metadata_0_to_20.json': JSON.stringify([one]),
      }),
      NOW,
    )
    expect(read.ok && read.value.items.map((item) => item.title)).toEqual([
      'The harbour at night',
      'What grows in a winter garden',
    ])
  })
})

describe('readOmnivoreExport refuses a damaged export, with one sentence', () => {
  it('refuses bytes that are not a ZIP, and a ZIP cut short', async () => {
    expect(await refusal(new TextEncoder().encode('{"annotations": []}'))).toBe(
      'The file is not a ZIP.',
    )
    const zip = sampleZip()
    expect(await refusal(zip.slice(0, Math.floor(zip.length / 2)))).toBe(
      'The ZIP is damaged: Gloss cannot unpack it.',
    )
  })

  it('refuses a ZIP that is not an Omnivore export', async () => {
    expect(await refusal(zipOf({ 'content/a.html': '<p>a</p>' }))).toMatch(
      /^The ZIP is not an Omnivore export: it has no metadata file/,
    )
  })

  it('refuses metadata that is not JSON, or not in the shape Omnivore wrote', async () => {
    expect(await refusal(zipOf({ ...sampleFiles(), 'metadata_0_to_3.json': '[{"slug": ' }))).toBe(
      'metadata_0_to_3.json in the ZIP is not JSON, so the export cannot be read.',
    )
    expect(await refusal(withMetadata({ items: [] }))).toBe(
      'The export cannot be read: in metadata_0_to_3.json, it is not a list of items.',
    )
    const [one, two] = sampleMetadata()
    expect(await refusal(withMetadata([one, { ...two, labels: 'plants' }]))).toBe(
      'The export cannot be read: in item 2 of metadata_0_to_3.json, its labels are not a list.',
    )
    expect(await refusal(withMetadata([{ ...one, slug: '../../etc/passwd' }]))).toBe(
      'The export cannot be read: in item 1 of metadata_0_to_3.json, its slug is not a plain file name.',
    )
    expect(await refusal(withMetadata([{ ...one, savedAt: 'last Tuesday' }]))).toBe(
      'The export cannot be read: in item 1 of metadata_0_to_3.json, a date is not an ISO 8601 date and time.',
    )
    expect(await refusal(withMetadata([one, one]))).toBe(
      'The export lists “the-harbour-at-night-18c1f2a3b4d” twice, so it cannot say which is right.',
    )
    expect(await refusal(withMetadata([]))).toBe('The Omnivore export lists no items.')
  })

  it('refuses an entry whose name climbs out of the archive', async () => {
    for (const name of ['../outside.html', '/etc/passwd', 'content\\..\\x.html', 'C:/x.html']) {
      expect(await refusal(zipOf({ ...sampleFiles(), [name]: 'x' }))).toMatch(
        /which points outside the archive\.$/,
      )
    }
  })

  it('refuses a ZIP listing more files than Gloss reads', async () => {
    const many: Record<string, Uint8Array> = {}
    for (let i = 0; i <= 50_000; i++) many[`f/${i}`] = new Uint8Array(0)
    expect(await refusal(zipSync(many, { level: 0 }))).toBe(
      'The ZIP lists 50,001 files; Gloss reads at most 50,000.',
    )
  })
})
