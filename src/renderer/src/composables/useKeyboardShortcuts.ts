/**
 * In-page keyboard shortcuts. A shortcut that mirrors a native menu item names its
 * `menuCommand`; on a host with a native menu the menu's accelerator already sends that
 * command, so the page does not bind it twice. Plain-key shortcuts never fire while the reader
 * types in a field, and no shortcut fires while a modal dialog is open.
 */
import { onMounted, onUnmounted } from 'vue'
import { host } from '@host'
import type { MenuCommand } from '@shared/host'

export interface KeyboardShortcut {
  /** `KeyboardEvent.key`, compared case-insensitively: `,`, `h`, `ArrowDown`. */
  readonly key: string
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly mod?: boolean
  readonly shift?: boolean
  readonly alt?: boolean
  /** The menu command this stands in for on a host without a native menu. */
  readonly menuCommand?: MenuCommand
  /**
   * Whether the shortcut applies now (e.g. only while text is selected); when it does not, the
   * key is left alone for the page and for other shortcuts.
   */
  readonly enabled?: (event: KeyboardEvent) => boolean
  readonly run: () => void
}

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** @param target - an event's target: whether the reader is typing into it */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return (
    target instanceof HTMLInputElement &&
    !['range', 'radio', 'checkbox', 'button'].includes(target.type)
  )
}

/**
 * Whether a modal dialog (the export, import and restore dialogs, the photo lightbox) is open.
 * It owns the keyboard then: `Delete` or `1`-`5` must not reach a highlight behind it, and
 * `Escape` must reach the dialog. Every `<dialog>` in Gloss is shown modal.
 */
function modalDialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null
}

/**
 * Whether an event is the given shortcut.
 *
 * @param event - a keydown event
 * @param shortcut - the shortcut to compare with
 */
export function matchesShortcut(event: KeyboardEvent, shortcut: KeyboardShortcut): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey
  return (
    event.key.toLowerCase() === shortcut.key.toLowerCase() &&
    mod === !!shortcut.mod &&
    event.shiftKey === !!shortcut.shift &&
    event.altKey === !!shortcut.alt
  )
}

/** @param shortcuts - the shortcuts to bind while the calling component is mounted */
export function useKeyboardShortcuts(shortcuts: readonly KeyboardShortcut[]): void {
  const active = shortcuts.filter((s) => !(s.menuCommand && host.capabilities.nativeMenu))
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || modalDialogOpen()) return
    const shortcut = active.find((s) => matchesShortcut(event, s) && (s.enabled?.(event) ?? true))
    if (!shortcut) return
    if (!shortcut.mod && !shortcut.alt && isTyping(event.target)) return
    event.preventDefault()
    shortcut.run()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onUnmounted(() => window.removeEventListener('keydown', onKeydown))
}
