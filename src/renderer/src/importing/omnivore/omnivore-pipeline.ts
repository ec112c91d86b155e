/**
 * Everything an Omnivore import needs that the reader does not: the export's reader (in its
 * worker), the check, and the adding pipeline's extraction (DOMPurify, the conversion to blocks).
 * Loaded with the first Omnivore import by `useOmnivoreImport`.
 */
import type { PageSource } from '@renderer/adding/page-source'
import { extractArticle } from '@renderer/adding/extract/extract-article'
import { fail } from '@shared/result'

export { prepareItems } from './prepare-items'
export { readExportInWorker } from './read-in-worker'

/**
 * An item's content is Omnivore's readable article already, a fragment: Readability (and its
 * worker) is never needed for it.
 *
 * @param source - the item's content, as a fragment
 * @param id - the new article's id
 * @param signal - cancels the extraction
 */
export function extractFragment(source: PageSource, id: string, signal: AbortSignal) {
  return extractArticle(source, {
    id,
    signal,
    findReadable: async () => fail('invalid-payload', 'An Omnivore item is never a whole page.'),
  })
}
