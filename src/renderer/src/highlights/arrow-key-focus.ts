/**
 * Arrow keys inside a toolbar: Left/Right (and Home/End) move focus between its buttons, as
 * screen reader users expect of `role="toolbar"`. Returns the keydown handler to bind on it.
 */

/** @param event - a keydown inside the toolbar */
export function moveFocusWithArrows(event: KeyboardEvent): void {
  const toolbar = event.currentTarget as HTMLElement
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
  const last = buttons.length - 1
  const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: last }[event.key]
  if (next === undefined || buttons.length === 0) return
  event.preventDefault()
  buttons[(next + buttons.length) % buttons.length].focus()
}
