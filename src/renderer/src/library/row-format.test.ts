import { describe, expect, it } from 'vitest'
import {
  addedLabel,
  articleCountLabel,
  daysLeftInTrash,
  highlightsLabel,
  progressLabel,
  progressState,
  readingTimeLabel,
  trashLabel,
} from './row-format'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const NOW = Date.UTC(2026, 5, 15, 12, 0)

describe('addedLabel', () => {
  it('is relative within a week', () => {
    expect(addedLabel(NOW - 10_000, NOW, 'en')).toBe('now')
    expect(addedLabel(NOW - 5 * MINUTE, NOW, 'en')).toBe('5 minutes ago')
    expect(addedLabel(NOW - 3 * HOUR, NOW, 'en')).toBe('3 hours ago')
    expect(addedLabel(NOW - 1.5 * DAY, NOW, 'en')).toBe('yesterday')
    expect(addedLabel(NOW - 4 * DAY, NOW, 'en')).toBe('4 days ago')
  })

  it('is a date after a week, with the year only when it is not this one', () => {
    expect(addedLabel(Date.UTC(2026, 2, 12, 12), NOW, 'en-GB')).toBe('12 Mar')
    expect(addedLabel(Date.UTC(2024, 10, 3, 12), NOW, 'en-GB')).toBe('3 Nov 2024')
  })

  it('takes a clock a little behind for now, not the future', () => {
    expect(addedLabel(NOW + 5_000, NOW, 'en')).toBe('now')
  })
})

describe('read state and progress', () => {
  it('is unread only when never opened nor scrolled', () => {
    expect(progressState({ openedAt: 0, progress: 0 })).toBe('unread')
    expect(progressState({ openedAt: NOW, progress: 0 })).toBe('in-progress')
    expect(progressState({ openedAt: NOW, progress: 0.95 })).toBe('finished')
  })

  it('says Unread, Started, a whole percentage or Finished', () => {
    expect(progressLabel({ openedAt: 0, progress: 0 })).toBe('Unread')
    expect(progressLabel({ openedAt: NOW, progress: 0.004 })).toBe('Started')
    expect(progressLabel({ openedAt: NOW, progress: 0.429 })).toBe('42%')
    expect(progressLabel({ openedAt: NOW, progress: 1 })).toBe('Finished')
  })
})

describe('counts', () => {
  it('reads at 230 words a minute, never under a minute', () => {
    expect(readingTimeLabel(50)).toBe('1 min read')
    expect(readingTimeLabel(2300)).toBe('10 min read')
  })

  it('names highlights and articles in singular and plural, grouped', () => {
    expect(highlightsLabel(0, 'en')).toBe('')
    expect(highlightsLabel(1, 'en')).toBe('1 highlight')
    expect(highlightsLabel(1200, 'en')).toBe('1,200 highlights')
    expect(articleCountLabel(1, 'en')).toBe('1 article')
    expect(articleCountLabel(5000, 'en')).toBe('5,000 articles')
  })
})

describe('days left in the Trash', () => {
  it('counts down from 30, today included, and stops at 0', () => {
    expect(daysLeftInTrash(NOW, NOW)).toBe(30)
    expect(daysLeftInTrash(NOW - 1, NOW)).toBe(30)
    expect(daysLeftInTrash(NOW - 29.5 * DAY, NOW)).toBe(1)
    expect(daysLeftInTrash(NOW - 31 * DAY, NOW)).toBe(0)
  })

  it('says so in words', () => {
    expect(trashLabel(NOW - 18 * DAY, NOW)).toBe('12 days left')
    expect(trashLabel(NOW - 29.5 * DAY, NOW)).toBe('1 day left')
    expect(trashLabel(NOW - 40 * DAY, NOW)).toBe('Deleted soon')
  })
})
