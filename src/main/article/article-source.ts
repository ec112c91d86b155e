/**
 * The bundled article as main serves it: read and parsed once, on first use, then the same
 * answer for every later request (the window asks again on each reload). A failure is reported
 * once, so main can show a dialog, and is still the answer the renderer gets, so it can show the
 * error too.
 */
import type { Article } from '../../shared/article'
import type { HostError, Result } from '../../shared/result'

/**
 * @param read - reads and parses the article (readBundledArticle)
 * @param onFailure - called once if reading fails
 * @returns the loader the IPC handler calls
 */
export function cachedArticleSource(
  read: () => Promise<Result<Article>>,
  onFailure: (error: HostError) => void,
): () => Promise<Result<Article>> {
  let answer: Promise<Result<Article>> | undefined
  return () => {
    answer ??= read().then((result) => {
      if (!result.ok) onFailure(result.error)
      return result
    })
    return answer
  }
}
