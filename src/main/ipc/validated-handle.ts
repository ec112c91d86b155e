/**
 * The gate in front of every IPC handler. A request runs only when it comes from the app's own
 * top frame (not a subframe, not a page that navigated elsewhere, not a frame already gone) and
 * its payload passes the channel's schema; otherwise it resolves to a `forbidden-sender` or
 * `invalid-payload` error and the handler never sees it. Handlers resolve to `Result`s; if one
 * throws anyway, the caller gets an `io` error instead of a rejected promise.
 */
import * as v from 'valibot'
import { fail, type Result } from '../../shared/result'
import { isAppUrl } from '../app-url'

/** What the gate reads of `IpcMainInvokeEvent`. */
export interface InvokeEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

/** What the gate needs of `ipcMain`. */
export interface InvokeRegistry {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}

/**
 * Whether the request comes from the app's top frame.
 *
 * @param event - the invoke event
 */
export function checkSender(event: InvokeEvent): Result<true> {
  let frame: InvokeEvent['senderFrame']
  try {
    // Electron throws when the frame was disposed (navigated or closed) before we looked.
    frame = event.senderFrame
  } catch {
    frame = null
  }
  if (frame === null) return fail('forbidden-sender', 'The request came from a frame that is gone.')
  if (frame.parent !== null) return fail('forbidden-sender', 'Only the app window may ask this.')
  if (!isAppUrl(frame.url)) {
    return fail('forbidden-sender', `Requests from ${frame.url.slice(0, 100)} are refused.`)
  }
  return { ok: true, value: true }
}

/**
 * Register one channel's handler behind the sender check and payload schema.
 *
 * @param ipc - `ipcMain`, or a fake in tests
 * @param channel - the channel name from CHANNELS
 * @param schema - the payload's schema; the handler gets its output
 * @param handler - does the work; resolves to a Result
 */
export function validatedHandle<TPayload, TValue>(
  ipc: InvokeRegistry,
  channel: string,
  schema: v.GenericSchema<TPayload>,
  handler: (payload: TPayload) => Promise<Result<TValue>>,
): void {
  ipc.handle(channel, async (event, ...args): Promise<Result<TValue>> => {
    const sender = checkSender(event)
    if (!sender.ok) return sender
    if (args.length > 1) {
      return fail('invalid-payload', `${channel} takes one argument, not ${args.length}.`)
    }
    const parsed = v.safeParse(schema, args[0])
    if (!parsed.success) {
      const problems = parsed.issues.map((issue) => issue.message).join(' ')
      return fail('invalid-payload', `${channel} refused its arguments: ${problems}`)
    }
    try {
      return await handler(parsed.output)
    } catch (cause) {
      return fail('io', `${channel} failed: ${messageOf(cause)}`)
    }
  })
}
