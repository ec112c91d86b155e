import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { electronBinaryProblem } from './electron-binary'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function electronPackage(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'gloss-electron-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('electronBinaryProblem', () => {
  it('needs the download to have begun, the binary it names, and that binary to run', () => {
    expect(electronBinaryProblem(electronPackage({}), () => true)).toBe(
      'Electron has not been downloaded yet.',
    )
    // path.txt without the binary: the check that used to pass.
    const halfway = electronPackage({ 'path.txt': 'electron' })
    expect(electronBinaryProblem(halfway, () => true)).toBe(
      `The Electron binary ${join(halfway, 'dist', 'electron')} is missing.`,
    )
    const broken = electronPackage({ 'path.txt': 'electron\n', 'dist/electron': '' })
    expect(electronBinaryProblem(broken, () => false)).toMatch(/does not run\.$/)
    const ran: string[] = []
    const whole = electronPackage({ 'path.txt': 'electron', 'dist/electron': '' })
    expect(electronBinaryProblem(whole, (path) => ran.push(path) > 0)).toBeNull()
    expect(ran).toEqual([join(whole, 'dist', 'electron')])
  })
})
