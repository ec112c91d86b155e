/**
 * The words a library row shows for its numbers: when the article was added (relative while
 * recent, a date after a week), how long it takes to read, how far the reader got, and how
 * long it stays in the Trash. Pure functions of a row and the time now, so the list can render
 * thousands of rows without each one building its own Intl formatter (they are made once).
 */
import { readingMinutes } from '@shared/article'
import type { LibraryRow } from './library-source'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** How long an article stays in the Trash before it is deleted for good. */
export const TRASH_KEPT_DAYS = 30

/**
 * Progress from which an article counts as finished: the last lines of an article are often
 * credits or links nobody scrolls past. The storage slice files rows under the same rule.
 */
export const FINISHED_PROGRESS = 0.95

const formatters = new Map<
  string,
  {
    relative: Intl.RelativeTimeFormat
    date: Intl.DateTimeFormat
    dateWithYear: Intl.DateTimeFormat
    number: Intl.NumberFormat
  }
>()

function formattersFor(locale: string | undefined) {
  const key = locale ?? ''
  let found = formatters.get(key)
  if (!found) {
    found = {
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }),
      dateWithYear: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
      number: new Intl.NumberFormat(locale),
    }
    formatters.set(key, found)
  }
  return found
}

/**
 * When an article was added, as a reader says it: `just now`, `5 minutes ago`, `3 hours ago`,
 * `yesterday`, `4 days ago`, then a date (`12 Mar`, with the year when it is not this year's).
 *
 * @param addedAt - ms since the epoch
 * @param now - ms since the epoch
 * @param locale - BCP 47 tag; the user's own when absent
 */
export function addedLabel(addedAt: number, now: number, locale?: string): string {
  const { relative, date, dateWithYear } = formattersFor(locale)
  const elapsed = Math.max(0, now - addedAt)
  if (elapsed < MINUTE) return relative.format(0, 'second')
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute')
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour')
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day')
  const sameYear = new Date(addedAt).getFullYear() === new Date(now).getFullYear()
  return (sameYear ? date : dateWithYear).format(addedAt)
}

/** `6 min read`, at the reading speed of `readingMinutes`. */
export function readingTimeLabel(wordCount: number): string {
  return `${readingMinutes(wordCount)} min read`
}

export type ProgressState = 'unread' | 'in-progress' | 'finished'

/** Whether a row is unread, under way or finished (the read-state filter's three states). */
export function progressState(row: Pick<LibraryRow, 'openedAt' | 'progress'>): ProgressState {
  if (row.progress >= FINISHED_PROGRESS) return 'finished'
  return row.openedAt === 0 && row.progress === 0 ? 'unread' : 'in-progress'
}

/** `Unread`, `Started` (opened, not yet 1 % in), `42%` or `Finished`. */
export function progressLabel(row: Pick<LibraryRow, 'openedAt' | 'progress'>): string {
  const state = progressState(row)
  if (state === 'unread') return 'Unread'
  if (state === 'finished') return 'Finished'
  const percent = Math.floor(row.progress * 100)
  return percent < 1 ? 'Started' : `${percent}%`
}

/** `1 highlight`, `12 highlights`; empty when there are none. */
export function highlightsLabel(count: number, locale?: string): string {
  if (count === 0) return ''
  return `${formattersFor(locale).number.format(count)} ${count === 1 ? 'highlight' : 'highlights'}`
}

/** Whole days until an article in the Trash is deleted for good, counting today; 0 when due. */
export function daysLeftInTrash(trashedAt: number, now: number): number {
  return Math.max(0, Math.ceil((trashedAt + TRASH_KEPT_DAYS * DAY - now) / DAY))
}

/** `30 days left`, `1 day left`, `Deleted soon` (due, the next clean-up takes it). */
export function trashLabel(trashedAt: number, now: number): string {
  const days = daysLeftInTrash(trashedAt, now)
  if (days === 0) return 'Deleted soon'
  return days === 1 ? '1 day left' : `${days} days left`
}

/** `5,000 articles`, `1 article`. */
export function articleCountLabel(count: number, locale?: string): string {
  return `${formattersFor(locale).number.format(count)} ${count === 1 ? 'article' : 'articles'}`
}
