import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { trickyInput } from './__fixtures__/tricky-article'
import { formatMarkdown } from './markdown'
import { closeOpenHtmlBlock } from './open-html-block'

const commonMark = new MarkdownIt('commonmark', { html: true })

describe('closeOpenHtmlBlock', () => {
  it('closes each kind of HTML block that would run to the end of the file', () => {
    expect(closeOpenHtmlBlock('<!-- a comment never closed')).toBe(
      '<!-- a comment never closed\n-->',
    )
    expect(closeOpenHtmlBlock('<pre>\ncode')).toBe('<pre>\ncode\n</pre>')
    expect(closeOpenHtmlBlock('<script>x')).toBe('<script>x\n</script>')
    expect(closeOpenHtmlBlock('<?php echo')).toBe('<?php echo\n?>')
    expect(closeOpenHtmlBlock('<!DOCTYPE html')).toBe('<!DOCTYPE html\n>')
    expect(closeOpenHtmlBlock('<![CDATA[ x')).toBe('<![CDATA[ x\n]]>')
  })

  it('leaves notes that close what they open as they are', () => {
    for (const note of ['<!-- closed -->', '<div>\nx', 'a <b>b</b>', '<pre>x</pre>', 'plain']) {
      expect(closeOpenHtmlBlock(note)).toBe(note)
    }
  })

  it('keeps every highlight after such a note a block quote of its own', () => {
    const input = trickyInput()
    const [first, ...rest] = input.annotations
    const markdown = formatMarkdown({
      ...input,
      annotations: [{ ...first, note: 'Hidden? <!-- look' }, ...rest],
    })
    const html = commonMark.render(markdown.slice(markdown.indexOf('\n---\n', 3) + 5))
    const doc = new DOMParser().parseFromString(html, 'text/html')
    expect(doc.querySelectorAll('body > blockquote')).toHaveLength(6)
  })
})
