import { describe, expect, it } from 'vitest'
import { FAMILY, trickyInput } from './__fixtures__/tricky-article'
import { csvCell, formatCsv } from './csv'

/** A strict RFC 4180 reader, to prove the file parses back into the cells that were meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"' && (quoted || cell === '')) {
      quoted = !quoted
    } else if (!quoted && c === ',') {
      row.push(cell)
      cell = ''
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
      i++
    } else {
      cell += c
    }
  }
  expect(quoted).toBe(false)
  expect(cell === '' && row.length === 0).toBe(true)
  return rows
}

describe('csvCell', () => {
  it('quotes what RFC 4180 requires and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"')
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('\r=1')).toBe('"\'\r=1"')
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('a=1')).toBe('a=1')
  })
})

describe('formatCsv on the tricky article', () => {
  const input = trickyInput()
  const csv = formatCsv(input)

  it('starts with a UTF-8 BOM for Excel and ends every row with CRLF', () => {
    expect(
      csv.startsWith('\uFEFFQuote,Note,Tags,Colour,Section,Position,Created,Modified\r\n'),
    ).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('writes one row per highlight, in reading order, with the exact cells', () => {
    const rows = parseCsv(csv.slice(1))
    expect(rows).toHaveLength(7)
    expect(rows.every((row) => row.length === 8)).toBe(true)
    expect(rows[1]).toEqual([
      'a | pipe, a "quoted" word and a #hashtag',
      '',
      '',
      'Pink',
      'Standfirst',
      '76–116',
      '2024-05-01T09:01:00.000Z',
      '2024-05-01T09:01:01.234Z',
    ])
    expect(rows[2].slice(0, 3)).toEqual([
      `emoji ${FAMILY} and a flag \u{1F1FA}\u{1F1E6}`,
      `Family emoji ${FAMILY} stays whole.`,
      'emoji \u{1F600}',
    ])
    expect(rows[4][0]).toBe('</script><script>alert(1)</script> stays text.\n\nVoices')
    expect(rows[6].slice(0, 5)).toEqual([
      "'=SUM(A1:A2) and +1 and @home",
      '\'=HYPERLINK("http://evil.example","click")',
      "'@home, -minus",
      'Yellow',
      'Voices in other scripts',
    ])
  })

  it('writes the raw lines a text editor shows', () => {
    const lines = csv.split('\r\n')
    expect(lines[1]).toBe(
      '"a | pipe, a ""quoted"" word and a #hashtag",,,Pink,Standfirst,76–116,2024-05-01T09:01:00.000Z,2024-05-01T09:01:01.234Z',
    )
    expect(lines[6]).toBe(
      '\'=SUM(A1:A2) and +1 and @home,"\'=HYPERLINK(""http://evil.example"",""click"")","\'@home, -minus",Yellow,Voices in other scripts,452–480,2024-05-01T09:06:00.000Z,2024-05-01T09:06:01.234Z',
    )
  })

  it('drops the Note and Tags columns when they are left out', () => {
    const rows = parseCsv(
      formatCsv(trickyInput({ includeNotes: false, includeTags: false })).slice(1),
    )
    expect(rows[0]).toEqual(['Quote', 'Colour', 'Section', 'Position', 'Created', 'Modified'])
    expect(rows[6][0]).toBe("'=SUM(A1:A2) and +1 and @home")
  })
})
