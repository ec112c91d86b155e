/**
 * Copying to the system clipboard for the renderer. Main writes it, so the window's permission
 * handlers can keep denying every web permission, clipboard ones included.
 */
import { fail, ok, type Result } from '../shared/result'

/**
 * @param text - what the user asked to copy (already validated by the IPC schema)
 * @param write - `clipboard.writeText` (sync before Electron 45, a Promise since)
 */
export async function copyToClipboard(
  text: string,
  write: (text: string) => void | Promise<void>,
): Promise<Result<void>> {
  try {
    // Electron 45's clipboard is asynchronous: a failed write rejects, later.
    await write(text)
    return ok(undefined)
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `The text could not be copied: ${detail}`)
  }
}
