/**
 * A long text → the parts the host takes it in (each at most `MAX_FILE_CHARS`, at most
 * `MAX_FILE_PARTS` of them), cut only between characters: a cut inside a surrogate pair would
 * write two halves of an emoji, each as U+FFFD.
 */
import { MAX_FILE_CHARS, MAX_FILE_PARTS } from '@shared/host'

/**
 * @param text - the whole file
 * @param partChars - longest part (the host's limit; smaller in tests)
 * @returns the parts in order, or null when the text needs more parts than the host takes
 */
export function fileParts(text: string, partChars = MAX_FILE_CHARS): string[] | null {
  const parts: string[] = []
  let at = 0
  while (at < text.length || parts.length === 0) {
    let end = Math.min(at + partChars, text.length)
    const code = text.charCodeAt(end - 1)
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1
    parts.push(text.slice(at, end))
    at = end
    if (parts.length > MAX_FILE_PARTS) return null
  }
  return parts
}
