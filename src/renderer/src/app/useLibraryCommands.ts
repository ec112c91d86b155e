/**
 * The shell's library and adding commands, wherever they come from: the native menu (File >
 * Add articles…, Paste as new article, View > Library, Help > Open the sample article) and the
 * same shortcuts on the web host (Ctrl+O, Ctrl+Shift+V, Ctrl+L); Alt+Left from an article back
 * to the library; files dropped on the window or opened with Gloss from the OS; and a paste
 * outside any field. Call once, in the app shell.
 */
import { onMounted, onUnmounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { host } from '@host'
import { useAddArticles } from '@renderer/adding/useAddArticles'
import { useDropToAdd } from '@renderer/adding/useDropToAdd'
import { usePasteToAdd } from '@renderer/adding/usePasteToAdd'
import { useKeyboardShortcuts } from '@renderer/composables/useKeyboardShortcuts'
import { useMenuCommands } from '@renderer/composables/useMenuCommands'
import { useArticleStore } from '@renderer/stores/article'
import { useLibraryStore } from '@renderer/stores/library'
import { articleRoute } from './article-route'

export function useLibraryCommands() {
  const router = useRouter()
  const route = useRoute()
  const articles = useArticleStore()
  const library = useLibraryStore()
  const adding = useAddArticles()

  const toLibrary = (): void => void router.push({ name: 'library' })
  const inArticle = (): boolean => route.name === 'article' || route.name === 'highlight'

  /** Help > Open the sample article: back in the reading list if it was deleted, and open. */
  async function openSample(): Promise<void> {
    await library.restoreSampleArticle()
    const id = await articles.load()
    if (id !== null) await router.push(articleRoute(id))
  }

  const chooseFiles = (): void => void adding.chooseFiles()
  const paste = (): void => void adding.pasteFromClipboard()
  useMenuCommands({
    'add-articles': chooseFiles,
    'paste-article': paste,
    library: toLibrary,
    'sample-article': () => void openSample(),
  })
  useKeyboardShortcuts([
    { key: 'o', mod: true, menuCommand: 'add-articles', run: chooseFiles },
    { key: 'v', mod: true, shift: true, menuCommand: 'paste-article', run: paste },
    { key: 'l', mod: true, menuCommand: 'library', run: toLibrary },
    { key: 'ArrowLeft', alt: true, enabled: inArticle, run: toLibrary },
  ])
  const { dragging } = useDropToAdd((transfer) => void adding.addDropped(transfer))
  usePasteToAdd((content) => void adding.addPasted(content))

  let stopFiles: (() => void) | undefined
  onMounted(() => {
    stopFiles = host.onFilesFromSystem((files) => void adding.addFiles(files))
  })
  onUnmounted(() => stopFiles?.())

  return { dragging, chooseFiles, toLibrary }
}
