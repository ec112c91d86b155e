import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useSettingsStore } from '@renderer/stores/settings'
import { host } from '@renderer/testing/fake-host'
import { mountComponent, type MountedComponent } from '@renderer/testing/mount'
import SettingsPopover from './SettingsPopover.vue'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

let mounted: MountedComponent | undefined
afterEach(() => {
  mounted?.unmount()
  host.reset()
})

async function openPanel() {
  mounted = await mountComponent(SettingsPopover)
  await useSettingsStore().load()
  const button = mounted.root.querySelector<HTMLButtonElement>(
    'button[aria-label="Reading settings"]',
  )!
  button.click()
  await nextTick()
  await nextTick()
  return {
    root: mounted.root,
    button,
    panel: mounted.root.querySelector<HTMLElement>('[role="dialog"]')!,
  }
}

function radio(panel: HTMLElement, group: string, label: string): HTMLInputElement {
  const fieldset = [...panel.querySelectorAll('[role="radiogroup"]')].find(
    (f) => f.querySelector('legend')?.textContent === group,
  )!
  const option = [...fieldset.querySelectorAll('label')].find(
    (l) => l.textContent?.trim() === label,
  )!
  return option.querySelector('input')!
}

describe('SettingsPopover', () => {
  it('opens a panel named Reading settings, moving focus to the current theme', async () => {
    const { button, panel } = await openPanel()
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(panel.getAttribute('aria-labelledby')).toBe('settings-title')
    expect(panel.querySelector('#settings-title')?.textContent).toBe('Reading settings')
    expect(document.activeElement).toBe(radio(panel, 'Theme', 'System'))
  })

  it('offers the four themes as one named radio group and applies the one chosen', async () => {
    const { panel } = await openPanel()
    const labels = ['Light', 'Sepia', 'Dark', 'System'].map((l) => radio(panel, 'Theme', l))
    expect(new Set(labels.map((input) => input.name)).size).toBe(1)
    labels[2].click()
    await vi.waitFor(() => expect(useSettingsStore().settings.theme).toBe('dark'))
  })

  it('shows each slider’s value and applies a new one', async () => {
    const { panel } = await openPanel()
    const slider = panel.querySelector<HTMLInputElement>('input[type="range"]')!
    const label = panel.querySelector(`label[for="${slider.id}"]`)!
    expect(label.textContent).toBe('Font size')
    expect(panel.querySelector(`output[for="${slider.id}"]`)?.textContent).toBe('19 px')
    slider.value = '23'
    slider.dispatchEvent(new Event('input'))
    await nextTick()
    expect(useSettingsStore().settings.fontSize).toBe(23)
    expect(panel.querySelector(`output[for="${slider.id}"]`)?.textContent).toBe('23 px')
    expect(slider.getAttribute('aria-valuetext')).toBe('23 px')
  })

  it('closes on Escape and returns focus to its button', async () => {
    const { root, button, panel } = await openPanel()
    radio(panel, 'Theme', 'Light').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    )
    await nextTick()
    expect(root.querySelector('[role="dialog"]')).toBeNull()
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button)
  })

  it('closes on a click outside it', async () => {
    const { root } = await openPanel()
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    await nextTick()
    expect(root.querySelector('[role="dialog"]')).toBeNull()
  })

  it('closes when focus moves on past it, but not while it moves within it', async () => {
    const { root, panel } = await openPanel()
    const outside = document.createElement('button')
    document.body.append(outside)
    const radios = panel.querySelectorAll('input')
    radios[0].dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: radios[1] }))
    await nextTick()
    expect(root.querySelector('[role="dialog"]')).not.toBeNull()
    radios[1].dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: outside }))
    await nextTick()
    expect(root.querySelector('[role="dialog"]')).toBeNull()
    outside.remove()
  })

  it('stays open beneath a modal dialog opened from it, for focus to come back to', async () => {
    const { root, panel } = await openPanel()
    const dialog = document.createElement('dialog')
    dialog.setAttribute('open', '')
    const dialogButton = dialog.appendChild(document.createElement('button'))
    document.body.append(dialog)
    const restore = panel.querySelector('button')!
    restore.dispatchEvent(
      new FocusEvent('focusout', { bubbles: true, relatedTarget: dialogButton }),
    )
    dialogButton.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    await nextTick()
    expect(root.querySelector('[role="dialog"]')).not.toBeNull()
    dialog.remove()
  })

  it('opens and closes on the native menu’s reading-settings command', async () => {
    mounted = await mountComponent(SettingsPopover)
    host.sendMenuCommand('reading-settings')
    await nextTick()
    expect(mounted.root.querySelector('[role="dialog"]')).not.toBeNull()
    host.sendMenuCommand('reading-settings')
    await nextTick()
    expect(mounted.root.querySelector('[role="dialog"]')).toBeNull()
  })
})
