/**
 * Test helpers: Omnivore export ZIPs built with fflate from the hand-written sample in
 * `fixtures/import/omnivore/export/` (see its README), and damaged copies of them. The sample
 * is read through Vite's `import.meta.glob`, as text, so the tests never depend on the folder
 * they run from.
 */
import { strToU8, zipSync, type Zippable } from 'fflate'

const SAMPLE = import.meta.glob<string>('../../../../../fixtures/import/omnivore/export/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The sample's files by their names in the ZIP (`metadata_0_to_3.json`, `content/….html`). */
export function sampleFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SAMPLE).map(([path, text]) => [
      path.replace(/^.*\/omnivore\/export\//, ''),
      text,
    ]),
  )
}

/** A ZIP of the given files, deflated as Omnivore's job did (archiver, zlib level 9). */
export function zipOf(files: Readonly<Record<string, string | Uint8Array>>): Uint8Array {
  const zippable: Zippable = {}
  for (const [name, content] of Object.entries(files)) {
    zippable[name] = typeof content === 'string' ? strToU8(content) : content
  }
  return zipSync(zippable, { level: 9 })
}

/** The sample export as Omnivore's job wrote it. */
export function sampleZip(): Uint8Array {
  return zipOf(sampleFiles())
}

/** The sample's metadata, parsed, for tests that change it. */
export function sampleMetadata(): Record<string, unknown>[] {
  return JSON.parse(sampleFiles()['metadata_0_to_3.json']) as Record<string, unknown>[]
}
