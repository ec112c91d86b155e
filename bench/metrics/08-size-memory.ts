/**
 * 8. Size and memory: the renderer's JavaScript as the web build ships it (raw and gzip), and
 * the JavaScript heap, after a forced garbage collection, of the lab page holding the long
 * article with the most highlights painted. (It moves to the app itself once the app can load
 * stored highlights.) No baselines.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { openLab } from '../harness/lab'
import { repeatMedian } from '../harness/pairs'
import { count, valueRow } from '../harness/rows'
import { defineMetric } from '../harness/types'

async function javaScriptSizes(dir: string): Promise<{ raw: number; gzip: number }> {
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.js'))
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = await readFile(join(dir, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { raw, gzip }
}

export default defineMetric({
  title: '8. Size and memory',
  async run(context) {
    const { raw, gzip } = await javaScriptSizes(context.paths.web)
    const size = context.sizes[context.sizes.length - 1]
    const lab = await openLab(context)
    try {
      const cdp = await lab.page.context().newCDPSession(lab.page)
      const { heap } = await repeatMedian(context.pairs, async () => {
        await lab.call('highlights', 'paint', size)
        await cdp.send('HeapProfiler.collectGarbage')
        const { usedSize } = await cdp.send('Runtime.getHeapUsage')
        return { heap: usedSize / 1e6 }
      })
      return [
        valueRow('Renderer JavaScript, raw', 'kB', raw / 1000),
        valueRow('Renderer JavaScript, gzip', 'kB', gzip / 1000),
        valueRow(`JS heap, long article + ${count(size)} highlights`, 'MB', heap),
      ]
    } finally {
      await lab.close()
    }
  },
})
