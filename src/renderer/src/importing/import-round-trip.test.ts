import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { HIGHLIGHT_COLORS, type Annotation, type AnnotationTarget } from '@shared/annotation'
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { exportAs } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import { host } from '@renderer/testing/fake-host'
import { seedArticle } from '@renderer/testing/seed-article'
import { startImportApp } from './flow-test-app'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => host.reset())

const article = seedArticle()
const index = createTextIndex(article.text)

/** Any text at all, lone surrogates, emoji and controls included. */
const anyText = (constraints: { minLength?: number; maxLength: number }) =>
  fc.string({ unit: 'binary', ...constraints })

/** A passage of the article, described as a selection would be. */
const passage: fc.Arbitrary<AnnotationTarget> = fc
  .record({ start: fc.nat(article.text.length - 1), length: fc.integer({ min: 1, max: 400 }) })
  .map(({ start, length }) => describeRange(index, { start, end: start + length }))
  .filter((target): target is AnnotationTarget => target !== null)

/**
 * A passage the article may not have (another text of it), anywhere in it. Offsets past the
 * article's end do not come back: import drops them (useAnnotationImport.test.ts).
 */
const strayPassage: fc.Arbitrary<AnnotationTarget> = fc.record({
  quote: fc.record({
    exact: anyText({ minLength: 1, maxLength: 200 }),
    prefix: anyText({ maxLength: 32 }),
    suffix: anyText({ maxLength: 32 }),
  }),
  position: fc
    .tuple(fc.nat(article.text.length), fc.nat(article.text.length))
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
})

// Times an ISO 8601 string holds to the millisecond: 1970 to 2100.
const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) })

const annotation: fc.Arbitrary<Annotation> = fc.record({
  id: fc.uuid({ version: 4 }),
  articleId: fc.constant(article.id),
  color: fc.constantFrom(...HIGHLIGHT_COLORS),
  note: fc.oneof(fc.constant(''), anyText({ maxLength: 400 })),
  tags: fc.uniqueArray(anyText({ minLength: 1, maxLength: 24 }), { maxLength: 5 }),
  createdAt: time,
  updatedAt: time,
  target: fc.oneof(passage, strayPassage),
})

const byId = (a: Annotation, b: Annotation): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

describe('export to JSON-LD, then import into an empty database', () => {
  it('gives back every annotation exactly: ids, selectors, colour, note, tags, times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(annotation, { selector: (a) => a.id, minLength: 1, maxLength: 8 }),
        async (annotations) => {
          const file = exportAs('json-ld', {
            article,
            annotations: readingOrder(article, annotations),
            exportedAt: new Date(),
            options: { includeNotes: true, includeTags: true },
          })
          const app = await startImportApp()
          host.willOpen('export.jsonld', file)
          await app.flow.start()
          expect(app.flow.error.value).toBeNull()
          await app.flow.confirm(true)
          expect(app.flow.error.value).toBeNull()
          expect(await app.rows()).toEqual([...annotations].sort(byId))
        },
      ),
      { numRuns: 40 },
    )
    // Forty full imports into fresh databases take about 4 s on an idle two-core machine and
    // over 5 s under load: Vitest's 5 s default is a budget for one case, not for forty.
  }, 30_000)
})
