// @vitest-environment jsdom
// jsdom, as render-note.test.ts: the rendered note passes through DOMPurify.
//
// A note before and after its renderer has loaded: the plain source first (the renderer is not
// part of the first screen), then the rendered Markdown, with what was typed as HTML still text.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import NoteView from './NoteView.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

const SOURCE = 'A **naval base**\n<img src=x onerror=alert(1)> kept'

describe('NoteView', () => {
  it('shows the plain source until the renderer arrives, then the rendered note', async () => {
    mounted = await mountComponent(() => h(NoteView, { source: SOURCE }))
    const first = mounted.root.querySelector('.note-view')
    // The renderer's chunk loads after the first render: the note's text is there meanwhile.
    expect(first?.classList.contains('plain')).toBe(true)
    expect(first?.textContent).toBe(SOURCE)

    const strong = await vi.waitFor(() => {
      const found = mounted!.root.querySelector('.note-view strong')
      if (!found) throw new Error('not rendered yet')
      return found
    })
    expect(strong.textContent).toBe('naval base')
    expect(mounted.root.querySelector('img')).toBeNull()
    expect(mounted.root.textContent).toContain('<img src=x onerror=alert(1)> kept')
  })
})

describe('NoteView of a long note', () => {
  const LONG = `${'**Start** of a long note. '.repeat(400)}THE END`

  it('renders the first part only, and all of it after Show all', async () => {
    mounted = await mountComponent(() => h(NoteView, { source: LONG }))
    await vi.waitFor(() => {
      if (!mounted!.root.querySelector('.note-view strong')) throw new Error('not rendered yet')
    })
    const view = () => mounted!.root.querySelector('.note-view')!
    expect(view().textContent!.length).toBeLessThan(LONG.length / 2)
    expect(view().textContent).not.toContain('THE END')

    const showAll = [...mounted.root.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Show all',
    )
    showAll!.click()
    await vi.waitFor(() => expect(view().textContent).toContain('THE END'))
    expect(mounted.root.querySelector('button')).toBeNull()
  })
})
