/**
 * Every way of adding articles, as the shell offers them: files picked with Add articles…
 * (the toolbar, the library, File > Add articles…, Ctrl+O), files dropped on the window, files
 * the OS opens with Gloss, and Paste as new article. Each batch goes through the add queue
 * (two at a time, cancellable, progress in AddStatus); afterwards a single new article opens
 * in the reader, and several open the library.
 */
import { useRouter } from 'vue-router'
import { host } from '@host'
import type { ChosenFile, ClipboardContent } from '@shared/host'
import { articleRoute } from '@renderer/app/article-route'
import { useAddingStore } from '@renderer/stores/adding'
import { useLibraryStore } from '@renderer/stores/library'
import { useStorageStore } from '@renderer/stores/storage'
import type { AddArticleSteps } from './add-article'
import type { AddOutcome } from './add-queue'
import { collectDropped, groupDropped } from './dropped-files'
import type { FindReadable } from './extract/readable-client'

/** The pipeline, loaded on first use (add-pipeline.ts). */
const loadPipeline = () => import('./add-pipeline')

/** One worker for the whole app, started when the first page is added. */
let sharedReadable: FindReadable | undefined

export interface AddArticlesOptions {
  /** Finds a page's readable part; the app's worker by default (tests give their own). */
  readonly findReadable?: FindReadable
}

/** @param options - the Readability finder, for tests */
export function useAddArticles(options: AddArticlesOptions = {}) {
  const adding = useAddingStore()
  const library = useLibraryStore()
  const storage = useStorageStore()
  const router = useRouter()
  async function steps(): Promise<AddArticleSteps> {
    const { adoptWaiting, adoptedNotice, createReadableClient } = await loadPipeline()
    return {
      findReadable: options.findReadable ?? (sharedReadable ??= createReadableClient()),
      store: (input) => library.addArticle(input),
      adopt: async (article) => {
        const moved = await adoptWaiting(storage, article)
        return moved > 0 ? adoptedNotice(moved) : null
      },
    }
  }

  /** Open what was added: the one new article, or the library for several. */
  async function show(outcomes: readonly AddOutcome[]): Promise<void> {
    const added = outcomes.filter((outcome) => outcome.kind === 'added')
    if (outcomes.length === 1 && added.length === 1) {
      await router.push(articleRoute(added[0].articleId))
    } else if (added.length > 0) {
      await router.push({ name: 'library' })
    }
  }

  async function addFiles(files: readonly ChosenFile[]): Promise<void> {
    if (files.length === 0) return
    const { addArticle, fromHostFile } = await loadPipeline()
    const using = await steps()
    const outcomes = await adding.add(files, (file, signal) =>
      addArticle(
        file.name,
        async () => {
          const read = await host.readArticleFile(file.token)
          return read.ok ? fromHostFile(read.value) : read
        },
        'file',
        signal,
        using,
      ),
    )
    await show(outcomes)
  }

  /** Add articles… : the host's file picker, then the picked files. */
  async function chooseFiles(): Promise<void> {
    const chosen = await host.chooseArticleFiles()
    if (!chosen.ok) {
      adding.report([{ kind: 'refused', name: 'Add articles', reason: chosen.error.message }])
      return
    }
    if (chosen.value) await addFiles(chosen.value)
  }

  async function addDropped(transfer: DataTransfer): Promise<void> {
    const items = groupDropped(await collectDropped(transfer))
    if (items.length === 0) return
    const { addArticle, fromDropped } = await loadPipeline()
    const using = await steps()
    const outcomes = await adding.add(items, (item, signal) =>
      addArticle(item.name, () => fromDropped(item), 'file', signal, using),
    )
    await show(outcomes)
  }

  async function addPasted(content: ClipboardContent): Promise<void> {
    const { addArticle, readClipboard } = await loadPipeline()
    const using = await steps()
    const source = readClipboard(content)
    const name = source.ok ? source.value.name : 'Pasted text'
    const outcomes = await adding.add([{ name }], (_item, signal) =>
      addArticle(name, async () => source, 'paste', signal, using),
    )
    await show(outcomes)
  }

  /** Paste as new article (the menu item, Ctrl+Shift+V): the host reads the clipboard. */
  async function pasteFromClipboard(): Promise<void> {
    const content = await host.readClipboard()
    if (content.ok) return addPasted(content.value)
    adding.report([
      { kind: 'refused', name: 'Paste as new article', reason: content.error.message },
    ])
  }

  return { chooseFiles, addFiles, addDropped, addPasted, pasteFromClipboard }
}
