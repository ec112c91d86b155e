/**
 * The files the user chose to add as articles, by token. The page never names a path: it gets
 * a token for each file the user picked in the dialog (or the OS handed over with Open with),
 * and reads only through it, so a compromised page cannot read anything else. Tokens live until
 * the app quits; a token is a fresh UUID, unguessable and never reused.
 */
import { randomUUID } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ChosenFile } from '../../shared/host'

export interface ChosenFiles {
  /**
   * Give tokens to files the user chose; what is not a regular file is left out.
   *
   * @param paths - absolute paths from the dialog or the OS
   */
  choose(paths: readonly string[]): Promise<ChosenFile[]>
  /** The path behind a token, or undefined when main never gave it out. */
  pathOf(token: string): string | undefined
}

export function createChosenFiles(): ChosenFiles {
  const paths = new Map<string, string>()
  return {
    async choose(chosen) {
      const files: ChosenFile[] = []
      for (const path of chosen) {
        const info = await stat(path).catch(() => null)
        if (!info?.isFile()) continue
        const token = randomUUID()
        paths.set(token, path)
        files.push({ token, name: basename(path), size: info.size })
      }
      return files
    },
    pathOf: (token) => paths.get(token),
  }
}
