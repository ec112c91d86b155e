/**
 * Undo and redo for the whole session: an in-memory stack of commands the reader performed
 * (creating, recolouring, editing and deleting highlights). Each command knows how to undo and
 * redo itself through the stores' actions, so the database sees ordinary writes. Steps run one
 * at a time in the order asked, however fast the keys are pressed. A new command clears what
 * could be redone; a command that fails to undo or redo stays where it was, unless it says it
 * is obsolete (what it would take back was changed in another window): then it is dropped.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'

export interface UndoableCommand {
  /** What the command did, for people: `Delete highlight`. */
  readonly label: string
  /** Commands recorded one after another with the same key make one step (one note's typing). */
  readonly mergeKey?: string
  /** The id of the annotation it changed, to show the reader after an undo or redo. */
  readonly subject?: string
  /** Take the command back; resolves whether that worked, or that it never can. */
  undo(): Promise<boolean | 'obsolete'>
  /** Do it again after an undo; resolves whether that worked, or that it never can. */
  redo(): Promise<boolean | 'obsolete'>
}

export const useHistoryStore = defineStore('history', () => {
  const done = shallowRef<readonly UndoableCommand[]>([])
  const undone = shallowRef<readonly UndoableCommand[]>([])
  let queue: Promise<unknown> = Promise.resolve()

  /** @param command - a command the reader just performed (already done) */
  function record(command: UndoableCommand): void {
    const last = done.value.at(-1)
    if (command.mergeKey !== undefined && last?.mergeKey === command.mergeKey) {
      const merged = { ...command, undo: last.undo }
      done.value = [...done.value.slice(0, -1), merged]
    } else {
      done.value = [...done.value, command]
    }
    undone.value = []
  }

  function step(
    from: typeof done,
    to: typeof done,
    run: (c: UndoableCommand) => Promise<boolean | 'obsolete'>,
  ) {
    const next = queue.then(async () => {
      const command = from.value.at(-1)
      if (!command) return null
      const result = await run(command)
      if (result === 'obsolete') from.value = from.value.slice(0, -1)
      if (result !== true) return null
      from.value = from.value.slice(0, -1)
      to.value = [...to.value, command]
      return command
    })
    queue = next.catch(() => undefined)
    return next
  }

  /** Undo the last command; resolves it, or null when there was nothing to undo or it failed. */
  const undo = (): Promise<UndoableCommand | null> => step(done, undone, (c) => c.undo())
  /** Redo the last undone command; resolves it, or null as `undo` does. */
  const redo = (): Promise<UndoableCommand | null> => step(undone, done, (c) => c.redo())

  /** Forget every step, once the data they worked on has been replaced (a restore). */
  function forget(): void {
    done.value = []
    undone.value = []
  }

  return {
    /** The command an undo would take back next. */
    lastDone: computed(() => done.value.at(-1) ?? null),
    record,
    undo,
    redo,
    forget,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useHistoryStore, import.meta.hot))
