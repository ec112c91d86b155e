/**
 * Strict ISO 8601 / RFC 3339 date-times, as Web Annotations carry them (`created`,
 * `modified`), to epoch milliseconds. `Date.parse` is too forgiving for validation: it turns
 * 30 February into 2 March and accepts dates without a time zone in local time.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i

/**
 * @param text - e.g. `2024-05-01T10:00:00.000Z` or Hypothesis's `2017-01-16T20:01:31.505658+00:00`
 * @returns milliseconds since the epoch (fractions beyond milliseconds dropped), or null when
 *   the text is not a real date and time with a time zone
 */
export function parseIsoDateTime(text: string): number | null {
  const match = DATE_TIME.exec(text)
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0))
  const millisecond = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'))
  const offsetSign = match[9] === '-' ? -1 : 1
  const offsetHours = Number(match[10] ?? 0)
  const offsetMinutes = Number(match[11] ?? 0)
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null
  const date = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day)
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  date.setUTCHours(hour, minute, second, millisecond)
  return date.getTime() - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000
}
