/**
 * Where a source says it came from (MHTML's `Snapshot-Content-Location`, a saved page's
 * comment, Markdown front matter), kept only when it is an `http:` or `https:` address: a page
 * saved from disk says `file:///C:/Users/…` (a local path, not an address to show or link to)
 * and Internet Explorer writes `about:internet`; `javascript:` is never an address.
 */

/** The address, normalised by the URL parser, or undefined when it is not a web address. */
export function webAddress(text: string | undefined): string | undefined {
  if (text === undefined || !URL.canParse(text.trim())) return undefined
  const url = new URL(text.trim())
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
}
