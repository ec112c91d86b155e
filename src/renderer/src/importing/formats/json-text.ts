/**
 * From a file's text to a JSON value, or to a refusal that says what is wrong in words a reader
 * understands: too large, empty, cut off, a trailing comma, or damaged somewhere. A leading
 * byte order mark (which Windows editors add) is dropped first.
 */
import { err, ok, type Result } from '@shared/result'
import { MAX_IMPORT_FILE_CHARS } from './limits'
import type { ImportRefusal } from './types'

interface JsonFault {
  readonly kind: 'trailing-comma' | 'truncated' | 'other'
  /** 1-based line of the fault, when known. */
  readonly line: number | null
}

function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Why `JSON.parse` refused the text, found by one scan that skips strings: a comma right before
 * a closing bracket, or brackets and strings still open at the end (a file cut off).
 */
function diagnose(text: string): JsonFault {
  let depth = 0
  let inString = false
  let lastComma = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      if (lastComma >= 0) return { kind: 'trailing-comma', line: lineAt(text, lastComma) }
      depth--
    }
    if (c === ',') lastComma = i
    else if (!/\s/.test(c)) lastComma = -1
  }
  if (inString || depth > 0) return { kind: 'truncated', line: null }
  return { kind: 'other', line: null }
}

function faultMessage(fault: JsonFault, error: unknown, text: string): string {
  if (fault.kind === 'trailing-comma') {
    return `The file is not valid JSON: line ${fault.line} ends a list or object with a comma, which JSON does not allow.`
  }
  if (fault.kind === 'truncated') {
    return 'The file is not valid JSON (it may be truncated): it ends before all its brackets and quotes are closed.'
  }
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  const where = position ? ` near line ${lineAt(text, Number(position[1]))}` : ''
  return `The file is not valid JSON (it may be truncated or damaged)${where}.`
}

/**
 * @param text - the file's text as read
 * @param maxChars - the longest text accepted (a backup may be larger than an import file)
 * @returns the parsed JSON value, or why the file cannot be read
 */
export function parseJsonText(
  text: string,
  maxChars = MAX_IMPORT_FILE_CHARS,
): Result<unknown, ImportRefusal> {
  if (text.length > maxChars) {
    const megabytes = (text.length / 1024 / 1024).toFixed(1)
    return err({
      reason: 'too-large',
      message: `The file is too large to import: ${megabytes} MB, and the limit is ${maxChars / 1024 / 1024} MB.`,
    })
  }
  const json = text.replace(/^\uFEFF/, '')
  if (json.trim() === '') return err({ reason: 'empty', message: 'The file is empty.' })
  try {
    return ok(JSON.parse(json) as unknown)
  } catch (error) {
    return err({ reason: 'not-json', message: faultMessage(diagnose(json), error, json) })
  }
}
