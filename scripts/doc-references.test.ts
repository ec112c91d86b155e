// The project explains itself: a document that code or tests cite must be in the repository.
// (Tests once cited the shared checklist that lived outside it, by its file name.)
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..')
const SKIP = new Set(['node_modules', 'out', 'test-results', '.git', 'fixtures'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path)
    return /\.(ts|vue|mjs)$/.test(entry.name) ? [path] : []
  })
}

describe('documents cited in the code', () => {
  const files = sources(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }))

  it('exist in the repository', () => {
    const missing = files.flatMap(({ path, text }) =>
      [...text.matchAll(/\b((?:docs|bench|src)\/[\w./-]+\.md)\b/g)]
        .map(([, cited]) => cited)
        .filter((cited) => !existsSync(join(ROOT, cited)))
        .map((cited) => `${relative(ROOT, path)} cites ${cited}`),
    )
    expect(missing).toEqual([])
  })

  it('never send the reader outside it for the security checklist', () => {
    const outsideName = ['SECURITY', 'md'].join('.')
    const outside = files
      .filter(({ text }) => text.includes(outsideName))
      .map(({ path }) => relative(ROOT, path))
    expect(outside).toEqual([])
  })
})
