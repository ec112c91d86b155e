import { describe, expect, it, vi } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { createTextIndex } from '@renderer/anchoring'
import * as anchoring from '@renderer/anchoring'
import { seedArticle } from '@renderer/testing/seed-article'
import { seedTarget } from '@renderer/testing/annotation-targets'
import { createAnchorCache } from './anchor-cache'

vi.mock('@renderer/anchoring', { spy: true })

function annotation(id: string, passage: string, updatedAt = 1): Annotation {
  const target = seedTarget(passage)
  return {
    id,
    articleId: 'seed',
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt,
    target,
  }
}

describe('anchor cache', () => {
  it('anchors each annotation once, and again only when it changed', async () => {
    const cache = createAnchorCache(createTextIndex(seedArticle().text))
    const anchorTargets = vi.mocked(anchoring.anchorTargets)
    anchorTargets.mockClear()
    const a = annotation('a', 'Tartous')
    const b = annotation('b', 'Hmeymim')
    const first = await cache.update([a, b])
    expect(anchorTargets).toHaveBeenCalledTimes(1)
    expect(first?.get('a')).toMatchObject({ method: 'position', ...a.target.position })

    await cache.update([a, b])
    expect(anchorTargets).toHaveBeenCalledTimes(1)
    await cache.update([{ ...a, color: 'blue', updatedAt: 2 }, b])
    expect(anchorTargets).toHaveBeenCalledTimes(2)
    expect(anchorTargets.mock.calls[1][1]).toEqual([a.target])
  })

  it('uses a remembered place without anchoring, and forgets deleted annotations', async () => {
    const cache = createAnchorCache(createTextIndex(seedArticle().text))
    const anchorTargets = vi.mocked(anchoring.anchorTargets)
    anchorTargets.mockClear()
    const a = annotation('a', 'Tartous')
    cache.remember(a, { method: 'position', start: 1, end: 2, score: 1 })
    expect((await cache.update([a]))?.get('a')).toEqual({
      method: 'position',
      start: 1,
      end: 2,
      score: 1,
    })
    expect(anchorTargets).not.toHaveBeenCalled()
    expect((await cache.update([]))?.size).toBe(0)
  })

  it('answers only the newest of several updates asked for at once', async () => {
    const cache = createAnchorCache(createTextIndex(seedArticle().text))
    const a = annotation('a', 'Tartous')
    const older = cache.update([a])
    const newer = cache.update([a, annotation('b', 'Hmeymim')])
    expect(await older).toBeNull()
    expect([...(await newer)!.keys()]).toEqual(['a', 'b'])
    cache.dispose()
    expect(await cache.update([a])).toBeNull()
  })
})
