/**
 * How the Electron e2e project starts the desktop app: as `npm start` does, on the project
 * folder (whose package.json names `out/main/index.js` as main), so `app.getAppPath()` is the
 * project and the bundled article is found under its `resources/`. Given the script instead,
 * Electron's default app would make `out/main` the app path, and every journey would open on
 * "the article could not be read" (defect 1 of the desktop issue; built-main.test.ts checks it).
 */

/**
 * @param root - the project folder
 * @param userData - the test's fresh profile folder
 */
export function electronLaunchArgs(root: string, userData: string): string[] {
  return [root, `--user-data-dir=${userData}`]
}
