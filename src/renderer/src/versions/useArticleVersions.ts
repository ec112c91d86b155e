/**
 * The previous versions of an article, newest first, followed live: a version appears as soon
 * as an Update (in any window) commits, and they go when the article is deleted for good.
 */
import { computed } from 'vue'
import { listVersions, type VersionSummary } from '@renderer/db/library-versions'
import { useLiveQuery } from '@renderer/composables/useLiveQuery'
import { versionLabel } from './version-label'

export interface NamedVersion extends VersionSummary {
  /** "Version of 3 Dec 2026" */
  readonly label: string
}

/** @param articleId - the article, or null for none */
export function useArticleVersions(articleId: () => string | null) {
  const listed = useLiveQuery(() => {
    const id = articleId()
    return id === null ? null : (db) => listVersions(db, id)
  })
  return computed<readonly NamedVersion[]>(() => {
    const versions = listed.value ?? []
    const times = versions.map((version) => version.replacedAt)
    return versions.map((version) => ({
      ...version,
      label: versionLabel(version.replacedAt, times),
    }))
  })
}
