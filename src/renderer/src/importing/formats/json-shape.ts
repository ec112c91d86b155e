/**
 * Safe reading of untrusted JSON values. Only a value's own properties are read, so a key
 * named `__proto__`, `constructor` or `prototype` in a file is just an unknown key: it never
 * reaches a prototype, and nothing read here is ever merged into another object.
 */

export type JsonObject = { readonly [key: string]: unknown }

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value of an own property, or undefined: inherited properties never count. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/** W3C properties take one value or an array of them: always an array, absent as empty. */
export function asList(value: unknown): readonly unknown[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** Whether an object's `type` is, or lists, the given type. */
export function hasType(object: JsonObject, type: string): boolean {
  return asList(own(object, 'type')).includes(type)
}

/** A JSON value in a few words, for messages: `a number`, `a list`, `an object`. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'a string'
  return `a ${typeof value}`
}
