/**
 * What of an annotation the text formats show, given the user's options, and the counts they
 * print. One place decides what "include notes" means, so a count never disagrees with the
 * notes actually written.
 */
import type { HighlightColor } from '@shared/annotation'
import { deepLinkFor } from '@shared/deep-link'
import { textFragmentLink } from './text-fragment'
import type { ExportAnnotation, ExportInput, ExportOptions } from './types'

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
}

/**
 * A note as shown: empty when notes are excluded or it is only whitespace; otherwise without
 * leading blank lines and trailing whitespace (leading spaces on its first line may matter).
 */
function tidyNote(note: string, include: boolean): string {
  if (!include || note.trim() === '') return ''
  return note.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
}

/**
 * @param annotation - the annotation
 * @param options - the user's export options
 * @returns the note to show, or empty (see `tidyNote`)
 */
export function shownNote(annotation: ExportAnnotation, options: ExportOptions): string {
  return tidyNote(annotation.note, options.includeNotes)
}

/** The tags to show: none when tags are excluded, else the non-blank ones. */
export function shownTags(annotation: ExportAnnotation, options: ExportOptions): string[] {
  return options.includeTags ? annotation.tags.filter((tag) => tag.trim() !== '') : []
}

/**
 * The highlight's `gloss://` link when links are included; null otherwise, or for an id Gloss
 * never makes (no link could open it).
 */
export function shownLink(annotation: ExportAnnotation, options: ExportOptions): string | null {
  if (!options.includeLinks) return null
  return deepLinkFor({ articleId: annotation.articleId, annotationId: annotation.id })
}

/**
 * A link to the highlight's passage on the original page (a text fragment), whatever the
 * options: null when the article has no web address in the library.
 */
export function shownPageLink(annotation: ExportAnnotation, input: ExportInput): string | null {
  const url = input.article.library?.url ?? ''
  return url === '' ? null : textFragmentLink(url, annotation.target.quote)
}

/** The article note to show, under the same rule as `shownNote`. */
export function shownArticleNote(input: ExportInput): string {
  return tidyNote(input.articleNote ?? '', input.options.includeNotes)
}

export interface ExportCounts {
  readonly highlights: number
  /** Highlights whose note is shown. */
  readonly notes: number
}

export function exportCounts(input: ExportInput): ExportCounts {
  return {
    highlights: input.annotations.length,
    notes: input.annotations.filter((a) => shownNote(a, input.options) !== '').length,
  }
}

/** `1 highlight, 2 notes`: the counts as people read them. */
export function countsSentence(counts: ExportCounts): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${plural(counts.highlights, 'highlight')}, ${plural(counts.notes, 'note')}`
}

/** `2024-05-01 10:00 UTC`: an unambiguous time people read at a glance, same on every machine. */
export function readableTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
