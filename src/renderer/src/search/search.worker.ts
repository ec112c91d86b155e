/**
 * The search worker: owns the library's index, off the main thread (indexing an article and
 * loading a large index take far longer than a frame). It opens the Gloss database as stored
 * (reads only: the app's own connection owns the schema) and the index's own `gloss-search`
 * database, and hands every message to `search-worker-handler.ts`. Loaded by the client with
 * `new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { GlossDatabase } from '@renderer/db/database'
import { searchLibrary } from '@renderer/db/search-reads'
import { openSnapshotStore } from '@renderer/db/search-snapshots'
import type { SearchReply, SearchRequest } from './search-protocol'
import { createSearchHandler } from './search-worker-handler'

const handle = createSearchHandler({
  async openLibrary() {
    const db = new GlossDatabase(undefined, 'as-stored')
    await db.open()
    return searchLibrary(db)
  },
  snapshots: openSnapshotStore(),
  post: (reply: SearchReply) => self.postMessage(reply),
})

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void handle(event.data)
})
