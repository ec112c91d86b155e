/**
 * The lab page: the long article drawn with the reading view's CSS and DOM contract, and every
 * module in `probes/` exposed on `globalThis.benchProbes[<file name>]`, so the harness can call
 * a probe's exported functions with `page.evaluate` (see `bench/harness/lab.ts`).
 */
import '@renderer/styles/fonts.css'
import '@renderer/styles/themes.css'
import '@renderer/styles/base.css'
import '@renderer/reader/reader-typography.css'
import './lab.css'

type Probe = Record<string, (...args: unknown[]) => unknown>

const modules = import.meta.glob<Probe>('./probes/*.ts', { eager: true })
const probes = Object.fromEntries(
  Object.entries(modules).map(([path, probe]) => [path.replace(/^.*\/|\.ts$/g, ''), probe]),
)
Object.assign(globalThis, { benchProbes: probes })
document.documentElement.dataset.labReady = 'true'
