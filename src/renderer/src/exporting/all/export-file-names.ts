/**
 * File names for an export of the whole library, one per article: made from the title, safe on
 * every OS (`safeFileName`: reserved names and characters, trailing dots, length, NFC), and
 * unique in a folder that may not tell case apart (Windows, macOS). Titles that collide are
 * numbered, `Title.md`, `Title (2).md`, … in the order the articles were added (then by id),
 * so a name depends only on the article and those added before it with the same title: adding
 * articles never renames one already exported, and the same article keeps its file name from
 * one export to the next (only trashing an earlier namesake moves the numbers up).
 */
import { fileNameKey } from '@shared/export-folder'
import { safeFileName } from '@shared/safe-file-name'

/** What naming needs of an article. */
export interface NamedArticle {
  readonly id: string
  readonly title: string
  readonly addedAt: number
}

/** Used for an article whose title leaves nothing of a name. */
export const UNTITLED_FILE_NAME = 'Untitled article'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * `base (n).ext`, shortened at a grapheme boundary until the number survives the length limit.
 *
 * @param base - a safe name without its extension
 * @param n - the number, 2 or more
 * @param extension - with its dot
 */
function numbered(base: string, n: number, extension: string): string {
  const suffix = ` (${n})${extension}`
  const parts = [...graphemes.segment(base)].map((part) => part.segment)
  while (parts.length > 0) {
    const name = safeFileName(`${parts.join('')}${suffix}`, UNTITLED_FILE_NAME)
    if (name.endsWith(suffix)) return name
    parts.pop()
  }
  return safeFileName(`${UNTITLED_FILE_NAME}${suffix}`)
}

/**
 * One file name per article, unique whatever the case.
 *
 * @param articles - every article of the export, in any order
 * @param extension - the files' extension, with its dot (`.md`)
 * @param taken - names already used in the same place (keys of `fileNameKey`), never given out
 * @returns the name of each article, by id
 */
export function exportFileNames(
  articles: readonly NamedArticle[],
  extension: string,
  taken: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const ordered = [...articles].sort(
    (a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const used = new Set(taken)
  const names = new Map<string, string>()
  for (const article of ordered) {
    const first = safeFileName(`${article.title}${extension}`, UNTITLED_FILE_NAME)
    let name = first
    const base = first.slice(0, first.length - extension.length)
    for (let n = 2; used.has(fileNameKey(name)); n++) name = numbered(base, n, extension)
    used.add(fileNameKey(name))
    names.set(article.id, name)
  }
  return names
}
