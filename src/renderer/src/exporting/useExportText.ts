/**
 * The reader's export choices → the text of the export: a preview of its first lines, cheap
 * enough to redo on every change of option (it formats only the first few annotations), the
 * full text for Save and Copy (formatted when asked for), and the suggested file name. The
 * annotations are the article's own, orphaned ones included with their stored quote (they are
 * the reader's data), or only those the sidebar's filters show, in reading order with their
 * section names. On a previous version of the article, the export is of that version: its text
 * and its highlights as they were, named in the export's header. The article's library row adds its author, site, address, date added and
 * tags (the Markdown front matter, and the links to each passage on the original page).
 */
import { computed, type Ref } from 'vue'
import type { Annotation } from '@shared/annotation'
import { safeFileName } from '@shared/safe-file-name'
import { exportAs, exportFormat, type ExportFormatId } from '@renderer/exporting/formats/formats'
import { readingOrder } from '@renderer/exporting/formats/reading-order'
import type { ExportAnnotation, ExportInput } from '@renderer/exporting/formats/types'
import { exportLibraryDetails } from '@renderer/exporting/library-details'
import { useAnnotationStore } from '@renderer/stores/annotations'
import { useAnnotationViewStore } from '@renderer/stores/annotation-view'
import { useArticleStore } from '@renderer/stores/article'
import { useVersionOnScreenStore } from '@renderer/stores/version-on-screen'

export interface ExportChoices {
  readonly format: ExportFormatId
  readonly includeNotes: boolean
  readonly includeTags: boolean
  /** Each highlight's gloss:// link beside its quote (in the formats that carry links). */
  readonly includeLinks: boolean
  /** Only the annotations the sidebar's filters show (when a filter is on). */
  readonly onlyFiltered: boolean
}

/** The preview formats this many annotations, whatever the total: the file formats them all. */
export const PREVIEW_ANNOTATIONS = 20
/** The preview shows at most this many lines, and this many characters, of the text. */
export const PREVIEW_LINES = 60
export const PREVIEW_CHARS = 6_000

/** The first lines of a text, cut at a line (or, for one enormous line, mid-line) with `…`. */
function firstLines(text: string): string {
  const lines = text.split('\n', PREVIEW_LINES + 1)
  let shown = lines.slice(0, PREVIEW_LINES).join('\n')
  if (shown.length > PREVIEW_CHARS) shown = shown.slice(0, PREVIEW_CHARS)
  return shown.length < text.length ? `${shown.trimEnd()}\n…` : shown
}

/** @param choices - the dialog's current choices */
export function useExportText(choices: Readonly<Ref<ExportChoices>>) {
  const articles = useArticleStore()
  const store = useAnnotationStore()
  const view = useAnnotationViewStore()
  const versionOnScreen = useVersionOnScreenStore()
  /** A previous version on screen is what is exported; the sidebar's filters are not its. */
  const version = computed(() => versionOnScreen.shown)
  const article = computed(() => version.value?.version.article ?? articles.article)

  /** Whether the export is limited to the filtered annotations now. */
  const filtered = computed(() => !version.value && choices.value.onlyFiltered && view.filtering)
  const chosen = computed<readonly Annotation[]>(() => {
    if (version.value) return version.value.version.highlights
    return filtered.value ? [...view.visibleAnchored, ...view.visibleOrphaned] : store.annotations
  })
  // Sorted once per list; formatting, the costly part, is what the choices redo.
  const ordered = computed<ExportAnnotation[]>(() =>
    article.value ? readingOrder(article.value, chosen.value) : [],
  )

  function inputOf(annotations: readonly ExportAnnotation[], exportedAt: Date): ExportInput {
    const { includeNotes, includeTags, includeLinks } = choices.value
    // The version on screen, or the article.
    const shown = article.value ?? { id: '', title: '', source: '' }
    // The row follows the article live: until it has caught up it may still be the last one's.
    const record = articles.record?.id === shown.id ? articles.record : undefined
    const library = exportLibraryDetails(record)
    return {
      article: {
        ...shown,
        ...(library && { library }),
        ...(version.value && { version: version.value.label }),
      },
      annotations,
      articleNote: store.articleNote,
      exportedAt,
      options: { includeNotes, includeTags, includeLinks },
    }
  }

  const preview = computed(() => {
    const first = ordered.value.slice(0, PREVIEW_ANNOTATIONS)
    return firstLines(exportAs(choices.value.format, inputOf(first, new Date())))
  })

  /** The whole export in the chosen format, as it will be saved or copied. */
  function fullText(): string {
    return exportAs(choices.value.format, inputOf(ordered.value, new Date()))
  }

  const format = computed(() => exportFormat(choices.value.format))
  const fileName = computed(() =>
    safeFileName(
      `${article.value?.title ?? ''}${version.value ? ` (${version.value.label})` : ''}.${format.value.extension}`,
    ),
  )

  return {
    /** How many annotations the export holds. */
    count: computed(() => ordered.value.length),
    /** True when the preview was made from only the first `PREVIEW_ANNOTATIONS`. */
    previewIsPartial: computed(() => ordered.value.length > PREVIEW_ANNOTATIONS),
    preview,
    fullText,
    fileName,
    mimeType: computed(() => format.value.mimeType),
  }
}
