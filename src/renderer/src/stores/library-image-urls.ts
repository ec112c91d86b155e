/**
 * `blob:` URLs for the pictures of the articles open now. A picture stored in the database is
 * shown through a URL made for its Blob (`URL.createObjectURL`), which keeps the Blob in memory
 * until revoked; so the URLs are made per article as its pictures are asked for, each once, and
 * revoked together when the article is closed. A `blob:` URL names memory in this page only:
 * showing it makes no network request.
 */

export interface ImageUrls {
  /**
   * The URL of one picture of an article, made on first request; undefined if it has none.
   *
   * @param articleId - the article
   * @param name - the picture's name in its blocks
   */
  url(articleId: string, name: string): Promise<string | undefined>
  /** Revoke every URL made for this article. */
  close(articleId: string): void
}

/**
 * @param readImage - reads a stored picture
 */
export function createImageUrls(
  readImage: (articleId: string, name: string) => Promise<Blob | undefined>,
): ImageUrls {
  const open = new Map<string, Map<string, Promise<string | undefined>>>()

  async function made(articleId: string, name: string): Promise<string | undefined> {
    const blob = await readImage(articleId, name)
    if (!blob) return undefined
    // Closed while the picture was read: make no URL that nobody would revoke.
    if (!open.has(articleId)) return undefined
    return URL.createObjectURL(blob)
  }

  return {
    url(articleId, name) {
      let urls = open.get(articleId)
      if (!urls) open.set(articleId, (urls = new Map()))
      let url = urls.get(name)
      if (!url) urls.set(name, (url = made(articleId, name)))
      return url
    },
    close(articleId) {
      const urls = open.get(articleId)
      open.delete(articleId)
      for (const url of urls?.values() ?? []) {
        void url.then((made) => made && URL.revokeObjectURL(made))
      }
    },
  }
}
