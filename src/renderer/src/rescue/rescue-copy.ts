/**
 * Where the rescue copy of the library lives: a file in the origin private file system, which
 * the browser keeps apart from IndexedDB (plain files, not the database's LevelDB log), so it
 * survives the browser discarding a database that a full disk damaged.
 */

/** A place for one text file; `read` resolves null when there is none. */
export interface RescueCopy {
  read(): Promise<string | null>
  write(text: string): Promise<void>
  remove(): Promise<void>
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
    async write(text) {
      const handle = await (await folder()).getFileHandle(FILE_NAME, { create: true })
      const writable = await handle.createWritable()
      await writable.write(text)
      await writable.close()
    },
    async remove() {
      await (await folder()).removeEntry(FILE_NAME).catch(() => undefined)
    },
  }
}
