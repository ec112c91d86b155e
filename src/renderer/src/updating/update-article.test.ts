// @vitest-environment node
// Node's environment: its Blob survives fake-indexeddb's structured clone (happy-dom's does not).
import { describe, expect, it } from 'vitest'
import type { Annotation } from '@shared/annotation'
import { countWords, type Article } from '@shared/article'
import { parseArticle } from '@shared/parse-article'
import { createTextIndex, describeRange } from '@renderer/anchoring'
import { listArticleAnnotations, putAnnotations } from '@renderer/db/annotations'
import { readArticleBody, readArticleRecord, readImage } from '@renderer/db/library-bodies'
import { emptyTrash, moveToTrash } from '@renderer/db/library-trash'
import { listVersions, readVersion, readVersionImage } from '@renderer/db/library-versions'
import { addArticle } from '@renderer/db/library-writes'
import { openTestDatabase } from '@renderer/db/test-articles'
import { updateArticleText } from './update-article'

const URL = 'https://example.com/story'
const KEPT = 'The harbour opens at dawn every day'
const CHANGED = 'The mayor promised a new bridge by spring'
const MOVED = 'Fishing boats still leave from the old pier'
const GONE = 'A short-lived ferry service ended in June'

function article(id: string, paragraphs: readonly string[]): Article {
  const parsed = parseArticle(`A harbour story\n\n${paragraphs.join('\n\n')}\n`, { id })
  if (!parsed.ok) throw new Error(parsed.error.message)
  return { ...parsed.value, meta: { url: URL } }
}

const OLD = [
  `Intro words. ${KEPT}, and closes at night.`,
  `Council news. ${CHANGED}, said the clerk.`,
  `Other news. ${MOVED}, as they always have.`,
  `History. ${GONE}, sadly.`,
  'Closing lines of the story.',
]
const NEW = [
  `Intro words. ${KEPT}, and closes at night.`,
  'Council news. The mayor promised a new bridge by summer, said the clerk.',
  'History is elsewhere now.',
  'Closing lines of the story.',
  `A new section. ${MOVED}, somewhere else entirely.`,
]

function highlight(id: string, text: string, passage: string): Annotation {
  const start = text.indexOf(passage)
  const target = describeRange(createTextIndex(text), { start, end: start + passage.length })!
  return {
    ...{ id, articleId: 'a1', color: 'green', note: `note ${id}`, tags: ['t'] },
    ...{ createdAt: 10, updatedAt: 20, target },
  }
}

async function libraryWithHighlights() {
  const db = await openTestDatabase()
  const old = article('a1', OLD)
  const photo = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' })
  await addArticle(db, {
    ...{ article: old, images: new Map([['photo.png', photo]]) },
    ...{ origin: 'file', addedAt: 1000 },
  })
  const highlights = [
    highlight('kept', old.text, KEPT),
    highlight('changed', old.text, CHANGED),
    highlight('moved', old.text, MOVED),
    highlight('gone', old.text, GONE),
  ]
  await putAnnotations(db, highlights)
  return { db, old, highlights }
}

describe('updating an article with new text', () => {
  it('re-anchors every highlight, keeps the lost one, and keeps the old text as a version', async () => {
    const { db, old, highlights } = await libraryWithHighlights()
    const fresh = article('other-id', NEW)
    const newPhoto = new Blob([new Uint8Array([9, 9])], { type: 'image/webp' })
    const outcome = await updateArticleText(
      db,
      'a1',
      { article: fresh, images: new Map([['new.webp', newPhoto]]) },
      { now: () => 5000, newId: () => 'v1' },
    )
    expect(outcome).toEqual({
      kind: 'updated',
      versionId: 'v1',
      counts: { kept: 1, moved: 2, 'not-found': 1 },
      summary: '1 highlight kept, 2 moved, 1 not found',
    })

    // The article is the new text, under its own id, with its new picture only.
    const body = await readArticleBody(db, 'a1')
    expect(body?.text).toBe({ ...fresh, id: 'a1' }.text)
    expect(body?.id).toBe('a1')
    expect(await readImage(db, 'a1', 'photo.png')).toBeUndefined()
    expect((await readImage(db, 'a1', 'new.webp'))?.size).toBe(2)
    expect(await readArticleRecord(db, 'a1')).toMatchObject({
      ...{ addedAt: 1000, wordCount: countWords(fresh.text), title: 'A harbour story' },
    })

    // Each highlight found points at its passage in the new text; the lost one is unchanged.
    const stored = new Map((await listArticleAnnotations(db, 'a1')).map((a) => [a.id, a]))
    expect(stored.size).toBe(4)
    const text = body!.text
    const at = (id: string) => {
      const { start, end } = stored.get(id)!.target.position
      return text.slice(start, end)
    }
    expect(at('kept')).toBe(KEPT)
    // Found approximately, as anchoring finds a changed quote: about as long as it was.
    expect(at('changed')).toMatch(/^The mayor promised a new bridge by sum/)
    expect(at('moved')).toBe(MOVED)
    expect(stored.get('moved')!.target.position.start).toBe(text.indexOf(MOVED))
    expect(stored.get('gone')).toEqual(highlights[3])
    expect(stored.get('kept')).toMatchObject({ note: 'note kept', tags: ['t'], createdAt: 10 })
    expect(stored.get('kept')!.updatedAt).toBe(5000)

    // The old text is a version with its picture and its highlights as they were.
    expect(await listVersions(db, 'a1')).toEqual([{ id: 'v1', replacedAt: 5000 }])
    const version = await readVersion(db, 'v1')
    expect(version?.article).toEqual(old)
    expect(version?.highlights).toEqual(highlights)
    expect((await readVersionImage(db, 'v1', 'photo.png'))?.size).toBe(3)
  })

  it('does nothing for the same text, and names no article that is gone', async () => {
    const { db, old } = await libraryWithHighlights()
    expect(await updateArticleText(db, 'a1', { article: old, images: new Map() })).toEqual({
      kind: 'unchanged',
    })
    expect(await listVersions(db, 'a1')).toEqual([])
    const missing = await updateArticleText(db, 'nope', { article: old, images: new Map() })
    expect(missing).toEqual({ kind: 'missing' })
  })

  it('works again on what is stored when another window changes a highlight meanwhile', async () => {
    const { db, highlights } = await libraryWithHighlights()
    let changed = false
    const outcome = await updateArticleText(
      db,
      'a1',
      { article: article('x', NEW), images: new Map() },
      {
        anchoring: {
          // The first re-anchoring is overtaken by a recolour in another window.
          onChunk: () => {
            if (changed) return
            changed = true
            void putAnnotations(db, [{ ...highlights[0], color: 'pink', updatedAt: 30 }])
          },
        },
      },
    )
    expect(outcome.kind).toBe('updated')
    const kept = (await listArticleAnnotations(db, 'a1')).find((a) => a.id === 'kept')
    expect(kept?.color).toBe('pink')
    expect(kept?.updatedAt).toBeGreaterThan(30)
  })

  it('leaves everything as it was when the write fails', async () => {
    const { db, old, highlights } = await libraryWithHighlights()
    // A picture IndexedDB cannot store (a function does not clone): the transaction aborts.
    const unstorable = (() => 0) as unknown as Blob
    const broken = { article: article('x', NEW), images: new Map([['photo.png', unstorable]]) }
    await expect(updateArticleText(db, 'a1', broken)).rejects.toThrow()
    expect(await readArticleBody(db, 'a1')).toEqual(old)
    expect(await listArticleAnnotations(db, 'a1')).toEqual(highlights)
    expect(await listVersions(db, 'a1')).toEqual([])
    expect((await readImage(db, 'a1', 'photo.png'))?.size).toBe(3)
  })

  it('deletes the versions with the article when the trash is emptied', async () => {
    const { db } = await libraryWithHighlights()
    await updateArticleText(db, 'a1', { article: article('x', NEW), images: new Map() })
    await moveToTrash(db, 'a1', 1)
    await emptyTrash(db)
    expect(await listVersions(db, 'a1')).toEqual([])
    expect(await db.articleVersionImages.count()).toBe(0)
  })
})
