/**
 * happy-dom lays nothing out, so every element is 0 px tall and a virtual list would show no
 * rows and could not scroll. This gives the library list's scroller a viewport of a chosen
 * size and a scroll height equal to its content's (the spacer's inline height), which is what
 * @tanstack/virtual-core measures, until the returned function undoes it.
 */
const SCROLLER_CLASS = 'library-list'

function contentHeight(scroller: HTMLElement): number {
  const spacer = scroller.firstElementChild
  return spacer instanceof HTMLElement ? Number.parseFloat(spacer.style.height) || 0 : 0
}

/**
 * @param height - the scroller's height in CSS pixels
 * @param width - its width
 */
export function giveListViewport(height: number, width = 960): () => void {
  const sizes: Record<string, (scroller: HTMLElement) => number> = {
    clientHeight: () => height,
    clientWidth: () => width,
    scrollHeight: (scroller) => Math.max(height, contentHeight(scroller)),
  }
  for (const [name, size] of Object.entries(sizes)) {
    const inherited = Object.getOwnPropertyDescriptor(Element.prototype, name)
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains(SCROLLER_CLASS)) return size(this)
        return (inherited?.get?.call(this) as number | undefined) ?? 0
      },
    })
  }
  return () => {
    for (const name of Object.keys(sizes)) Reflect.deleteProperty(HTMLElement.prototype, name)
  }
}
