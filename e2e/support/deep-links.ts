/**
 * Deep links as each host gets them, so one journey runs on both: in the desktop app a
 * `gloss://` link arrives as the OS forwards it to the running Gloss (a `second-instance` whose
 * command line holds the link, emitted in main, exactly what a click in another app causes); on
 * the web it is the page's own address, `#/article/<id>/highlight/<id>`, derived from the link
 * and opened as if pasted into the address bar. The clipboard is read where the host wrote it:
 * main's clipboard, or the page's.
 */
import { parseDeepLink, type DeepLinkTarget } from '../../src/shared/deep-link'
import type { GlossApp } from './app'
import type { ElectronGlossApp } from './electron-app'

function electronOf(app: GlossApp): ElectronGlossApp | null {
  return app.kind === 'electron' ? (app as ElectronGlossApp) : null
}

/**
 * The app's address for a deep link's target (router.ts names the routes).
 *
 * @param target - what the link names
 */
export function addressOf(target: DeepLinkTarget): string {
  const article = `#/article/${target.articleId}`
  return target.annotationId === undefined ? article : `${article}/highlight/${target.annotationId}`
}

/**
 * The target a link Gloss made names; throws for any other link.
 *
 * @param link - a gloss:// link
 */
export function targetOf(link: string): DeepLinkTarget {
  const parsed = parseDeepLink(link)
  if (!parsed.ok) throw new Error(`${link}: ${parsed.error}`)
  return parsed.value
}

/**
 * Let the page write to the clipboard and the test read it back (web; the desktop app's
 * clipboard is main's and needs nothing).
 *
 * @param app - the running app
 */
export async function allowClipboard(app: GlossApp): Promise<void> {
  if (electronOf(app)) return
  const { origin } = new URL(app.page.url())
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
}

/** @param app - the running app: what its host last put on the system clipboard */
export async function clipboardText(app: GlossApp): Promise<string> {
  const electron = electronOf(app)
  if (electron) return electron.electron.evaluate(({ clipboard }) => clipboard.readText())
  return app.page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText(),
  )
}

/**
 * Open a gloss:// link in the running app, the way it arrives on this host.
 *
 * @param app - the running app
 * @param link - the link, as another app would hand it to the OS
 */
export async function openLink(app: GlossApp, link: string): Promise<void> {
  const electron = electronOf(app)
  if (electron) {
    await emitSecondInstance(electron, [link])
    return
  }
  await app.page.goto(addressOf(targetOf(link)))
}

/**
 * What main gets when Gloss is launched again with these arguments while it runs: the
 * single-instance lock hands the new command line to this instance as `second-instance`.
 *
 * @param app - the running desktop app
 * @param args - what follows the executable and the app folder on the new command line
 */
export async function emitSecondInstance(
  app: ElectronGlossApp,
  args: readonly string[],
): Promise<void> {
  await app.electron.evaluate(({ app: main }, extra) => {
    const argv = [process.execPath, main.getAppPath(), ...extra]
    main.emit('second-instance', { preventDefault() {} }, argv, process.cwd(), {})
  }, args)
}
