/** Where a figure's photo is served from: the article's asset folder plus the image file. */
import type { FigureBlock } from '@shared/article'

/**
 * @param assetBase - the article's `assetBase` (relative to the page, ending in `/`)
 * @param figure - the figure block
 * @returns the image URL, or null when the article ships no image for this figure
 */
export function figureImageUrl(assetBase: string, figure: FigureBlock): string | null {
  return figure.image === null ? null : assetBase + figure.image
}
