/**
 * What Export all says when it is done: "Exported 500 articles with 10,000 highlights", where
 * they went, and for a folder, what was left as it was and why.
 */
import type { WrittenExportFolder } from '@shared/host'

const count = new Intl.NumberFormat('en')

/** `3 files`, `1 file`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count.format(n)} ${n === 1 ? one : many}`
}

/**
 * @param articles - how many articles the export holds
 * @param highlights - and highlights
 */
export function exportedSentence(articles: number, highlights: number): string {
  return `Exported ${plural(articles, 'article')} with ${plural(highlights, 'highlight')}`
}

/** A list of names for a sentence: the first few, then how many more. */
export function someNames(names: readonly string[], shown = 3): string {
  const first = names.slice(0, shown).map((name) => `“${name}”`)
  const more = names.length - first.length
  return more > 0 ? `${first.join(', ')} and ${plural(more, 'other')}` : first.join(', ')
}

/**
 * @param folder - the folder's name
 * @param outcome - what main wrote there
 */
export function folderSentence(folder: string, outcome: WrittenExportFolder): string {
  const parts = [`into “${folder}”.`]
  if (outcome.unchanged > 0) {
    parts.push(`${plural(outcome.unchanged, 'file was', 'files were')} already up to date.`)
  }
  if (outcome.kept.length > 0) {
    parts.push(`Kept your changes to ${someNames(outcome.kept)}.`)
  }
  for (const { name, reason } of outcome.skipped.slice(0, 3)) {
    parts.push(`Did not write “${name}”: ${reason}`)
  }
  if (outcome.skipped.length > 3) {
    parts.push(`Did not write ${plural(outcome.skipped.length - 3, 'other file')} either.`)
  }
  return parts.join(' ')
}
