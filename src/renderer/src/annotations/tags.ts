/**
 * Tags as the reader types them → tags as stored: trimmed, without a leading `#`, inner spaces
 * turned into `-` (so `#tag` in a Markdown export stays one tag in Obsidian and Logseq), at most
 * `MAX_TAG_LENGTH` characters, and each tag once per annotation (compared without case).
 */

export const MAX_TAG_LENGTH = 64

/**
 * The stored form of a typed tag, or null when nothing is left of it.
 *
 * @param typed - what the reader typed, e.g. ` #Foreign policy `
 */
export function normalizeTag(typed: string): string | null {
  const tag = typed
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, MAX_TAG_LENGTH)
  return tag === '' ? null : tag
}

/**
 * The tags with the typed ones added (commas separate several), duplicates left out.
 *
 * @param tags - the annotation's tags
 * @param typed - what the reader typed, e.g. `syria, russia`
 */
export function addTags(tags: readonly string[], typed: string): string[] {
  const result = [...tags]
  const seen = new Set(tags.map((tag) => tag.toLowerCase()))
  for (const part of typed.split(',')) {
    const tag = normalizeTag(part)
    if (tag === null || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    result.push(tag)
  }
  return result
}

/**
 * @param tags - the annotation's tags
 * @param tag - the one to take away
 */
export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((other) => other !== tag)
}
