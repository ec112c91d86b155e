/**
 * build/installer.nsh compiles: its macros are put into a minimal installer and uninstaller,
 * the way electron-builder's templates insert them (`$appExe` set, `APP_EXECUTABLE_FILENAME`
 * defined, the per-user shell context), and compiled with makensis, NSIS 3 like
 * electron-builder's own. What it registers is checked in installer-config.test.ts; a real
 * install needs Windows. Needs makensis (Debian: `apt-get install nsis`).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const makensis = spawnSync('makensis', ['-VERSION']).status === 0
if (!makensis)
  console.warn('installer-nsh.test.ts skipped: makensis is not installed (apt-get install nsis).')

describe.skipIf(!makensis)('the Windows installer include', () => {
  it('compiles, without a warning, into an installer and its uninstaller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-nsis-'))
    const script = join(dir, 'check.nsi')
    writeFileSync(
      script,
      [
        'Unicode true',
        `OutFile "${join(dir, 'gloss-check.exe')}"`,
        'RequestExecutionLevel user',
        'Var appExe',
        '!define APP_EXECUTABLE_FILENAME "Gloss.exe"',
        `!include "${join(__dirname, 'installer.nsh')}"`,
        'Section',
        '  SetShellVarContext current',
        '  StrCpy $appExe "$INSTDIR\\${APP_EXECUTABLE_FILENAME}"',
        '  !insertmacro customInstall',
        '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
        'SectionEnd',
        'Section "Uninstall"',
        '  !insertmacro customUnInstall',
        'SectionEnd',
      ].join('\n'),
    )
    // -WX: a warning fails the build.
    const run = spawnSync('makensis', ['-V2', '-WX', script], { encoding: 'utf8' })
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0)
  })
})
