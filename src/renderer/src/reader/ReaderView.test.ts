import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { countWords, readingMinutes } from '@shared/article'
import { useArticleStore } from '@renderer/stores/article'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import { seedArticle } from '@renderer/testing/seed-article'
import ReaderView from './ReaderView.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())
// happy-dom has no font loading; the view waits for fonts before restoring the reader's place.
beforeAll(() => {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { ready: Promise.resolve() },
  })
})

async function mountReader(): Promise<HTMLElement> {
  const article = seedArticle()
  mounted = await mountComponent(ReaderView, { props: { article } })
  await useArticleStore().load()
  await nextTick()
  return mounted.root
}

describe('ReaderView', () => {
  it('shows the word count and reading time outside the article', async () => {
    const root = await mountReader()
    const meta = root.querySelector('.reader-meta')!
    const words = countWords(seedArticle().text)
    expect(meta.textContent?.trim()).toBe(`${words} words · ${readingMinutes(words)} min read`)
    expect(meta.closest('article')).toBeNull()
  })

  it('opens a photo large in a modal dialog, outside the article', async () => {
    const root = await mountReader()
    const opener = root.querySelectorAll<HTMLButtonElement>('figure button')[0]
    opener.focus()
    opener.click()
    await nextTick()
    await nextTick()
    const dialog = root.querySelector('dialog')!
    expect(dialog.open).toBe(true)
    expect(dialog.closest('article')).toBeNull()
    const image = dialog.querySelector('img')!
    expect(image.getAttribute('src')).toBe('articles/putin-syria-withdrawal/photo-1.svg')
    expect(image.alt).toBe(opener.querySelector('img')!.alt)
    expect(dialog.querySelector('figcaption')?.textContent).toContain(
      'Mikhail Klimentyev/Sputnik/Kremlin/Associated Press',
    )
  })

  it('closes the photo (as Escape does) and returns focus to the photo that opened it', async () => {
    const root = await mountReader()
    const opener = root.querySelectorAll<HTMLButtonElement>('figure button')[1]
    opener.click()
    await nextTick()
    await nextTick()
    const dialog = root.querySelector('dialog')!
    dialog.querySelector<HTMLButtonElement>('.lightbox-close')!.focus()
    dialog.close()
    await nextTick()
    await nextTick()
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('closes the photo on a click, the close button included', async () => {
    const root = await mountReader()
    root.querySelector<HTMLButtonElement>('figure button')!.click()
    await nextTick()
    await nextTick()
    const dialog = root.querySelector('dialog')!
    dialog.querySelector<HTMLButtonElement>('.lightbox-close')!.click()
    expect(dialog.open).toBe(false)
  })
})
