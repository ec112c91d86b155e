// Regression fixtures (fixtures/*.json, see fixtures/README.md): highlight a passage of an
// article, optionally make its stored position stale or edit the article, re-anchor, and check
// the method and the exact place the highlight comes back to.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { anchorTarget } from './anchor'
import { describeRange } from './describe'
import { createTextIndex } from './text-index'
import type { AnchorResult } from './types'

interface FixtureEdit {
  readonly find: string
  readonly replace: string
  readonly all?: boolean
}

interface FixtureCase {
  readonly name: string
  readonly highlight: string
  readonly occurrence?: number
  readonly stalePositionBy?: number
  readonly edits?: readonly FixtureEdit[]
  readonly expect: AnchorResult['method']
  readonly expectText?: string
  readonly expectOccurrence?: number
}

interface Fixture {
  readonly about: string
  readonly article: string
  readonly cases: readonly FixtureCase[]
}

const FIXTURES = join(__dirname, 'fixtures')

function parsed(source: string): Article {
  const result = parseArticle(source, { id: 'fixture' })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Offset of the `n`th (1-based) occurrence of `needle`; a fixture naming a missing one is wrong. */
function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1)
    if (at === -1) throw new Error(`Fixture error: occurrence ${n} of ${JSON.stringify(needle)}`)
  }
  return at
}

function applyEdits(source: string, edits: readonly FixtureEdit[]): string {
  return edits.reduce((text, { find, replace, all }) => {
    const count = text.split(find).length - 1
    if (count === 0 || (count > 1 && !all)) {
      throw new Error(`Fixture error: ${JSON.stringify(find)} occurs ${count} times`)
    }
    return text.split(find).join(replace)
  }, source)
}

const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))

describe('anchoring fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Fixture
    const source = readFileSync(join(FIXTURES, fixture.article), 'utf8')
    const before = parsed(source)
    const beforeIndex = createTextIndex(before.text)

    describe(file, () => {
      for (const c of fixture.cases) {
        it(c.name, () => {
          const occurrence = c.occurrence ?? 1
          const start = nthIndexOf(before.text, c.highlight, occurrence)
          const stored = describeRange(beforeIndex, { start, end: start + c.highlight.length })
          if (!stored) throw new Error('Fixture error: the highlight is empty')
          expect(stored.quote.exact).toBe(c.highlight)
          const shift = c.stalePositionBy ?? 0
          const target = {
            ...stored,
            position: { start: start + shift, end: start + shift + c.highlight.length },
          }
          const after = c.edits ? parsed(applyEdits(source, c.edits)) : before

          const result = anchorTarget(createTextIndex(after.text), target)

          expect(result.method).toBe(c.expect)
          if (result.method === 'orphaned') return
          const text = c.expectText ?? c.highlight
          const expectedStart = nthIndexOf(after.text, text, c.expectOccurrence ?? occurrence)
          expect(after.text.slice(result.start, result.end)).toBe(text)
          expect({ start: result.start, end: result.end }).toEqual({
            start: expectedStart,
            end: expectedStart + text.length,
          })
        })
      }
    })
  }
})
