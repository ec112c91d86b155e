/**
 * Two marks in `localStorage` for keeping the library through a full disk (rescue/): when the
 * rescue copy was last made, and that a library existed, so a database that is suddenly new was
 * lost, not never made (clearing the site's data would have cleared these marks too). Both are
 * hints: a mark lost with a full disk costs at most an extra copy or a plainer message.
 */

export interface LibraryMarks {
  /** Milliseconds since the epoch of the last rescue copy, or null. */
  copiedAt(): number | null
  markCopied(at: number): void
  libraryExisted(): boolean
  markLibraryExists(): void
}

const COPIED_AT = 'gloss:rescue-copied-at'
const LIBRARY = 'gloss:library-exists'

/**
 * @param storage - `localStorage`; every write is best effort (a full disk may refuse it too)
 */
export function libraryMarks(storage: Storage): LibraryMarks {
  const set = (key: string, value: string): void => {
    try {
      storage.setItem(key, value)
    } catch {
      // Nothing more can be done; the copy itself stands.
    }
  }
  return {
    copiedAt: () => {
      const at = Number(storage.getItem(COPIED_AT))
      return Number.isFinite(at) && at > 0 ? at : null
    },
    markCopied: (at) => set(COPIED_AT, String(at)),
    libraryExisted: () => storage.getItem(LIBRARY) !== null,
    markLibraryExists: () => set(LIBRARY, '1'),
  }
}
