/**
 * The current article's highlights and notes: what is stored (followed live from the database),
 * with changes shown before their write completes (an optimistic overlay), where each sits in the
 * text (anchored once per article, then only what changed), and the actions that change them.
 * Every write goes through `db/annotations.ts` by way of the storage store, which reports
 * failures to the reader; an action resolves whether it was saved, and a failed one is taken
 * off the screen again. Large lists are held in shallow refs of immutable objects: 10,000
 * annotations are never wrapped in deep proxies.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, readonly, ref, shallowRef, watch } from 'vue'
import {
  isHighlightColor,
  type Annotation,
  type AnnotationTarget,
  type HighlightColor,
} from '@shared/annotation'
import { createIntervalLookup, createTextIndex, isAnchored } from '@renderer/anchoring'
import {
  createAnchorCache,
  type AnchorCache,
  type AnchorMap,
} from '@renderer/annotations/anchor-cache'
import {
  applyOverlay,
  EMPTY_OVERLAY,
  revert,
  settle,
  withDelete,
  withPut,
  without,
} from '@renderer/annotations/optimistic-overlay'
import { keepUnchanged } from '@renderer/annotations/keep-unchanged'
import { addTags, removeTag } from '@renderer/annotations/tags'
import {
  AnnotationConflict,
  changeAnnotationTags,
  deleteAnnotationIfUnchanged,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
  type AnnotationChanges,
  type TagChanges,
} from '@renderer/db/annotation-edits'
import {
  createAnnotation,
  deleteAnnotations,
  listArticleAnnotations,
  listTags,
  readArticleNote,
  writeArticleNote,
} from '@renderer/db/annotations'
import type { GlossDatabase } from '@renderer/db/database'
import { readSetting, writeSetting } from '@renderer/db/reader-state'
import { useLiveQuery } from '@renderer/composables/useLiveQuery'
import { useArticleStore } from './article'
import { useStorageStore } from './storage'

/** An annotation placed on the current text: `[start, end)` in canonical offsets. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation
  readonly start: number
  readonly end: number
}

/**
 * How a write went: saved; failed (the storage notice says why); or not made because another
 * window deleted the highlight or changed it since the version the writer started from.
 */
export type WriteOutcome = 'saved' | 'failed' | 'conflict'

/** What `create` did: made a new highlight, or found the passage highlighted already. */
export interface CreateOutcome {
  readonly annotation: Annotation
  /** The existing highlight as it was, when the passage was highlighted already. */
  readonly existing: Annotation | null
}

/** A time after `previous`, so two edits in one millisecond still order. */
function nextTime(previous: number): number {
  return Math.max(Date.now(), previous + 1)
}

export const useAnnotationStore = defineStore('annotations', () => {
  const storage = useStorageStore()
  const articles = useArticleStore()
  const articleId = computed(() => articles.article?.id ?? null)
  // Once per article: every anchoring of this article shares it.
  const textIndex = computed(() => articles.article && createTextIndex(articles.article.text))

  const storedRows = useLiveQuery(() => {
    const id = articleId.value
    return id === null ? null : (db) => listArticleAnnotations(db, id)
  })
  // The same object for an unchanged row, so views of unchanged annotations do not re-render.
  const stored = shallowRef<readonly Annotation[] | undefined>(undefined)
  watch(storedRows, (rows) => (stored.value = rows && keepUnchanged(stored.value ?? [], rows)))

  const overlay = shallowRef(EMPTY_OVERLAY)
  watch(stored, (rows) => (overlay.value = settle(overlay.value, rows ?? [])))

  /** Every annotation of the article as the reader should see it, pending changes included. */
  const annotations = computed(() => applyOverlay(stored.value ?? [], overlay.value))
  /** False until the stored annotations were read. */
  const loaded = computed(() => stored.value !== undefined)

  const anchors = shallowRef<AnchorMap>(new Map())
  let cache: AnchorCache | null = null
  /** Anchor the article's annotations on the current text (those of another article wait). */
  async function anchorOnText(list: readonly Annotation[]): Promise<void> {
    const current = cache
    const id = articleId.value
    const results = await current?.update(list.filter((one) => one.articleId === id))
    if (results && current === cache) anchors.value = results
  }
  watch(
    textIndex,
    (index) => {
      cache?.dispose()
      cache = index && createAnchorCache(index)
      anchors.value = new Map()
      // The same article with a new text (an Update) may have its new targets already: anchor
      // them on this text now, not only when the list changes next (it may not change again).
      void anchorOnText(annotations.value)
    },
    { immediate: true },
  )
  watch(annotations, anchorOnText)

  /** The anchored ones for lookups (`containing`, `next`, `inOrder`) and the orphaned ones. */
  const placement = computed(() => {
    const placed: AnchoredAnnotation[] = []
    const orphaned: Annotation[] = []
    for (const annotation of annotations.value) {
      const result = anchors.value.get(annotation.id)
      if (!result) continue
      if (isAnchored(result)) placed.push({ annotation, start: result.start, end: result.end })
      else orphaned.push(annotation)
    }
    return { lookup: createIntervalLookup(placed), orphaned }
  })
  const lookup = computed(() => placement.value.lookup)
  /** Annotations whose passage is no longer in the text: kept and listed, never moved. */
  const orphaned = computed(() => placement.value.orphaned)
  const byId = computed(() => new Map(annotations.value.map((a) => [a.id, a])))

  const lastColor = ref<HighlightColor>('yellow')
  /** Read the colour `h` uses from the settings table (at start, and after a restore). */
  async function loadLastColor(): Promise<void> {
    const saved = await storage.read((db) => readSetting(db, 'highlightColor'))
    if (isHighlightColor(saved)) lastColor.value = saved
  }
  void loadLastColor()

  const tagSuggestions = useLiveQuery(() => listTags)
  const articleNoteRow = useLiveQuery(() => {
    const id = articleId.value
    return id === null ? null : (db) => readArticleNote(db, id)
  })

  /**
   * The `updatedAt` of each highlight as this window last wrote it: undo and redo change a row
   * only while it is still at that version, so they never undo what another window did.
   */
  const versionsWritten = new Map<string, number>()

  /** Run a write; a conflict is an outcome of its own, not a storage failure. */
  async function writeOutcome(
    write: (db: GlossDatabase) => Promise<unknown>,
  ): Promise<WriteOutcome> {
    let conflict = false
    const written = await storage.write(async (db) => {
      try {
        await write(db)
      } catch (cause) {
        if (!(cause instanceof AnnotationConflict)) throw cause
        conflict = true
      }
    })
    return conflict ? 'conflict' : written ? 'saved' : 'failed'
  }

  /** Show a change at once, write it, and take it back off the screen if it was not made. */
  async function writeShown(
    shown: Annotation,
    write: (db: GlossDatabase) => Promise<unknown>,
  ): Promise<WriteOutcome> {
    const previous = overlay.value.puts.get(shown.id)
    overlay.value = withPut(overlay.value, shown)
    const outcome = await writeOutcome(write)
    if (outcome === 'saved') versionsWritten.set(shown.id, shown.updatedAt)
    else overlay.value = revert(overlay.value, shown.id, previous)
    return outcome
  }

  /** Hide an annotation at once, delete it, and show it again if it was not deleted. */
  async function deleteShown(
    id: string,
    write: (db: GlossDatabase) => Promise<unknown>,
  ): Promise<WriteOutcome> {
    const previous = overlay.value.puts.get(id)
    overlay.value = withDelete(overlay.value, id)
    const outcome = await writeOutcome(write)
    if (outcome !== 'saved') overlay.value = revert(overlay.value, id, previous)
    return outcome
  }

  /**
   * Highlight a passage; a passage highlighted already (same start and end) is recoloured
   * instead of highlighted twice. Painted at once; taken back if it cannot be saved.
   *
   * @param target - the passage, from `describeRange`
   * @param color - its colour
   * @returns what was done, or null when it could not be saved (the reader is told why)
   */
  async function create(
    target: AnnotationTarget,
    color: HighlightColor,
  ): Promise<CreateOutcome | null> {
    const id = articleId.value
    if (id === null || !cache) return null
    void rememberColor(color)
    const { start, end } = target.position
    const existing = lookup.value
      .containing(start)
      .find((placed) => placed.start === start && placed.end === end)?.annotation
    if (existing) {
      const saved = existing.color === color || (await update(existing.id, { color })) === 'saved'
      return saved ? { annotation: byId.value.get(existing.id) ?? existing, existing } : null
    }
    const now = Date.now()
    const annotation: Annotation = {
      ...{ id: crypto.randomUUID(), articleId: id, color, note: '', tags: [] },
      ...{ createdAt: now, updatedAt: now, target },
    }
    cache.remember(annotation, { method: 'position', start, end, score: 1 })
    let stored: Annotation = annotation
    const saved = await writeShown(annotation, async (db) => {
      stored = await createAnnotation(db, annotation)
    })
    if (saved !== 'saved') return null
    versionsWritten.set(stored.id, stored.updatedAt)
    // Bench and observability hook: the new highlight's transaction has committed (metric 4 of
    // `npm run bench` times creating a highlight until this mark).
    performance.mark('gloss:annotation-saved')
    // Another window highlighted the same passage first: that one was recoloured instead.
    if (stored.id !== annotation.id) overlay.value = without(overlay.value, annotation.id)
    return { annotation: stored, existing: stored.id === annotation.id ? null : stored }
  }

  /**
   * Change an annotation's colour or note.
   *
   * @param id - which annotation
   * @param changes - the new values
   * @param expected - the `updatedAt` the change started from; omitted: whatever is stored
   */
  async function update(
    id: string,
    changes: AnnotationChanges,
    expected?: number,
  ): Promise<WriteOutcome> {
    const current = byId.value.get(id)
    if (!current) return 'conflict'
    const updatedAt = nextTime(current.updatedAt)
    const shown: Annotation = { ...current, ...changes, updatedAt }
    return writeShown(shown, (db) => updateAnnotation(db, id, changes, updatedAt, expected))
  }

  /**
   * Attach an annotation to another passage (repairing a passage not found, or undoing that):
   * note, tags, colour and creation date stay; the cache anchors the new target.
   *
   * @param id - which annotation
   * @param target - the passage, from `describeRange`
   * @param expected - the `updatedAt` of the annotation as the reader saw it
   */
  async function reattach(
    id: string,
    target: AnnotationTarget,
    expected: number,
  ): Promise<WriteOutcome> {
    const current = byId.value.get(id)
    if (!current) return 'conflict'
    const updatedAt = nextTime(current.updatedAt)
    const shown: Annotation = { ...current, target, updatedAt }
    return writeShown(shown, (db) => reattachAnnotation(db, id, target, updatedAt, expected))
  }

  /**
   * Add and remove tags, on the tags as stored (another window's new tags stay).
   *
   * @param id - which annotation
   * @param changes - tags to add (as typed) and to remove
   */
  async function changeTags(id: string, changes: TagChanges): Promise<WriteOutcome> {
    const current = byId.value.get(id)
    if (!current) return 'conflict'
    const updatedAt = nextTime(current.updatedAt)
    const kept = (changes.remove ?? []).reduce(removeTag, current.tags)
    const shown: Annotation = { ...current, tags: addTags(kept, changes.add ?? ''), updatedAt }
    return writeShown(shown, (db) => changeAnnotationTags(db, id, changes, updatedAt))
  }

  /**
   * Delete an annotation; it disappears at once and comes back if it cannot be deleted.
   *
   * @param id - which annotation
   * @returns the deleted annotation (to restore it), or null if it could not be deleted
   */
  async function remove(id: string): Promise<Annotation | null> {
    const current = byId.value.get(id)
    if (!current) return null
    const outcome = await deleteShown(id, (db) => deleteAnnotations(db, [id]))
    return outcome === 'saved' ? current : null
  }

  /**
   * Delete an annotation only if it is as this window last wrote it (undo of a creation, redo
   * of a delete): a note another window wrote on it since is never deleted with it.
   *
   * @param id - which annotation
   */
  async function withdraw(id: string): Promise<WriteOutcome> {
    const version = versionsWritten.get(id)
    if (version === undefined) return 'conflict'
    return deleteShown(id, (db) => deleteAnnotationIfUnchanged(db, id, version))
  }

  /**
   * Put back a deleted annotation as it was (undo of a delete, redo of a create), unless a row
   * with its id exists again. Its `updatedAt` moves on: a row that comes back is a change, and
   * the overlay tells a live result from before the deletion from the restored row by that time.
   *
   * @param annotation - the annotation as `remove` returned it
   */
  function restore(annotation: Annotation): Promise<WriteOutcome> {
    const restored = { ...annotation, updatedAt: nextTime(annotation.updatedAt) }
    return writeShown(restored, (db) => restoreAnnotation(db, restored))
  }

  /** @param color - the colour the reader chose, which `h` uses next time */
  async function rememberColor(color: HighlightColor): Promise<void> {
    if (lastColor.value === color) return
    lastColor.value = color
    await storage.write((db) => writeSetting(db, 'highlightColor', color))
  }

  /**
   * Save the article-level note.
   *
   * @param note - Markdown source
   * @returns whether it was saved
   */
  async function saveArticleNote(note: string): Promise<boolean> {
    const id = articleId.value
    if (id === null) return false
    const row = { articleId: id, note, updatedAt: Date.now() }
    return storage.write((db) => writeArticleNote(db, row))
  }

  return {
    articleId,
    textIndex,
    annotations,
    loaded,
    lookup,
    orphaned,
    byId,
    lastColor: readonly(lastColor),
    tagSuggestions: computed(() => tagSuggestions.value ?? []),
    articleNote: computed(() => articleNoteRow.value?.note ?? ''),
    /** The article note's `updatedAt`, 0 while there is none. */
    articleNoteVersion: computed(() => articleNoteRow.value?.updatedAt ?? 0),
    create,
    /** The `updatedAt` this window last wrote for a highlight, if it wrote one. */
    versionWritten: (id: string): number | undefined => versionsWritten.get(id),
    recolor: (id: string, color: HighlightColor, expected?: number) =>
      update(id, { color }, expected),
    setNote: (id: string, note: string, expected?: number) => update(id, { note }, expected),
    changeTags,
    reattach,
    remove,
    withdraw,
    restore,
    rememberColor,
    loadLastColor,
    saveArticleNote,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAnnotationStore, import.meta.hot))
