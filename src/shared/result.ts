/**
 * Result: how the host contract reports failure. An `Error` does not survive IPC
 * serialisation (its class and extra fields are lost), so every host method resolves to a
 * plain `Result` instead of rejecting.
 */

/** Machine-readable failure kinds that callers branch on; `message` is for people. */
export type HostErrorCode =
  | 'invalid-payload'
  | 'forbidden-sender'
  | 'not-found'
  | 'io'
  | 'too-large'
  | 'cancelled'
  | 'unsupported'

export interface HostError {
  readonly code: HostErrorCode
  readonly message: string
}

export type Result<T, E = HostError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E }

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value }
}

export function err<E = HostError>(error: E): Result<never, E> {
  return { ok: false, error }
}

/** Shorthand for the common `err({ code, message })`. */
export function fail(code: HostErrorCode, message: string): Result<never, HostError> {
  return err({ code, message })
}
