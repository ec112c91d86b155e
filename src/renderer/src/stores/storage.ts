/**
 * The one door from stores to the database: waits for the connection the app opened, runs reads,
 * live reads and writes against it, and keeps what the user should know about storage
 * (`problem`: read-only because a newer Gloss wrote the data, unavailable, or a failed write
 * such as a full disk).
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { readonly, ref } from 'vue'
import { injectDatabase } from '@renderer/db/connection'
import type { GlossDatabase } from '@renderer/db/database'
import { DISK_FULL_MESSAGE, isDiskFull } from '@renderer/db/disk-full'
import { watchQuery } from '@renderer/db/live-query'

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return isDiskFull(error) ? 'the disk is full' : error.message
}

export const useStorageStore = defineStore('storage', () => {
  const connection = injectDatabase()
  const problem = ref<string | null>(null)
  /** The message of the last failed write, while it is the problem shown. */
  let failedWrite: string | null = null
  /** A write found the disk full: nothing more is written this session (see db/disk-full.ts). */
  let diskFull = false
  void connection.then((opened) => {
    problem.value = opened.problem
  })

  /**
   * Run a read. Resolves undefined when there is no database or the read failed (reported).
   *
   * @param work - database reads only
   */
  async function read<T>(work: (db: GlossDatabase) => Promise<T>): Promise<T | undefined> {
    const { db } = await connection
    if (!db) return undefined
    try {
      return await work(db)
    } catch (error) {
      problem.value = `Gloss could not read its saved data (${describe(error)}).`
      return undefined
    }
  }

  /**
   * Run a write when the database may be changed. Resolves whether it was written; a failure is
   * reported to the user, never thrown.
   *
   * @param work - database work only: no IPC, timers or fetch inside a transaction
   */
  async function write(work: (db: GlossDatabase) => Promise<void>): Promise<boolean> {
    const { db, writable } = await connection
    if (!db || !writable || diskFull) return false
    try {
      await work(db)
      // A write went through again (space was freed): the earlier failure no longer holds.
      if (problem.value === failedWrite) problem.value = failedWrite = null
      return true
    } catch (error) {
      diskFull = isDiskFull(error)
      problem.value = failedWrite = diskFull
        ? DISK_FULL_MESSAGE
        : `Gloss could not save your changes (${describe(error)}).`
      return false
    }
  }

  /**
   * Follow a live read: `onValue` gets its result now and again after every write that changes
   * it. Nothing arrives when there is no database; a failed read is reported.
   *
   * @param query - database reads only (Dexie tracks what it reads)
   * @param onValue - receives each result
   * @returns stops following
   */
  function observe<T>(
    query: (db: GlossDatabase) => Promise<T>,
    onValue: (value: T) => void,
  ): () => void {
    let stop: (() => void) | undefined
    let stopped = false
    void connection.then(({ db }) => {
      if (!db || stopped) return
      stop = watchQuery(
        () => query(db),
        onValue,
        (error) => {
          problem.value = `Gloss could not read its saved data (${describe(error)}).`
        },
      )
    })
    return () => {
      stopped = true
      stop?.()
    }
  }

  return { problem: readonly(problem), read, write, observe }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStorageStore, import.meta.hot))
