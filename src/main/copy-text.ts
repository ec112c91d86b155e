/**
 * Copying to the system clipboard for the renderer. Main writes it, so the window's permission
 * handlers can keep denying every web permission, clipboard ones included.
 */
import { fail, ok, type Result } from '../shared/result'

/**
 * @param text - what the user asked to copy (already validated by the IPC schema)
 * @param write - `clipboard.writeText`
 */
export async function copyToClipboard(
  text: string,
  write: (text: string) => void,
): Promise<Result<void>> {
  try {
    write(text)
    return ok(undefined)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `The text could not be copied: ${detail}`)
  }
}
