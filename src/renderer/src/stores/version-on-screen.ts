/**
 * The previous version of an article on screen (`#/article/<id>/version/<id>`), if any, with
 * its name: set by the version's page while it shows, so the tools outside it (Export, in the
 * toolbar) work on what the reader is looking at, the old text and its highlights as they were.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ArticleVersionRecord } from '@renderer/db/database'

export interface VersionOnScreen {
  readonly version: ArticleVersionRecord
  /** "Version of 3 Dec 2026" */
  readonly label: string
}

export const useVersionOnScreenStore = defineStore('versionOnScreen', () => {
  const shown = shallowRef<VersionOnScreen | null>(null)
  return {
    shown,
    show: (next: VersionOnScreen | null) => (shown.value = next),
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useVersionOnScreenStore, import.meta.hot))
}
