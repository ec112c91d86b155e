import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fail } from '../../shared/result'
import { cachedArticleSource } from './article-source'
import { readBundledArticle } from './bundled-article'

const ARTICLES = join(__dirname, '../../../resources/articles')

describe('cachedArticleSource', () => {
  it('reads and parses the bundled article once, however often it is asked', async () => {
    const read = vi.fn(() => readBundledArticle(ARTICLES))
    const onFailure = vi.fn()
    const load = cachedArticleSource(read, onFailure)
    const [first, second] = await Promise.all([load(), load()])
    const third = await load()
    expect(read).toHaveBeenCalledTimes(1)
    expect(first.ok && first.value.blocks[0]).toMatchObject({
      kind: 'headline',
      text: 'Putin orders Russian troops out of Syria',
    })
    expect(second).toBe(first)
    expect(third).toBe(first)
    expect(onFailure).not.toHaveBeenCalled()
  })

  it('reports a missing article once and answers every request with the error', async () => {
    const onFailure = vi.fn()
    const load = cachedArticleSource(
      () => readBundledArticle(ARTICLES, 'no-such-article'),
      onFailure,
    )
    const first = await load()
    const second = await load()
    expect(first).toMatchObject({ ok: false, error: { code: 'io' } })
    expect(!first.ok && first.error.message).toContain('"no-such-article" could not be read')
    expect(second).toBe(first)
    expect(onFailure).toHaveBeenCalledTimes(1)
    expect(onFailure).toHaveBeenCalledWith(!first.ok && first.error)
  })

  it('passes a parse failure through unchanged', async () => {
    const failed = fail('io', 'The article is empty.')
    const onFailure = vi.fn()
    expect(await cachedArticleSource(async () => failed, onFailure)()).toBe(failed)
    expect(onFailure).toHaveBeenCalledWith({ code: 'io', message: 'The article is empty.' })
  })
})
