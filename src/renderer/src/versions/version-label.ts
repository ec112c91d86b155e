/**
 * How a previous version of an article is named: by the day its text was replaced, "Version of
 * 3 Dec 2026", with the time too when another version was replaced the same day (so two
 * updates in one day never read alike). Day, month and year are written out the same way in
 * every locale the reader's system may have, as Gloss's other dates are.
 */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })

/**
 * @param replacedAt - when the version's text was replaced, milliseconds since the epoch
 * @param others - when the article's other versions were replaced
 * @returns "Version of 3 Dec 2026" or "Version of 3 Dec 2026, 14:05"
 */
export function versionLabel(replacedAt: number, others: readonly number[] = []): string {
  const day = DAY.format(replacedAt)
  const sameDay = others.some((other) => other !== replacedAt && DAY.format(other) === day)
  return sameDay ? `Version of ${day}, ${TIME.format(replacedAt)}` : `Version of ${day}`
}
