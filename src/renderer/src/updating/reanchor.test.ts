import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { reanchorHighlights, reanchorSummary } from './reanchor'

function on(text: string, passage: string, id = passage): Annotation {
  const start = text.indexOf(passage)
  const target = describeRange(createTextIndex(text), { start, end: start + passage.length })!
  return {
    ...{ id, articleId: 'a', color: 'yellow', note: '', tags: [] },
    ...{ createdAt: 1, updatedAt: 1, target },
  }
}

const OLD = 'First part. The quick brown fox jumps over the lazy dog today. Last part here.'

describe('re-anchoring highlights on a new text', () => {
  it('counts a passage shifted by an edit before it as kept, at its new offset', async () => {
    const fresh = `A new opening sentence. ${OLD}`
    const highlight = on(OLD, 'brown fox jumps')
    const result = await reanchorHighlights(createTextIndex(fresh), [highlight])
    expect(result.outcomes.get(highlight.id)).toBe('kept')
    const { start, end } = result.targets.get(highlight.id)!.position
    expect(fresh.slice(start, end)).toBe('brown fox jumps')
    expect(start).toBe(fresh.indexOf('brown fox jumps'))
  })

  it('counts changed words as moved, and the same words among new neighbours as moved', async () => {
    const fresh =
      'First part. The quick brown fox leaps over the lazy dog today. Last: over the lazy.'
    const changed = on(OLD, 'brown fox jumps over')
    const movedAway = on(OLD, 'Last part here')
    const relocated = `Last part here, said someone. ${fresh.replace('. Last: over the lazy.', '')}`
    const index = createTextIndex(relocated)
    const result = await reanchorHighlights(index, [changed, movedAway])
    expect(result.outcomes.get(changed.id)).toBe('moved')
    expect(result.outcomes.get(movedAway.id)).toBe('moved')
    expect(result.counts).toEqual({ kept: 0, moved: 2, 'not-found': 0 })
  })

  it('reports a passage that is gone as not found and gives it no new target', async () => {
    const highlight = on(OLD, 'The quick brown fox jumps over the lazy dog')
    const result = await reanchorHighlights(createTextIndex('Something else entirely.'), [
      highlight,
    ])
    expect(result.outcomes.get(highlight.id)).toBe('not-found')
    expect(result.targets.has(highlight.id)).toBe(false)
  })
})

describe('the update summary', () => {
  it('names the highlights once and leaves out what did not happen', () => {
    expect(reanchorSummary({ kept: 31, moved: 2, 'not-found': 1 })).toBe(
      '31 highlights kept, 2 moved, 1 not found',
    )
    expect(reanchorSummary({ kept: 0, moved: 1, 'not-found': 3 })).toBe(
      '1 highlight moved, 3 not found',
    )
    expect(reanchorSummary({ kept: 0, moved: 0, 'not-found': 0 })).toBe(
      'The article had no highlights to move.',
    )
  })
})
