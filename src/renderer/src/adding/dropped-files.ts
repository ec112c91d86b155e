/**
 * Files dropped on the window → what to add. A drop may hold files and folders: folders are
 * walked (a page saved "complete" is often dropped together with its `Page_files` folder, or
 * as the folder holding both), and every page, Markdown or text file found becomes one item,
 * with the files of its `<name>_files` folder beside it as its pictures. Files inside such a
 * folder are never items themselves.
 */
import { MAX_CHOSEN_FILES, MAX_PAGE_FOLDER_FILES } from '@shared/host'

/** A dropped file and where it sat in the drop: `Story.html`, `saved/Story_files/a.png`. */
export interface DroppedFile {
  readonly path: string
  readonly file: File
}

/** One file to add, with the page folder files beside it (paths relative to its folder). */
export interface DroppedItem {
  readonly name: string
  readonly file: File
  readonly siblings: ReadonlyMap<string, File>
}

/** The most files a drop's folders are walked for: a dropped home folder must not hang. */
const MAX_WALKED = MAX_CHOSEN_FILES + MAX_PAGE_FOLDER_FILES

const folderOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1)
const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
const stemOf = (name: string): string => name.replace(/\.[^.]*$/, '')

/**
 * Group dropped files into items: each file not inside a `_files` folder is an item; the files
 * under `<stem>_files/` next to it are its siblings.
 *
 * @param files - everything dropped, folders walked
 */
export function groupDropped(files: readonly DroppedFile[]): DroppedItem[] {
  const isInPageFolder = (path: string): boolean =>
    path
      .split('/')
      .slice(0, -1)
      .some((part) => part.endsWith('_files'))
  return files
    .filter((dropped) => !isInPageFolder(dropped.path))
    .map(({ path, file }) => {
      const folder = folderOf(path)
      const pageFolder = `${folder}${stemOf(nameOf(path))}_files/`
      const siblings = new Map<string, File>()
      for (const other of files) {
        if (other.path.startsWith(pageFolder) && siblings.size < MAX_PAGE_FOLDER_FILES) {
          siblings.set(other.path.slice(folder.length), other.file)
        }
      }
      return { name: file.name, file, siblings }
    })
}

/** What `webkitGetAsEntry()` gives, as far as a walk needs it. */
interface Entry {
  readonly isFile: boolean
  readonly isDirectory: boolean
  readonly name: string
  file?(success: (file: File) => void, failure: (error: unknown) => void): void
  createReader?(): {
    readEntries(success: (entries: Entry[]) => void, failure: (error: unknown) => void): void
  }
}

function fileOf(entry: Entry): Promise<File | null> {
  return new Promise((resolve) => entry.file?.(resolve, () => resolve(null)) ?? resolve(null))
}

/** All entries of a folder: `readEntries` gives them in batches until an empty one. */
async function childrenOf(entry: Entry): Promise<Entry[]> {
  const reader = entry.createReader?.()
  if (!reader) return []
  const children: Entry[] = []
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    )
    if (batch.length === 0) return children
    children.push(...batch)
  }
}

/**
 * Everything a drop holds, folders walked breadth first (no recursion), up to a limit.
 *
 * @param transfer - the drop event's `dataTransfer`
 */
export async function collectDropped(transfer: DataTransfer): Promise<DroppedFile[]> {
  const roots = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry() as Entry | null, file: item.getAsFile() }))
  const files: DroppedFile[] = []
  const queue: { entry: Entry; folder: string }[] = []
  for (const { entry, file } of roots) {
    if (entry?.isDirectory) queue.push({ entry, folder: `${entry.name}/` })
    else if (file) files.push({ path: file.name, file })
  }
  for (let next = queue.shift(); next && files.length < MAX_WALKED; next = queue.shift()) {
    for (const child of await childrenOf(next.entry)) {
      const path = `${next.folder}${child.name}`
      if (child.isDirectory) queue.push({ entry: child, folder: `${path}/` })
      else if (child.isFile) {
        const file = await fileOf(child)
        if (file) files.push({ path, file })
      }
    }
  }
  return files.slice(0, MAX_WALKED)
}
