// Anchoring many annotations: same answers as one by one, in chunks that yield to the browser,
// cancellable, and on one text index (the article is never re-normalised per annotation).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationTarget } from '@shared/annotation'
import { anchorTarget } from './anchor'
import { anchorTargets, anchorTargetsSync } from './anchor-batch'
import { describeRange } from './describe'
import { normalizeForMatching } from './normalized-text'
import { createTextIndex } from './text-index'
import type { AnchorResult } from './types'
import { yieldToMain } from './yield-to-main'

const UNICODE = readFileSync(join(__dirname, 'fixtures/unicode-edges.txt'), 'utf8')
/** A long text full of words that need Unicode normalisation (é, combining marks, emoji). */
const TEXT = Array.from({ length: 40 }, (_, i) => `Section ${i}.\n\n${UNICODE}`).join('\n\n')
const index = createTextIndex(TEXT)

/** Targets with every outcome: intact, stale (quote), edited (fuzzy) and gone (orphaned). */
function mixedTargets(count: number): AnnotationTarget[] {
  return Array.from({ length: count }, (_, i) => {
    const start = TEXT.indexOf('caf', (i * 997) % (TEXT.length - 400))
    const target = describeRange(index, { start, end: start + 30 }) as AnnotationTarget
    switch (i % 4) {
      case 0:
        return target
      case 1:
        return { ...target, position: { start: start + 7, end: start + 37 } }
      case 2:
        return {
          ...target,
          quote: { ...target.quote, exact: `${target.quote.exact.slice(0, 27)}zzz` },
        }
      default:
        return {
          ...target,
          quote: { exact: 'a passage nobody wrote here', prefix: '', suffix: '' },
        }
    }
  })
}

/** A clock that advances `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let now = 0
  return () => (now += step)
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('anchorTargets', () => {
  it('returns what anchoring one by one returns, in the same order', async () => {
    const targets = mixedTargets(40)
    const expected = targets.map((target) => anchorTarget(index, target))
    expect(new Set(expected.map((r) => r.method))).toEqual(
      new Set(['position', 'quote', 'fuzzy', 'orphaned']),
    )
    expect(anchorTargetsSync(index, targets)).toEqual(expected)
    expect(await anchorTargets(index, targets)).toEqual(expected)
  })

  it('works in chunks of the time budget and yields between them', async () => {
    const pause = vi.fn(() => Promise.resolve())
    const progress: number[] = []
    // Intact targets take one step each, and each step reads the clock once: 4 ms a read and a
    // 12 ms budget make 3 per chunk.
    const intact = mixedTargets(40).filter((_, i) => i % 4 === 0)
    await anchorTargets(index, intact, {
      budgetMs: 12,
      now: steppingClock(4),
      yieldToMain: pause,
      onChunk: (done, total) => progress.push(done, total),
    })
    expect(progress).toEqual([3, 10, 6, 10, 9, 10, 10, 10])
    expect(pause).toHaveBeenCalledTimes(3)
  })

  it('stops at the next chunk when cancelled, with the signal’s reason', async () => {
    const controller = new AbortController()
    const chunks: number[] = []
    const run = anchorTargets(index, mixedTargets(10), {
      signal: controller.signal,
      budgetMs: 12,
      now: steppingClock(4),
      yieldToMain: () => {
        controller.abort()
        return Promise.resolve()
      },
      onChunk: (done) => chunks.push(done),
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(chunks).toEqual([3])
  })

  it('cuts one long fuzzy search into several tasks', async () => {
    const long = createTextIndex(Array.from({ length: 700 }, () => UNICODE).join('\n\n'))
    const stored = describeRange(long, { start: 5000, end: 5300 }) as AnnotationTarget
    const gone = {
      ...stored,
      quote: { ...stored.quote, exact: [...stored.quote.exact].reverse().join('') },
    }
    const pause = vi.fn(() => Promise.resolve())
    const results = await anchorTargets(long, [gone], { budgetMs: 0, yieldToMain: pause })
    expect(results).toEqual([{ method: 'orphaned' }])
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(2)
  })

  it('does no work when already cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    const onChunk = vi.fn()
    await expect(
      anchorTargets(index, mixedTargets(5), { signal: controller.signal, onChunk }),
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(onChunk).not.toHaveBeenCalled()
  })

  it('never re-normalises the article: only the stored strings are normalised', () => {
    const targets = mixedTargets(200)
    const normalize = vi.spyOn(String.prototype, 'normalize')
    const callsSince = (action: () => unknown): number => {
      const before = normalize.mock.calls.length
      action()
      return normalize.mock.calls.length - before
    }
    const perIndex = callsSince(() => createTextIndex(TEXT))
    const storedStrings = callsSince(() =>
      targets.forEach(({ quote }) =>
        [quote.exact, quote.prefix, quote.suffix].map(normalizeForMatching),
      ),
    )
    // Re-indexing per annotation would cost far more than normalising what each one stores.
    expect(perIndex * targets.length).toBeGreaterThan(10 * storedStrings)
    const results: AnchorResult[] = []
    const anchoring = callsSince(() => results.push(...anchorTargetsSync(index, targets)))
    expect(results.filter((r) => r.method !== 'position').length).toBeGreaterThan(100)
    expect(anchoring).toBeLessThanOrEqual(storedStrings)
  })
})

describe('yieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: schedulerYield })
    await yieldToMain()
    expect(schedulerYield).toHaveBeenCalledTimes(1)
  })

  it('falls back to a message, then to a timer', async () => {
    vi.stubGlobal('scheduler', undefined)
    let resolved = false
    const pending = yieldToMain().then(() => (resolved = true))
    expect(resolved).toBe(false)
    await pending
    vi.stubGlobal('MessageChannel', undefined)
    const timeout = vi.spyOn(globalThis, 'setTimeout')
    await yieldToMain()
    expect(timeout).toHaveBeenCalledWith(expect.any(Function), 0)
  })
})
