import { describe, expect, it } from 'vitest'
import { versionLabel } from './version-label'

describe('naming a previous version', () => {
  const morning = new Date(2026, 11, 3, 9, 5).getTime()
  const evening = new Date(2026, 11, 3, 18, 40).getTime()
  const later = new Date(2027, 0, 12, 8, 0).getTime()

  it('names it by the day its text was replaced', () => {
    expect(versionLabel(morning, [morning, later])).toBe('Version of 3 Dec 2026')
    expect(versionLabel(later)).toBe('Version of 12 Jan 2027')
  })

  it('adds the time when another version was replaced the same day', () => {
    expect(versionLabel(morning, [evening])).toBe('Version of 3 Dec 2026, 09:05')
    expect(versionLabel(evening, [morning, evening])).toBe('Version of 3 Dec 2026, 18:40')
  })
})
