/**
 * Deep links the OS hands to Gloss (`gloss://open/article/…`, shared/deep-link.ts): on the
 * command line of the first launch and in what a second launch forwards (Windows, Linux), and
 * in macOS's `open-url` event. Every path ends in `receive`, which reads the link strictly: a
 * link that is not one Gloss makes is refused with a message and changes nothing; a good one
 * brings the window forward and its target (an article id, a highlight id: never a URL) goes to
 * the page, which navigates inside the app. Until the page has loaded, the latest target waits
 * here: a reader who clicked several links before Gloss was up wants to land on the last.
 */
import { isDeepLinkArgument, parseDeepLink, type DeepLinkTarget } from '../../shared/deep-link'

/**
 * The deep links on a command line (`process.argv`, or a second launch's `argv`).
 *
 * @param argv - the whole command line; links are recognised by their scheme wherever they are
 */
export function deepLinkArguments(argv: readonly string[]): string[] {
  return argv.slice(1).filter(isDeepLinkArgument)
}

export interface DeepLinkInboxDeps {
  /** Deliver a target to the page (the deep-link push channel). */
  send(target: DeepLinkTarget): void
  /** Bring the window forward: restore, focus, or open it if there is none. */
  show(): void
  /** Tell the reader a link was refused, and why. */
  refuse(message: string): void
}

export interface DeepLinkInbox {
  /** A link the OS handed over, untrusted. */
  receive(link: string): void
  /** The page has loaded (again): deliver what waited. */
  pageReady(): void
  /** The page is gone (its window closed): hold links until the next one loads. */
  pageGone(): void
}

/** @param deps - how to reach the page and the reader */
export function createDeepLinkInbox(deps: DeepLinkInboxDeps): DeepLinkInbox {
  let ready = false
  let waiting: DeepLinkTarget | null = null
  return {
    receive(link) {
      const parsed = parseDeepLink(link)
      if (!parsed.ok) {
        deps.refuse(parsed.error)
        return
      }
      deps.show()
      if (ready) deps.send(parsed.value)
      else waiting = parsed.value
    },
    pageReady() {
      ready = true
      if (waiting === null) return
      const target = waiting
      waiting = null
      deps.send(target)
    },
    pageGone() {
      ready = false
    },
  }
}
