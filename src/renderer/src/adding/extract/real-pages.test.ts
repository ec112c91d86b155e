// @vitest-environment jsdom
/**
 * The 65 real pages of Mozilla Readability's test suite (fixtures/readability-pages, see its
 * README), each added as a saved page: the title Readability's suite expects, every paragraph
 * of the expected readable content present in the article's text, and every picture of that
 * content shown (kept when the page carried its bytes, a placeholder naming the site when it
 * only linked to it). Readability runs here on linkedom, as in the app's worker; DOMPurify and
 * the conversion run on jsdom, a real DOM for DOMPurify.
 */
import { Blob as NodeBlob } from 'node:buffer'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Article, ImageRef } from '@shared/article'
import { ok } from '@shared/result'
import { extractArticle } from './extract-article'
import { answer } from './readable.worker'
import type { FindReadable } from './readable-client'

// jsdom's Blob cannot give its bytes back (no arrayBuffer()); Node's can, as a browser's does.
vi.stubGlobal('Blob', NodeBlob)

const PAGES = join(__dirname, '../../../../../fixtures/readability-pages')
const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * The suite's expected titles come from Readability's repository after 0.6.0, the version Gloss
 * pins; 0.6.0 does not yet treat an en dash as a title separator, so it keeps the whole title.
 */
const TITLE_IN_0_6_0: Readonly<Record<string, string>> = {
  'title-en-dash': 'Lorem ipsum dolor sit amet – My website',
}

/**
 * The address Readability's suite gives every page (its expected output resolves relative
 * addresses against it); here it is the address a browser notes a page was saved from.
 */
const SUITE_ADDRESS = 'http://fakehost/test/page.html'

/** Readability as the worker runs it, called directly. */
const findReadable: FindReadable = async (html, savedFrom) => {
  const response = answer({ id: 0, html, ...(savedFrom && { savedFrom }) })
  if (!response.ok) throw new Error(response.message)
  return ok(response.page)
}

const squeeze = (text: string): string => text.replace(/\s+/g, '')

function pictures(article: Article): ImageRef[] {
  return article.blocks.flatMap((block) => [
    ...(block.kind === 'figure' ? [block] : []),
    ...(block.marks ?? []).filter((mark) => mark.kind === 'image'),
  ])
}

async function add(name: string): Promise<Article> {
  const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8')
  const result = await extractArticle(
    { kind: 'page', name: 'source.html', html, resources: new Map(), savedFrom: SUITE_ADDRESS },
    { id: name, signal: new AbortController().signal, findReadable },
  )
  if (!result.ok) throw new Error(result.error.message)
  return result.value.article
}

describe('real pages from the Readability test suite', () => {
  it('holds all 65 pages', () => {
    expect(pages).toHaveLength(65)
  })

  it.each(pages)('%s: title, every expected paragraph and picture', async (name) => {
    const article = await add(name)
    const expected = JSON.parse(readFileSync(join(PAGES, name, 'expected-metadata.json'), 'utf8'))
    const title = TITLE_IN_0_6_0[name] ?? expected.title.replace(/\s+/g, ' ').trim()
    // A page with no title of its own is named after its first heading or its file.
    if (title === '') expect(article.title).not.toBe('')
    else expect(article.title).toBe(title)

    const content = new DOMParser().parseFromString(
      readFileSync(join(PAGES, name, 'expected.html'), 'utf8'),
      'text/html',
    )
    const text = squeeze(article.text)
    const missing = [...content.querySelectorAll('p')]
      .map((p) => squeeze(p.textContent ?? ''))
      .filter((p) => p !== '' && !text.includes(p))
    expect(missing).toEqual([])

    const shown = pictures(article)
    for (const img of content.querySelectorAll('img[src]')) {
      const src = img.getAttribute('src')!
      if (src.startsWith('data:image/')) {
        expect(shown.some((ref) => ref.image !== null)).toBe(true)
      } else if (/^https?:/.test(src)) {
        const host = new URL(src).hostname
        expect(shown.map((ref) => ref.remoteHost)).toContain(host)
      }
    }
  })
})
