import { describe, expect, it } from 'vitest'
import { SearchEngine } from './search-engine'
import { LibraryIndex } from './search-index'
import type { ArticleResultGroup } from './search-results'
import type { MarkedText } from './snippet'
import { MemoryLibrary } from './testing/memory-library'

function words(marked: MarkedText | null): string[] {
  return (marked?.marks ?? []).map((mark) => marked!.text.slice(mark.start, mark.end))
}

function titles(groups: readonly ArticleResultGroup[]): string[] {
  return groups.map((group) => group.title.text)
}

async function engineOver(library: MemoryLibrary): Promise<SearchEngine> {
  const engine = new SearchEngine(new LibraryIndex(), library)
  await engine.update()
  return engine
}

function sampleLibrary(): MemoryLibrary {
  const library = new MemoryLibrary()
  library.addArticle('a1', {
    title: 'Letter from Zürich',
    byline: 'Anna Schmidt',
    siteName: 'The Review',
    text: 'Letter from Zürich\n\nDoctors there describe a new syndrome among bankers.',
  })
  library.addArticle('a2', {
    title: 'The Red Cross at work',
    text: 'The Red Cross came to the valley. Cross words were said, red faces followed.',
  })
  library.addArticle('a3', { title: '東京の研究', text: '彼は東京大学で研究した。' })
  return library
}

describe('SearchEngine.search', () => {
  it('finds an article by a word folded: Zürich by zurich', async () => {
    const engine = await engineOver(sampleLibrary())
    const [group, ...others] = await engine.search('zurich')
    expect(others).toEqual([])
    expect(group.articleId).toBe('a1')
    expect(words(group.title)).toEqual(['Zürich'])
    expect(words(group.snippet)).toEqual(['Zürich'])
  })

  it('finds a word by its beginning while typing: synd finds syndrome', async () => {
    const engine = await engineOver(sampleLibrary())
    const groups = await engine.search('Synd')
    expect(titles(groups)).toEqual(['Letter from Zürich'])
    expect(words(groups[0].snippet)).toEqual(['syndrome'])
  })

  it('needs every word, each anywhere in the article', async () => {
    const engine = await engineOver(sampleLibrary())
    expect(titles(await engine.search('schmidt syndrome'))).toEqual(['Letter from Zürich'])
    expect(await engine.search('schmidt valley')).toEqual([])
  })

  it('finds a quoted phrase only where its words stand together', async () => {
    const library = sampleLibrary()
    library.addArticle('a4', { title: 'Faces', text: 'red words and cross faces' })
    const engine = await engineOver(library)
    expect(titles(await engine.search('red cross'))).toEqual(['The Red Cross at work', 'Faces'])
    const groups = await engine.search('"red cross"')
    expect(titles(groups)).toEqual(['The Red Cross at work'])
    expect(words(groups[0].snippet)).toEqual(['Red Cross'])
  })

  it('finds CJK text by characters side by side', async () => {
    const engine = await engineOver(sampleLibrary())
    const groups = await engine.search('東京大学')
    expect(titles(groups)).toEqual(['東京の研究'])
    expect(words(groups[0].snippet)).toEqual(['東京大学'])
    expect(await engine.search('京東')).toEqual([])
  })

  it('finds highlights by quote, note and tag, grouped under their article in reading order', async () => {
    const library = sampleLibrary()
    library.addHighlight('h2', 'a2', 'red faces followed', { start: 60, note: 'anger' })
    library.addHighlight('h1', 'a2', 'came to the valley', { start: 20, tags: ['angry-valley'] })
    library.addHighlight('h3', 'a1', 'describe a new syndrome', { note: 'the anger of bankers' })
    const engine = await engineOver(library)
    const groups = await engine.search('ang')
    expect(groups.map((group) => group.highlights.map((hit) => hit.annotationId))).toEqual([
      ['h1', 'h2'],
      ['h3'],
    ])
    expect(groups.every((group) => !group.articleMatched)).toBe(true)
    const [valley, faces] = groups[0].highlights
    expect(words(valley.tags[0])).toEqual(['angry'])
    expect(words(faces.note)).toEqual(['anger'])
  })

  it('finds an article note', async () => {
    const library = sampleLibrary()
    library.articleNotes.set('a3', {
      articleId: 'a3',
      note: 'Ask Kenji about Zürich',
      updatedAt: 1,
    })
    const engine = await engineOver(library)
    const groups = await engine.search('kenji')
    expect(groups.map((group) => group.articleId)).toEqual(['a3'])
    expect(words(groups[0].note)).toEqual(['Kenji'])
  })

  it('leaves out a trashed article and its highlights', async () => {
    const library = sampleLibrary()
    library.addArticle('a1', { ...library.articles.get('a1')!, trashed: true })
    library.addHighlight('h1', 'a1', 'Zürich doctors')
    const engine = await engineOver(library)
    expect(await engine.search('zurich')).toEqual([])
  })

  it('finds nothing for an empty query', async () => {
    const engine = await engineOver(sampleLibrary())
    expect(await engine.search('  "" ')).toEqual([])
  })

  it('searches the sample article in the text the host served', async () => {
    const library = new MemoryLibrary()
    library.addArticle('sample', { title: 'The sample', bundled: true })
    const engine = new SearchEngine(new LibraryIndex(), library, {
      id: 'sample',
      text: 'A story about lighthouses.',
    })
    await engine.update()
    expect(words((await engine.search('lighthouse'))[0].snippet)).toEqual(['lighthouses'])
  })
})

describe('SearchEngine.update', () => {
  it('indexes again only what changed, and drops what is gone', async () => {
    const library = sampleLibrary()
    library.addHighlight('h1', 'a2', 'came to the valley')
    const engine = await engineOver(library)
    library.bodiesRead.length = 0

    expect(await engine.update()).toEqual({ indexed: 0, removed: 0, rebuilt: false })
    library.addArticle('a2', { ...library.articles.get('a2')!, title: 'Relief in the hills' })
    library.addHighlight('h1', 'a2', 'came down the hills', { updatedAt: 2 })
    library.articles.delete('a3')
    expect(await engine.update()).toEqual({ indexed: 2, removed: 1, rebuilt: false })
    expect(library.bodiesRead).toEqual(['a2'])
    const groups = await engine.search('hills')
    expect(titles(groups)).toEqual(['Relief in the hills'])
    expect(groups[0].highlights.map((hit) => hit.annotationId)).toEqual(['h1'])
    expect(await engine.search('東京')).toEqual([])
  })

  it('continues from a restored snapshot without indexing anything again', async () => {
    const library = sampleLibrary()
    const first = await engineOver(library)
    const snapshot = first.index.snapshot()
    const restored = LibraryIndex.restore(structuredClone(snapshot))!
    const engine = new SearchEngine(restored, library)
    library.bodiesRead.length = 0
    expect(await engine.update()).toEqual({ indexed: 0, removed: 0, rebuilt: false })
    expect(library.bodiesRead).toEqual([])
    expect(titles(await engine.search('synd'))).toEqual(['Letter from Zürich'])
  })

  it('builds the index again after a restore, even from a snapshot, and keeps its time', async () => {
    const library = sampleLibrary()
    // An hour old, as a restore may put it back: older than the edit the index took in.
    library.addHighlight('h1', 'a2', 'came to the valley', { note: 'Orchard', updatedAt: 1 })
    const first = await engineOver(library)
    library.addHighlight('h1', 'a2', 'came to the valley', { note: 'Lighthouse', updatedAt: 9e6 })
    await first.update()
    const engine = new SearchEngine(LibraryIndex.restore(first.index.snapshot())!, library)

    library.addHighlight('h1', 'a2', 'came to the valley', { note: 'Orchard', updatedAt: 1 })
    library.restoredAt = 5e6
    expect(await engine.update()).toEqual({ indexed: 4, removed: 4, rebuilt: true })
    expect((await engine.search('orchard')).map((group) => group.articleId)).toEqual(['a2'])
    expect(await engine.search('lighthouse')).toEqual([])
    expect(engine.index.snapshot().restoredAt).toBe(5e6)
    expect(await engine.update()).toEqual({ indexed: 0, removed: 0, rebuilt: false })
  })

  it('refuses a snapshot of another format', async () => {
    const snapshot = new LibraryIndex().snapshot()
    expect(LibraryIndex.restore({ ...snapshot, format: snapshot.format + 1 })).toBeUndefined()
  })
})
