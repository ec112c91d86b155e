// Every format names the previous version an export quotes, in its header, and says nothing
// of versions when the export is of the current text.
import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { trickyInput } from './__fixtures__/tricky-article'
import { EXPORT_FORMATS, exportAs } from './formats'

const LABEL = 'Version of 3 Dec 2026'

function ofVersion() {
  const input = trickyInput()
  return { ...input, article: { ...input.article, version: LABEL } }
}

describe('the export of a previous version', () => {
  it('names the version in the header of each format', () => {
    const input = ofVersion()
    const markdown = exportAs('markdown', input)
    expect(markdown.split('\n---\n')[0]).toContain(`version: "${LABEL}"`)
    expect(JSON.parse(exportAs('json-ld', input))['gloss:version']).toBe(LABEL)
    const html = exportAs('html', input)
    expect(html.slice(0, html.indexOf('</header>'))).toContain(
      `<p class="meta">${LABEL} (the text before an update)</p>`,
    )
    const text = exportAs('text', input).split('\n')
    expect(text.slice(0, 4)).toContain(`${LABEL} (the text before an update)`)
    const csv = exportAs('csv', input).replace(/^\uFEFF/, '')
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.length).toBe(input.annotations.length)
    expect(rows.every((row) => row.Version === LABEL)).toBe(true)
  })

  it('says nothing of versions for the current text', () => {
    const input = trickyInput()
    for (const format of EXPORT_FORMATS) {
      expect(exportAs(format.id, input), format.id).not.toMatch(
        /Version of|gloss:version|^version:/m,
      )
    }
  })
})
