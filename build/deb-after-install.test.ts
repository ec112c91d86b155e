/**
 * The deb's postinst (deb-after-install.sh) run for real, on the systems it must handle, with
 * every command it calls replaced by a stub that records the call and answers as that system
 * would (AppArmor enabled or not, the profile accepted or not, user namespaces restricted or
 * not). What is checked is what decides whether Gloss starts sandboxed: the AppArmor profile
 * installed and loaded, and the mode chrome-sandbox is left with.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** How the machine answers; a command's exit status, 0 for yes. */
interface System {
  /** `apparmor_status --enabled` */
  readonly appArmorEnabled: boolean
  /** `apparmor_parser --skip-kernel-load`: this AppArmor reads the abi 4.0 profile. */
  readonly profileParses: boolean
  /** `apparmor_parser --replace`: the profile loads into the kernel. */
  readonly profileLoads: boolean
  /** `kernel.apparmor_restrict_unprivileged_userns`, absent where the kernel has no such knob. */
  readonly restrictUserNamespaces: '0' | '1' | null
  /** `unshare --user true` */
  readonly unshareWorks: boolean
  readonly inChroot?: boolean
}

/** The postinst as electron-builder writes it for Gloss (its names filled in). */
const postinst = readFileSync(join(__dirname, 'deb-after-install.sh'), 'utf8')
  .replaceAll('${executable}', 'gloss')
  .replaceAll('${sanitizedProductName}', 'Gloss')

const status = (yes: boolean | undefined) => (yes ? 0 : 1)

/** Runs the postinst against `system`; resolves every command it ran, one line each. */
function install(system: System): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-postinst-'))
  const log = join(dir, 'calls.log')
  const stub = (name: string, body: string) => {
    const path = join(dir, name)
    writeFileSync(path, `#!/bin/bash\necho "${name} $*" >> '${log}'\n${body}\n`)
    chmodSync(path, 0o755)
  }
  for (const name of ['update-alternatives', 'ln', 'rm', 'readlink', 'cp', 'chmod']) {
    stub(name, 'exit 0')
  }
  stub('update-mime-database', 'exit 0')
  stub('update-desktop-database', 'exit 0')
  stub('apparmor_status', `exit ${status(system.appArmorEnabled)}`)
  stub(
    'apparmor_parser',
    `[ "$1" = --skip-kernel-load ] && exit ${status(system.profileParses)}\n` +
      `[ "$1" = --replace ] && exit ${status(system.profileLoads)}\nexit 0`,
  )
  stub('ischroot', `exit ${status(system.inChroot)}`)
  stub('unshare', `exit ${status(system.unshareWorks)}`)
  stub(
    'cat',
    system.restrictUserNamespaces === null
      ? 'exit 1'
      : `[ "$1" = /proc/sys/kernel/apparmor_restrict_unprivileged_userns ] && printf ${system.restrictUserNamespaces}`,
  )
  writeFileSync(join(dir, 'postinst'), postinst)
  // Only the stubs on the PATH: nothing on this machine is touched.
  const run = spawnSync('/bin/bash', [join(dir, 'postinst')], { env: { PATH: dir } })
  expect(run.status, run.stderr.toString()).toBe(0)
  return readFileSync(log, 'utf8').trim().split('\n')
}

const chromeSandboxMode = (calls: string[]) =>
  calls.find((call) => call.endsWith('/opt/Gloss/chrome-sandbox'))?.split(' ')[1]

const PROFILE_COPY = 'cp -f /opt/Gloss/resources/apparmor-profile /etc/apparmor.d/gloss'

describe('the deb postinst', () => {
  it('is valid bash with every name filled in', () => {
    expect(postinst).not.toMatch(/\$\{/)
    expect(spawnSync('/bin/bash', ['-n'], { input: postinst }).status).toBe(0)
  })

  it('on Ubuntu 23.10 and later, loads the profile and leaves chrome-sandbox unprivileged', () => {
    const calls = install({
      appArmorEnabled: true,
      profileParses: true,
      profileLoads: true,
      restrictUserNamespaces: '1',
      unshareWorks: true,
    })
    expect(calls).toContain(PROFILE_COPY)
    expect(calls).toContain(
      'apparmor_parser --replace --write-cache --skip-read-cache /etc/apparmor.d/gloss',
    )
    expect(chromeSandboxMode(calls)).toBe('0755')
  })

  it('there, if the profile does not load, makes chrome-sandbox setuid rather than leave no sandbox', () => {
    const calls = install({
      appArmorEnabled: true,
      profileParses: true,
      profileLoads: false,
      restrictUserNamespaces: '1',
      // What misleads electron-builder's own template: the namespace is made, and useless.
      unshareWorks: true,
    })
    expect(chromeSandboxMode(calls)).toBe('4755')
  })

  it('in a chroot building an image, installs the profile for the next boot without loading it', () => {
    const calls = install({
      appArmorEnabled: true,
      profileParses: true,
      profileLoads: false,
      restrictUserNamespaces: '1',
      unshareWorks: true,
      inChroot: true,
    })
    expect(calls).toContain(PROFILE_COPY)
    expect(calls.filter((call) => call.startsWith('apparmor_parser --replace'))).toEqual([])
    expect(chromeSandboxMode(calls)).toBe('0755')
  })

  it('on Ubuntu 22.04 (AppArmor 3, no restriction), installs no profile and needs no setuid', () => {
    const calls = install({
      appArmorEnabled: true,
      profileParses: false,
      profileLoads: false,
      restrictUserNamespaces: null,
      unshareWorks: true,
    })
    expect(calls).not.toContain(PROFILE_COPY)
    expect(chromeSandboxMode(calls)).toBe('0755')
  })

  it('without user namespaces, falls back to the setuid helper', () => {
    const calls = install({
      appArmorEnabled: false,
      profileParses: false,
      profileLoads: false,
      restrictUserNamespaces: null,
      unshareWorks: false,
    })
    expect(calls).not.toContain(PROFILE_COPY)
    expect(chromeSandboxMode(calls)).toBe('4755')
  })

  it('puts gloss on the PATH and refreshes the MIME and desktop databases', () => {
    const calls = install({
      appArmorEnabled: false,
      profileParses: false,
      profileLoads: false,
      restrictUserNamespaces: '0',
      unshareWorks: true,
    })
    expect(calls).toContain(
      'update-alternatives --install /usr/bin/gloss gloss /opt/Gloss/gloss 100',
    )
    expect(calls).toContain('update-mime-database /usr/share/mime')
    expect(calls).toContain('update-desktop-database /usr/share/applications')
    expect(chromeSandboxMode(calls)).toBe('0755')
  })
})
