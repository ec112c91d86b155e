/**
 * The folder a browser writes beside a page saved "Web page, complete": `Page.html` and
 * `Page_files/` holding its pictures. Read so the pictures stay with the article offline, and
 * only that folder: it must sit in the chosen file's own folder, be a real directory (not a
 * link elsewhere), and only regular files inside it are read (links are skipped), within a
 * file count and a byte budget, at most a few levels deep.
 */
import { constants } from 'node:fs'
import { lstat, open, readdir } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import {
  MAX_PAGE_FOLDER_BYTES,
  MAX_PAGE_FOLDER_FILES,
  type PageFolderFile,
} from '../../shared/host'

const MAX_DEPTH = 4
/** Never through a link swapped in after the listing, and never waiting on a FIFO. */
const READ_FILE_ONLY =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
/** Pages only: a Markdown or text file has no folder of pictures beside it. */
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml'])

/**
 * The saved page's folder beside `pagePath`, read; empty when there is none.
 *
 * @param pagePath - the page the user chose
 */
export async function readPageFolder(pagePath: string): Promise<PageFolderFile[]> {
  const extension = extname(pagePath)
  if (!PAGE_EXTENSIONS.has(extension.toLowerCase())) return []
  const folderName = `${basename(pagePath, extension)}_files`
  const folder = join(dirname(pagePath), folderName)
  const info = await lstat(folder).catch(() => null)
  if (!info?.isDirectory()) return []
  const files: PageFolderFile[] = []
  let budget = MAX_PAGE_FOLDER_BYTES
  // Breadth first with an explicit queue: no recursion to bound, and shallow files come first.
  const queue: { dir: string; rel: string; depth: number }[] = [
    { dir: folder, rel: folderName, depth: 0 },
  ]
  for (let next = queue.shift(); next; next = queue.shift()) {
    const entries = await readdir(next.dir, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (files.length >= MAX_PAGE_FOLDER_FILES) return files
      const path = join(next.dir, entry.name)
      const rel = `${next.rel}/${entry.name}`
      if (entry.isDirectory() && next.depth < MAX_DEPTH) {
        queue.push({ dir: path, rel, depth: next.depth + 1 })
      } else if (entry.isFile()) {
        const bytes = await readRegularFile(path, budget)
        if (bytes) {
          budget -= bytes.length
          files.push({ path: rel, bytes })
        }
      }
    }
  }
  return files
}

/** A regular file's bytes if it fits the budget; null for anything else (links, devices). */
async function readRegularFile(path: string, budget: number): Promise<Uint8Array | null> {
  const handle = await open(path, READ_FILE_ONLY).catch(() => null)
  if (!handle) return null
  try {
    const info = await handle.stat()
    if (!info.isFile() || info.size > budget) return null
    const bytes = await handle.readFile()
    return bytes.length > budget ? null : new Uint8Array(bytes)
  } finally {
    await handle.close()
  }
}
