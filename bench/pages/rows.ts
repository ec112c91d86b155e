/**
 * Metric 6's baseline page: reads an article's stored annotations straight from the app's
 * IndexedDB database, one `getAll` over the same index the app reads (article, then stored
 * start), with no library and nothing drawn, then marks `bench:rows-read` (its `detail` is how
 * many rows). `?article=<id>` names the article. The metric times the mark from navigation start
 * and checks the count, so a renamed database or index cannot pass unnoticed. The names are
 * spelled out here because db/database.ts would bring Dexie along.
 */

/** `DATABASE_NAME` and `ANNOTATIONS_BY_POSITION` of src/renderer/src/db/database.ts. */
const DATABASE_NAME = 'gloss'
const ANNOTATIONS_BY_POSITION = '[articleId+target.position.start]'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function readRows(articleId: string): Promise<number> {
  const db = await request(indexedDB.open(DATABASE_NAME))
  try {
    const index = db
      .transaction('annotations')
      .objectStore('annotations')
      .index(ANNOTATIONS_BY_POSITION)
    const rows = await request(
      index.getAll(IDBKeyRange.bound([articleId, -Infinity], [articleId, Infinity])),
    )
    return rows.length
  } finally {
    db.close()
  }
}

const articleId = new URLSearchParams(location.search).get('article') ?? ''
void readRows(articleId).then((count) => performance.mark('bench:rows-read', { detail: count }))
