/**
 * Two marks in `localStorage` that let the next start tell what happened to the database:
 * that a write found the disk full (the database may be damaged and lost two starts later,
 * see db/disk-full.ts), and that a library existed (so a database that is suddenly new was
 * lost, not never made: clearing the site's data would have cleared these marks too).
 */

export interface LibraryMarks {
  diskFullSeen(): boolean
  markDiskFull(): void
  clearDiskFull(): void
  libraryExisted(): boolean
  markLibraryExists(): void
}

const DISK_FULL = 'gloss:disk-full-seen'
const LIBRARY = 'gloss:library-exists'

/** Note, as best it can, that a write found the disk full (called by the storage store). */
export function noteDiskFull(): void {
  try {
    libraryMarks(window.localStorage).markDiskFull()
  } catch {
    // No localStorage here: the rescue copy will not be made, the other safeguards stand.
  }
}

/**
 * @param storage - `localStorage`; every write is best effort (a full disk may refuse it too)
 */
export function libraryMarks(storage: Storage): LibraryMarks {
  const set = (key: string, on: boolean): void => {
    try {
      if (on) storage.setItem(key, '1')
      else storage.removeItem(key)
    } catch {
      // Nothing more can be done; the other safeguards stand.
    }
  }
  return {
    diskFullSeen: () => storage.getItem(DISK_FULL) !== null,
    markDiskFull: () => set(DISK_FULL, true),
    clearDiskFull: () => set(DISK_FULL, false),
    libraryExisted: () => storage.getItem(LIBRARY) !== null,
    markLibraryExists: () => set(LIBRARY, true),
  }
}
