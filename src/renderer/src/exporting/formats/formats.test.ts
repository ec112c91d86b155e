import { describe, expect, it } from 'vitest'
import { linkableInput, trickyInput } from './__fixtures__/tricky-article'
import { EXPORT_FORMATS, exportAs, exportFormat } from './formats'

describe('the export format registry', () => {
  it('lists the formats the dialog offers, in order, with the exact labels', () => {
    expect(EXPORT_FORMATS.map((f) => [f.id, f.label, f.extension, f.mimeType])).toEqual([
      ['markdown', 'Markdown', 'md', 'text/markdown'],
      ['json-ld', 'Web Annotation (JSON-LD)', 'jsonld', 'application/ld+json'],
      ['html', 'HTML', 'html', 'text/html'],
      ['csv', 'CSV', 'csv', 'text/csv'],
      ['text', 'Plain text', 'txt', 'text/plain'],
    ])
  })

  it('says which formats carry gloss:// links, and exactly those write them', () => {
    const carrying = EXPORT_FORMATS.filter((f) => f.carriesLinks).map((f) => f.id)
    expect(carrying).toEqual(['markdown', 'html'])
    for (const format of EXPORT_FORMATS) {
      expect(exportAs(format.id, linkableInput()).includes('gloss://open/'), format.id).toBe(
        format.carriesLinks,
      )
    }
  })

  it('exports through the formatter of the chosen format', () => {
    const input = trickyInput()
    expect(exportAs('markdown', input).startsWith('---\ntitle: ')).toBe(true)
    expect(JSON.parse(exportAs('json-ld', input)).type).toBe('AnnotationCollection')
    expect(exportAs('html', input).startsWith('<!doctype html>')).toBe(true)
    expect(exportAs('csv', input).startsWith('\uFEFFQuote,')).toBe(true)
    expect(exportAs('text', input)).toBe(exportFormat('text').format(input))
  })

  it('writes lone surrogates as U+FFFD in text formats and keeps them exactly in JSON-LD', () => {
    const input = trickyInput()
    const [first] = input.annotations
    const broken = { ...input, annotations: [{ ...first, note: 'half \uD83D emoji' }] }
    expect(exportAs('text', broken)).toContain('half \uFFFD emoji')
    expect(exportAs('markdown', broken)).toContain('half \uFFFD emoji')
    const jsonLd = JSON.parse(exportAs('json-ld', broken))
    expect(jsonLd.first.items[0].body[0].value).toBe('half \uD83D emoji')
  })

  it('exports a highlight whose stored dates are no dates, leaving the dates out', () => {
    const input = trickyInput()
    const [first, ...rest] = input.annotations
    const broken = {
      ...input,
      annotations: [{ ...first, createdAt: 1e300, updatedAt: NaN }, ...rest],
    }
    for (const format of EXPORT_FORMATS) {
      expect(() => exportAs(format.id, broken), format.id).not.toThrow()
    }
    const [item, next] = JSON.parse(exportAs('json-ld', broken)).first.items
    expect(item).not.toHaveProperty('created')
    expect(item).not.toHaveProperty('modified')
    expect(next.created).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const firstRow = exportAs('csv', broken).split('\r\n')[1]
    expect(firstRow.endsWith(',,')).toBe(true)
  })
})
