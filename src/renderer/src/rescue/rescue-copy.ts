/**
 * Where the rescue copy of the library lives: a file in the origin private file system, which
 * the browser keeps apart from IndexedDB (plain files, not the database's LevelDB log), so it
 * survives the browser discarding a database that a full disk damaged. A write goes to the
 * browser's swap file and replaces the copy only when complete, so a write that fails (the disk
 * full again) leaves the previous copy whole.
 */

/** A place for one text file; `read` resolves null when there is none. */
export interface RescueCopy {
  read(): Promise<string | null>
  /** Write the text given in pieces, pausing between them. */
  write(pieces: Iterable<string>): Promise<void>
}

const FILE_NAME = 'gloss-rescue-copy.json'

/** The rescue copy in the origin private file system, or null where the browser has none. */
export function privateFileRescueCopy(): RescueCopy | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.getDirectory) return null
  const folder = () => storage.getDirectory()
  return {
    async read() {
      try {
        const handle = await (await folder()).getFileHandle(FILE_NAME)
        return await (await handle.getFile()).text()
      } catch {
        return null
      }
    },
    async write(pieces) {
      const handle = await (await folder()).getFileHandle(FILE_NAME, { create: true })
      const writable = await handle.createWritable()
      try {
        for (const piece of pieces) await writable.write(piece)
        await writable.close()
      } catch (cause) {
        await writable.abort().catch(() => undefined)
        throw cause
      }
    },
  }
}
