// Closest places for lost quotes, on one small article edited every way an article changes: a
// word changed inside the quote, the quote split by a new paragraph break, the quote moved to
// another section, the quote deleted; and the bounds (several places, short and long quotes).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnnotationTarget } from '@shared/annotation'
import { parseArticle } from '@shared/parse-article'
import { anchorTarget, createTextIndex, describeRange } from '@renderer/anchoring'
import {
  closestPlaces,
  findClosestPlaces,
  MAX_PLACES,
  MIN_PLACE_SIMILARITY,
} from './closest-places'
import type { WordChange } from './word-changes'

const ARTICLE = [
  'Harbour town votes on the new sea wall',
  'The council met on Tuesday evening to debate the sea wall. Residents filled the hall and many stood at the back.',
  'The vote',
  'After three hours of argument the council approved the plan by seven votes to two. The mayor called it a turning point for the harbour.',
  'Work is due to begin in the spring and to finish before the autumn storms.',
  'What comes next',
  'Engineers will survey the old breakwater first. Fishermen asked that the harbour mouth stay open during the works.',
].join('\n\n')

function targetFor(passage: string): AnnotationTarget {
  const start = ARTICLE.indexOf(passage)
  const target = describeRange(createTextIndex(ARTICLE), { start, end: start + passage.length })
  if (start === -1 || !target) throw new Error(`${passage} is not in the article`)
  return target
}

function edited(find: string, replace: string): string {
  if (!ARTICLE.includes(find)) throw new Error(`${find} is not in the article`)
  return ARTICLE.replace(find, replace)
}

const changed = (changes: readonly WordChange[]) =>
  changes.filter((change) => change.kind !== 'same').map(({ kind, text }) => [kind, text.trim()])

describe('closestPlaces', () => {
  it('finds a quote with a word changed, and its difference is that one word', () => {
    const target = targetFor('seven votes to two')
    const text = edited('seven votes', 'fifty votes')
    const index = createTextIndex(text)
    expect(anchorTarget(index, target).method).toBe('orphaned')

    const [best, ...others] = closestPlaces(index, target)
    expect(text.slice(best.start, best.end)).toBe('fifty votes to two')
    expect(changed(best.changes)).toEqual([
      ['removed', 'seven'],
      ['inserted', 'fifty'],
    ])
    expect(best.similarity).toBeGreaterThanOrEqual(MIN_PLACE_SIMILARITY)
    expect(others).toEqual([])
  })

  it('finds a quote split by a new paragraph break, spanning the break', () => {
    const target = targetFor('Residents filled the hall and many stood at the back.')
    const text = edited('the hall and many stood', 'the hall.\n\nMany stood')
    const [best] = closestPlaces(createTextIndex(text), target)
    const place = text.slice(best.start, best.end)
    expect(place).toBe('Residents filled the hall.\n\nMany stood at the back.')
    expect(changed(best.changes)).toEqual([
      ['removed', 'and many'],
      ['inserted', '. Many'],
    ])
  })

  it('finds a quote moved to another section at its new place', () => {
    const quote = 'Fishermen asked that the harbour mouth stay open during the works.'
    const target = targetFor(quote)
    const text = edited(` ${quote}`, '').replace(
      'autumn storms.',
      `autumn storms. ${quote.replace('during', 'throughout')}`,
    )
    expect(text.indexOf('Fishermen')).toBeLessThan(text.indexOf('What comes next'))
    const [best] = closestPlaces(createTextIndex(text), target)
    expect(best.start).toBe(text.indexOf('Fishermen'))
    expect(text.slice(best.start, best.end)).toBe(quote.replace('during', 'throughout'))
    expect(changed(best.changes)).toEqual([
      ['removed', 'during'],
      ['inserted', 'throughout'],
    ])
  })

  it('offers no place for a quote that was deleted', () => {
    const quote = 'The mayor called it a turning point for the harbour.'
    const target = targetFor(quote)
    const text = edited(` ${quote}`, '')
    expect(closestPlaces(createTextIndex(text), target)).toEqual([])
  })

  it('offers nothing in the bundled article for sentences it does not have', () => {
    const file = join(
      __dirname,
      '../../../../resources/articles/putin-syria-withdrawal/article.txt',
    )
    const seed = parseArticle(readFileSync(file, 'utf8'), { id: 'seed' })
    if (!seed.ok) throw new Error(seed.error.message)
    const index = createTextIndex(seed.value.text)
    for (const sentence of [
      'The president visited the troops at the base on Monday',
      'the government said it would raise taxes on fuel',
      'Farmers are worried about the drought in the south',
      'a red kite',
    ]) {
      const target = {
        quote: { exact: sentence, prefix: '', suffix: '' },
        position: { start: 0, end: 0 },
      }
      expect(closestPlaces(index, target)).toEqual([])
    }
  })

  it('offers several non-overlapping places, the best context first, at most three', () => {
    const sentence = 'the harbour mouth stay open during the works'
    const target = targetFor(sentence)
    // The sentence, each copy with one word changed, in four paragraphs; the original's own
    // paragraph keeps its context, so it ranks first although no copy is closer than another.
    const copy = (word: string) => sentence.replace('works', word)
    const text = edited(sentence, copy('repairs'))
      .replace('Work is due', `${copy('building')}. Work is due`)
      .replace('The council met', `${copy('digging')}. The council met`)
      .replace('Engineers will', `${copy('dredging')}. Engineers will`)
    const places = closestPlaces(createTextIndex(text), target)
    expect(places).toHaveLength(MAX_PLACES)
    expect(text.slice(places[0].start, places[0].end)).toBe(copy('repairs'))
    for (const place of places) expect(text.slice(place.start, place.end)).toMatch(/^the harbour/)
    const scores = places.map((place) => place.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    const starts = places.map((place) => place.start).sort((a, b) => a - b)
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]).toBeGreaterThanOrEqual(places.find((p) => p.start === starts[i - 1])!.end)
    }
  })

  it('widens a place that starts or ends inside a word to whole words', () => {
    const target = targetFor('the old breakwater first')
    const text = edited('the old breakwater first', 'the older breakwaters first')
    const [best] = closestPlaces(createTextIndex(text), target)
    expect(text.slice(best.start, best.end)).toBe('the older breakwaters first')
  })

  it('does not search quotes too short to tell by, or longer than fuzzy anchoring searches', () => {
    const short = targetFor('Tuesday')
    expect(closestPlaces(createTextIndex(edited('Tuesday', 'Tuesdays')), short)).toEqual([])
    const long = 'word '.repeat(1000)
    const text = `${long}\n\n${ARTICLE}`
    const target = describeRange(createTextIndex(text), { start: 0, end: long.length - 1 })!
    expect(closestPlaces(createTextIndex(ARTICLE), target)).toEqual([])
  })

  it('finds the same places in short tasks, and stops when cancelled', async () => {
    const target = targetFor('seven votes to two')
    const index = createTextIndex(edited('seven votes', 'fifty votes'))
    expect(await findClosestPlaces(index, target)).toEqual(closestPlaces(index, target))
    const cancel = new AbortController()
    cancel.abort(new Error('The article changed'))
    await expect(findClosestPlaces(index, target, cancel.signal)).rejects.toThrow(
      'The article changed',
    )
  })
})
