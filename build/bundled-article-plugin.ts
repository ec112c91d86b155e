/**
 * Vite plugin for the web build: provides `virtual:gloss/bundled-article`, the bundled article
 * parsed at build time by the same reader main uses at run time, so the web host shows exactly
 * what the Electron host serves.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { readBundledArticle } from '../src/main/article/bundled-article'

const VIRTUAL_ID = 'virtual:gloss/bundled-article'
const RESOLVED_ID = '\0' + VIRTUAL_ID

export function bundledArticlePlugin(resourcesDir: string): Plugin {
  const articlesDir = join(resourcesDir, 'articles')
  return {
    name: 'gloss-bundled-article',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const result = await readBundledArticle(articlesDir)
      if (!result.ok) this.error(result.error.message)
      // Each file, not the folder: the dev server turns watched paths into imports, and a
      // folder cannot be imported ("Failed to resolve import …/resources/articles").
      for (const entry of readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) this.addWatchFile(join(entry.parentPath, entry.name))
      }
      return `export default ${JSON.stringify(result.value)}`
    },
  }
}
