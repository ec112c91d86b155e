/**
 * Reads a bundled article folder (`resources/articles/<slug>/`) and parses it. Node only, no
 * Electron: main calls it at run time and the web build calls it at build time, so both hosts
 * serve the very same parse.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/article'
import { parseArticle } from '../../shared/parse-article'
import { fail, type HostError, type Result } from '../../shared/result'

/** The article Gloss opens on first start. */
export const BUNDLED_ARTICLE_SLUG = 'putin-syria-withdrawal'

interface ArticleManifest {
  readonly id: string
  readonly source: string
  readonly images: readonly string[]
}

function parseManifest(json: string): ArticleManifest | null {
  const value: unknown = JSON.parse(json)
  if (typeof value !== 'object' || value === null) return null
  const { id, source, images } = value as Record<string, unknown>
  if (typeof id !== 'string' || id === '' || typeof source !== 'string') return null
  if (!Array.isArray(images) || !images.every((name) => typeof name === 'string')) return null
  return { id, source, images }
}

/**
 * Read and parse one bundled article.
 *
 * @param articlesDir - the folder that holds one sub-folder per article
 * @param slug - the article's folder name
 */
export async function readBundledArticle(
  articlesDir: string,
  slug: string = BUNDLED_ARTICLE_SLUG,
): Promise<Result<Article, HostError>> {
  const folder = join(articlesDir, slug)
  let text: string
  let manifest: ArticleManifest | null
  try {
    text = await readFile(join(folder, 'article.txt'), 'utf8')
    manifest = parseManifest(await readFile(join(folder, 'article.json'), 'utf8'))
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `The article "${slug}" could not be read: ${detail}`)
  }
  if (!manifest) return fail('io', `The article "${slug}" has a malformed article.json.`)
  return parseArticle(text, { ...manifest, assetBase: `articles/${slug}/` })
}
