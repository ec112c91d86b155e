/**
 * Stored times: milliseconds since the Unix epoch, as annotations and notes keep them. A number
 * can be finite and still no date at all (`1e300` is past the end of JavaScript's calendar, and
 * `new Date(1e300).toISOString()` throws), so everything that reads a time from outside (a
 * backup, an import) checks it with `isStoredTime`, and everything that shows or exports one
 * formats it through `isoTimeOrNull`, which never throws: a row written before these checks
 * existed must not take a view down.
 */

/**
 * 0001-01-01T00:00:00.000Z, as a literal because `Date.UTC` reads years 0-99 as 1900-1999.
 * Years below 1 would need a sign in ISO 8601.
 */
export const EARLIEST_STORED_TIME = -62_135_596_800_000
/** 9999-12-31T23:59:59.999Z: the last instant ISO 8601 writes with four year digits. */
export const LATEST_STORED_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/** Whether `value` is a number of milliseconds within years 1 to 9999 (NaN is not). */
export function isStoredTime(value: unknown): value is number {
  return typeof value === 'number' && value >= EARLIEST_STORED_TIME && value <= LATEST_STORED_TIME
}

/** `2024-05-01T10:00:00.000Z`, or null when `ms` is not a stored time. */
export function isoTimeOrNull(ms: number): string | null {
  return isStoredTime(ms) ? new Date(ms).toISOString() : null
}
