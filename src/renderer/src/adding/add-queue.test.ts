import { describe, expect, it } from 'vitest'
import { addInQueue, type AddOutcome, type AddProgress } from './add-queue'

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `page-${i}.html` }))
const added = (name: string): AddOutcome => ({ kind: 'added', name, articleId: `id-${name}` })

/** A process whose items finish when the test says. */
function controlled() {
  const pending = new Map<string, (outcome: AddOutcome) => void>()
  let running = 0
  let mostRunning = 0
  return {
    pending,
    get mostRunning() {
      return mostRunning
    },
    process: (item: { name: string }, signal: AbortSignal) =>
      new Promise<AddOutcome>((resolve) => {
        running++
        mostRunning = Math.max(mostRunning, running)
        const finish = (outcome: AddOutcome) => {
          running--
          pending.delete(item.name)
          resolve(outcome)
        }
        pending.set(item.name, finish)
        signal.addEventListener('abort', () => finish({ kind: 'cancelled', name: item.name }))
      }),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('addInQueue', () => {
  it('works on two items at a time and keeps outcomes in the order given', async () => {
    const work = controlled()
    const batch = addInQueue(items(5), { process: work.process })
    for (let i = 4; i >= 0; i--) {
      await settle()
      // Finish whichever are running, last first, so completion order differs from input.
      for (const name of [...work.pending.keys()].reverse()) work.pending.get(name)!(added(name))
    }
    const outcomes = await batch.finished
    expect(work.mostRunning).toBe(2)
    expect(outcomes.map((o) => o.name)).toEqual(items(5).map((i) => i.name))
    expect(outcomes.every((o) => o.kind === 'added')).toBe(true)
  })

  it('reports progress with the names being worked on', async () => {
    const seen: AddProgress[] = []
    const batch = addInQueue(items(3), {
      concurrency: 1,
      process: async (item) => added(item.name),
      onProgress: (progress) => seen.push(progress),
    })
    await batch.finished
    expect(seen[0]).toEqual({ done: 0, total: 3, current: ['page-0.html'] })
    expect(seen.at(-1)).toEqual({ done: 3, total: 3, current: [] })
  })

  it('cancels what has not started and asks running items to stop', async () => {
    const work = controlled()
    const batch = addInQueue(items(6), { process: work.process })
    await settle()
    work.pending.get('page-0.html')!(added('page-0.html'))
    await settle()
    batch.cancel()
    const outcomes = await batch.finished
    expect(outcomes.map((o) => o.kind)).toEqual([
      'added',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
    ])
  })

  it('turns a failing item into a refusal with its reason, and goes on', async () => {
    const batch = addInQueue(items(3), {
      process: async (item) => {
        if (item.name === 'page-1.html') throw new Error('The file is not a web page.')
        return added(item.name)
      },
    })
    const outcomes = await batch.finished
    expect(outcomes[1]).toEqual({
      kind: 'refused',
      name: 'page-1.html',
      reason: 'The file is not a web page.',
    })
    expect(outcomes.filter((o) => o.kind === 'added')).toHaveLength(2)
  })

  it('finishes at once for an empty batch', async () => {
    expect(await addInQueue([], { process: async () => added('x') }).finished).toEqual([])
  })
})
