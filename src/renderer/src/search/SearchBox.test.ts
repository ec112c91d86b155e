import { afterEach, describe, expect, it, vi } from 'vitest'
import { h, nextTick, ref } from 'vue'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import SearchBox from './SearchBox.vue'

let mounted: MountedComponent | undefined
afterEach(() => mounted?.unmount())

async function mountBox(toResults = vi.fn()) {
  const query = ref('')
  mounted = await mountComponent({
    render: () =>
      h(SearchBox, {
        modelValue: query.value,
        'onUpdate:modelValue': (value: string) => (query.value = value),
        'onTo-results': toResults,
      }),
  })
  const field = document.querySelector<HTMLInputElement>('input')!
  return { query, field }
}

function press(field: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  field.dispatchEvent(event)
  return event
}

describe('SearchBox', () => {
  it('is a search field named "Search your library", bound to the query', async () => {
    const { query, field } = await mountBox()
    expect(field.type).toBe('search')
    expect(field.getAttribute('aria-label')).toBe('Search your library')
    field.value = 'zurich'
    field.dispatchEvent(new Event('input'))
    expect(query.value).toBe('zurich')
  })

  it('moves into the results with ArrowDown or Enter, and clears with Escape', async () => {
    const toResults = vi.fn()
    const { query, field } = await mountBox(toResults)
    expect(press(field, 'ArrowDown').defaultPrevented).toBe(true)
    press(field, 'Enter')
    expect(toResults).toHaveBeenCalledTimes(2)
    query.value = 'zurich'
    await nextTick()
    press(field, 'Escape')
    expect(query.value).toBe('')
  })
})
