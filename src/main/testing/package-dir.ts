/**
 * Test helper: the Linux package electron-builder makes from the current build, without a real
 * Electron: `electronDist` points at a stand-in Electron folder (one executable file and its
 * version), which electron-builder copies instead of downloading (it cannot be downloaded on
 * machines without GitHub). Everything else is what `npm run package` packs from
 * electron-builder.yml, but for the fuses, turned off for this run only: they are flipped in
 * the real binary, which the stand-in is not.
 *
 * It builds the `dir` target (app.asar, the articles in resources/; the asar is unpacked so
 * the built main can be loaded), and the deb and AppImage targets up to the tool that would
 * pack them (fpm, appimagetool, both downloaded from GitHub): electron-builder hands over
 * what it would give them (`effectiveOptionComputed`), and the helper keeps the desktop files
 * and the deb's scripts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractAll, listPackage } from '@electron/asar'
import { build, Platform } from 'electron-builder'

export interface PackagedApp {
  /** The unpacked app.asar: what `app.getAppPath()` is in the packaged app. */
  readonly app: string
  /** `process.resourcesPath` of the packaged app. */
  readonly resources: string
  /** Every path inside app.asar, `/out/main/index.js` and so on. */
  readonly asarFiles: readonly string[]
  readonly deb: DebInputs
  readonly appImage: { readonly desktopFileName: string; readonly desktop: string }
}

export interface DebInputs {
  /** The desktop file the deb installs, and where. */
  readonly desktop: string
  readonly desktopTarget: string
  /** The postinst and postrm scripts, with electron-builder's names filled in. */
  readonly afterInstall: string
  readonly afterRemove: string
  /** fpm's `source=target` pairs: what the deb installs where. */
  readonly installs: readonly string[]
}

/** The Electron version the stand-in claims to be (the one package.json asks for). */
const ELECTRON_VERSION = '45.5.0'

function standInElectron(work: string): string {
  const electronDist = join(work, 'electron-dist')
  mkdirSync(electronDist)
  writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "a stand-in for Electron"\n')
  chmodSync(join(electronDist, 'electron'), 0o755)
  writeFileSync(join(electronDist, 'version'), `v${ELECTRON_VERSION}`)
  return electronDist
}

/** fpm's arguments as electron-builder passes them: flags with values, then `source=target`. */
function debInputs(args: readonly string[], desktopFile: string): DebInputs {
  const value = (flag: string) => args[args.indexOf(flag) + 1]
  const installs = args.filter((arg) => !arg.startsWith('-') && arg.includes('=/'))
  const desktopTarget = installs.find((pair) => pair.startsWith(`${desktopFile}=`))!
  return {
    desktop: readFileSync(desktopFile, 'utf8'),
    desktopTarget: desktopTarget.slice(desktopFile.length + 1),
    afterInstall: readFileSync(value('--after-install'), 'utf8'),
    afterRemove: readFileSync(value('--after-remove'), 'utf8'),
    installs,
  }
}

/** @param root - the project folder, built (`npm run build`) */
export async function packageDir(root: string): Promise<PackagedApp> {
  const work = mkdtempSync(join(tmpdir(), 'gloss-package-'))
  const output = join(work, 'dist')
  let deb: DebInputs | undefined
  let appImage: PackagedApp['appImage'] | undefined
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(['dir', 'deb', 'AppImage']),
    // Merged over electron-builder.yml, which electron-builder reads from the project folder.
    config: {
      electronDist: standInElectron(work),
      electronVersion: ELECTRON_VERSION,
      electronFuses: null,
      directories: { output },
      // The deb must name a homepage and a maintainer; package.json does not yet (README).
      extraMetadata: {
        homepage: 'https://gloss.invalid/',
        author: { name: 'Gloss tests', email: 'tests@gloss.invalid' },
      },
    },
    effectiveOptionComputed: async (computed: unknown) => {
      if (Array.isArray(computed)) deb = debInputs(computed[0], computed[1])
      else appImage = computed as PackagedApp['appImage']
      // Stop here: the packing tools are not on this machine.
      return true
    },
  })
  const resources = join(output, 'linux-unpacked', 'resources')
  const asar = join(resources, 'app.asar')
  const app = join(work, 'app')
  extractAll(asar, app)
  if (!deb || !appImage) throw new Error('electron-builder did not reach the deb or AppImage step.')
  return { app, resources, asarFiles: listPackage(asar, { isPack: false }), deb, appImage }
}
