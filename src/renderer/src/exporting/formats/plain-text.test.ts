import { describe, expect, it } from 'vitest'
import { FAMILY, RLO, PDF, TRICKY_ARTICLE, trickyInput } from './__fixtures__/tricky-article'
import { formatPlainText } from './plain-text'

describe('formatPlainText on the tricky article', () => {
  const text = formatPlainText(trickyInput())

  it('opens with the title, source, time and counts, then the article note', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      TRICKY_ARTICLE.title,
      'Source: Test "source": a # b',
      'Exported 2024-05-01 10:00 UTC · 6 highlights, 5 notes',
      '',
      'Article note:',
      'My summary: *worth* reading.',
    ])
  })

  it('numbers each highlight with its section, its quote, note and tags, as written', () => {
    expect(text).toContain(
      [
        `2. Photo caption, ${TRICKY_ARTICLE.title}`,
        '',
        `   > emoji ${FAMILY} and a flag \u{1F1FA}\u{1F1E6}`,
        '',
        `   Family emoji ${FAMILY} stays whole.`,
        '',
        '   Tags: emoji \u{1F600}',
        '',
        `3. ${TRICKY_ARTICLE.title}`,
        '',
        '   > *not emphasis*, _nor this_, and # not a heading.',
        '',
        '   A **bold** note.',
        '   Second line with `code`.',
        '',
        '   Tags: markdown, two words',
        '',
        `4. ${TRICKY_ARTICLE.title}`,
        '',
        '   > </script><script>alert(1)</script> stays text.',
        '   >',
        '   > Voices',
        '',
        '   <img src=x onerror=alert(1)>',
        '',
        '5. Voices in other scripts',
        '',
        `   > مرحبا بالعالم. Hebrew: שלום עולם. A trick: ${RLO}evil${PDF} override.`,
        '',
        `   הערה בעברית ${RLO}evil`,
      ].join('\n'),
    )
    expect(text.endsWith('   Tags: @home, -minus\n')).toBe(true)
  })

  it('leaves out notes and tags when asked', () => {
    const bare = formatPlainText(trickyInput({ includeNotes: false, includeTags: false }))
    expect(bare).toContain('6 highlights, 0 notes')
    expect(bare).not.toContain('Tags:')
    expect(bare).not.toContain('A **bold** note.')
    expect(bare).not.toContain('Article note:')
  })
})
