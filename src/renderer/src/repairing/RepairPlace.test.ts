// A closest place as the sidebar shows it: the quote's words it lacks in <del>, those it adds in
// <ins>, as text (a quote holding markup shows the markup, it never becomes elements), and a
// note when the place now spans a paragraph break.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { h } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import type { ClosestPlace } from './closest-places'
import RepairPlace from './RepairPlace.vue'
import { wordChanges } from './word-changes'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

function placeOf(articleText: string, placeText: string, quote: string): ClosestPlace {
  const start = articleText.indexOf(placeText)
  const changes = wordChanges(quote, placeText)
  return { start, end: start + placeText.length, similarity: 0.8, score: 0.7, changes }
}

describe('RepairPlace', () => {
  it('marks removed and inserted words, as text, and offers Attach here', async () => {
    const text = 'Intro.\n\nThe <b>vote</b> <img src=x onerror=alert(1)> passed.'
    const placeText = 'The <b>vote</b> <img src=x onerror=alert(1)> passed.'
    const place = placeOf(text, placeText, 'The <b>poll</b> passed.')
    const attached = vi.fn()
    mounted = await mountComponent(() =>
      h('ol', [h(RepairPlace, { place, articleText: text, onAttach: attached })]),
    )
    const paragraph = mounted.root.querySelector('.place-text')!
    expect(paragraph.querySelector('b, img')).toBeNull()
    expect([...paragraph.querySelectorAll('del')].map((del) => del.textContent)).toEqual(['poll'])
    expect(paragraph.querySelector('ins')!.textContent).toContain('vote')
    expect(paragraph.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(mounted.root.textContent).toContain('80 % alike')
    expect(mounted.root.textContent).not.toContain('paragraph break')

    const button = [...mounted.root.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Attach here',
    )!
    expect(button.getAttribute('aria-describedby')).toBe(paragraph.id)
    button.click()
    expect(attached).toHaveBeenCalledOnce()
  })

  it('says when the place now spans a paragraph break', async () => {
    const text = 'Residents filled the hall.\n\nMany stood at the back.'
    const place = placeOf(text, text, 'Residents filled the hall and many stood at the back.')
    mounted = await mountComponent(() => h('ol', [h(RepairPlace, { place, articleText: text })]))
    expect(mounted.root.textContent).toContain('across a paragraph break')
  })
})
