/**
 * What `npm run package` needs from package.json before electron-builder runs: a deb names the
 * project's homepage and its maintainer (the author's name and email), and electron-builder
 * refuses to make one without them, late and in its own words. Gloss has not chosen them yet
 * (README, "Building the installers for real"), so the check says so first, in one sentence.
 */

/** The fields read; anything else in package.json is not looked at. */
export interface PackageFields {
  readonly homepage?: unknown
  readonly author?: unknown
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** An author written `Name <email> (url)`, as npm allows, or as `{ name, email }`. */
function authorParts(author: unknown): { name: string; email: string } {
  if (typeof author === 'string') {
    const match = /^([^<(]*)(?:<([^>]*)>)?/.exec(author)
    return { name: text(match?.[1]), email: text(match?.[2]) }
  }
  if (typeof author === 'object' && author !== null) {
    const { name, email } = author as Record<string, unknown>
    return { name: text(name), email: text(email) }
  }
  return { name: '', email: '' }
}

/**
 * @param fields - package.json, parsed
 * @returns the fields a deb needs that are missing, as package.json names them (empty: none)
 */
export function missingDebFields(fields: PackageFields): string[] {
  const missing: string[] = []
  if (!/^https?:\/\/\S+$/.test(text(fields.homepage))) missing.push('homepage')
  const { name, email } = authorParts(fields.author)
  if (name === '') missing.push('author.name')
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) missing.push('author.email')
  return missing
}
