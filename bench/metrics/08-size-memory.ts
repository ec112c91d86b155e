/**
 * 8. Size and memory: the renderer's JavaScript as the web build ships it (raw and gzip): every
 * chunk, and the part the first screen waits for (the entry script and the chunks index.html
 * preloads with it; the rest is loaded when first used); and the JavaScript heap of the app itself, after a forced garbage collection, once it
 * has opened the article with 10,000 stored annotations (1,000 in quick mode) and painted them
 * all; and, for scale, with none stored. No baselines. The heap after a full collection barely
 * moves between runs, so it is measured three times (once in quick mode), not in pairs.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { collectedHeap, HIGHLIGHTS_PAINTED, markTime, seededProfile } from '../harness/app'
import { repeatMedian } from '../harness/pairs'
import { count, valueRow } from '../harness/rows'
import { defineMetric, type BenchContext } from '../harness/types'

/** Every `.js` file of the build. */
async function allScripts(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.js'))
}

/** The scripts index.html loads: its module script and the chunks it preloads. */
async function firstScreenScripts(dir: string): Promise<string[]> {
  const html = await readFile(join(dir, 'index.html'), 'utf8')
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  return tags
    .filter((tag) => /type="module"|rel="modulepreload"/.test(tag))
    .map((tag) => /(?:src|href)="(?:\.\/)?([^"]+\.js)"/.exec(tag)?.[1])
    .filter((file) => file !== undefined)
}

async function javaScriptSizes(
  dir: string,
  files: readonly string[],
): Promise<{ raw: number; gzip: number }> {
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = await readFile(join(dir, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { raw, gzip }
}

/** The app's heap in MB, once it has painted `stored` stored annotations. */
async function appHeap(context: BenchContext, stored: number): Promise<{ heap: number }> {
  const profile = await seededProfile(context, stored)
  try {
    await profile.page.goto(`${context.origin}/`)
    await markTime(profile.page, HIGHLIGHTS_PAINTED)
    return { heap: await collectedHeap(profile.browserContext, profile.page) }
  } finally {
    await profile.close()
  }
}

export default defineMetric({
  title: '8. Size and memory',
  async run(context) {
    const web = context.paths.web
    const all = await javaScriptSizes(web, await allScripts(web))
    const first = await javaScriptSizes(web, await firstScreenScripts(web))
    const size = context.sizes[context.sizes.length - 1]
    const settings = { warmups: 0, runs: context.quick ? 1 : 3 }
    const loaded = await repeatMedian(settings, () => appHeap(context, size))
    const empty = await repeatMedian(settings, () => appHeap(context, 0))
    return [
      valueRow('Renderer JavaScript, raw', 'kB', all.raw / 1000),
      valueRow('Renderer JavaScript, gzip', 'kB', all.gzip / 1000),
      valueRow('Renderer JavaScript before the first screen, raw', 'kB', first.raw / 1000),
      valueRow('Renderer JavaScript before the first screen, gzip', 'kB', first.gzip / 1000),
      valueRow(`JS heap, the app with ${count(size)} highlights painted`, 'MB', loaded.heap),
      valueRow('JS heap, the app with no highlights', 'MB', empty.heap),
    ]
  },
})
