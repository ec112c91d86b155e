/**
 * The charset of a page that declares none and is not UTF-8, guessed from its bytes with
 * `chardet` (ICU's detector, ported): an undeclared Windows-1251 or Shift_JIS page, saved by a
 * tool that dropped its `<meta charset>`, would otherwise read as Windows-1252 mojibake. Only a
 * window of the text is looked at (from its first byte beyond ASCII): chardet runs every
 * recogniser over all it is given, on the main thread, and took 19 ms for 4 KB on a first call
 * here, 107 ms for 64 KB; 4 KB is some 2,000 Cyrillic or 1,300 Japanese characters, plenty to
 * tell. A weak guess gives way to Windows-1252, what browsers assume for such pages.
 */
import { analyse } from 'chardet'

/** How much of the text, from its first byte beyond ASCII, the guess looks at. */
const SAMPLE_BYTES = 4 * 1024
/** Below this confidence (0–100), chardet is guessing among near-equals. */
const MIN_CONFIDENCE = 20
const FALLBACK = 'windows-1252'

/**
 * @param bytes - a page that declares no charset and is not valid UTF-8
 * @returns a label TextDecoder knows
 */
export function guessCharset(bytes: Uint8Array): string {
  const first = bytes.findIndex((byte) => byte >= 0x80)
  if (first < 0) return FALLBACK
  const [best] = analyse(bytes.subarray(first, first + SAMPLE_BYTES))
  if (!best || best.confidence < MIN_CONFIDENCE) return FALLBACK
  try {
    return new TextDecoder(best.name).encoding
  } catch {
    return FALLBACK
  }
}
