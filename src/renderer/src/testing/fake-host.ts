/**
 * Test helper: a `ReaderHost` for unit tests, in place of `@host`
 * (`vi.mock('@host', () => import('@renderer/testing/fake-host'))`). It serves the seed article
 * unless a test sets another result, and lets a test send native menu commands.
 */
import type { Article } from '@shared/article'
import type { MenuCommand, ReaderHost } from '@shared/host'
import { fail, ok, type Result } from '@shared/result'
import { seedArticle } from './seed-article'

export class FakeHost implements ReaderHost {
  capabilities = { nativeMenu: false, nativeSaveDialog: false }
  /** What `loadArticle` resolves to next. */
  articleResult: Result<Article> = ok(seedArticle())
  private readonly listeners = new Set<(command: MenuCommand) => void>()

  loadArticle = async (): Promise<Result<Article>> => this.articleResult
  saveFile = async (): Promise<never> => Promise.reject(new Error('not used in these tests'))
  openFile = async (): Promise<never> => Promise.reject(new Error('not used in these tests'))
  openExternal = async (): Promise<Result<void>> => fail('unsupported', 'not in tests')
  /** Everything copied, oldest first. */
  readonly copied: string[] = []
  copyText = async (text: string): Promise<Result<void>> => {
    this.copied.push(text)
    return ok(undefined)
  }

  onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** @param command - the command the native menu would send */
  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.listeners) listener(command)
  }

  /** Back to serving the seed article with nobody listening. */
  reset(): void {
    this.articleResult = ok(seedArticle())
    this.listeners.clear()
    this.copied.length = 0
  }
}

export const host = new FakeHost()
