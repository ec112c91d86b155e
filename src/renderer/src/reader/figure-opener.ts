/**
 * How a figure deep in the article's tree (in a list, a quote, a table cell) asks to be shown
 * large: ReaderArticle provides the request once, instead of every level of the recursive
 * tree re-emitting it.
 */
import { inject, provide, type InjectionKey } from 'vue'
import type { FigureBlock } from '@shared/article'

/** Show a figure large; `opener` gets the focus back when it closes. */
export type OpenFigure = (figure: FigureBlock, opener: HTMLButtonElement) => void

const FIGURE_OPENER: InjectionKey<OpenFigure> = Symbol('figure opener')

/** Handle the figures' requests below the calling component (call in `setup`). */
export function provideFigureOpener(open: OpenFigure): void {
  provide(FIGURE_OPENER, open)
}

/** The request provided above; does nothing when no component provided one. */
export function useFigureOpener(): OpenFigure {
  return inject(FIGURE_OPENER, () => {})
}
