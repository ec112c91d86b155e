/**
 * Runs before `npm run package` builds anything: stops with what to add to package.json when a
 * Linux deb could not be made (package-metadata.ts). Other systems' installers do not need
 * these fields, so only Linux is stopped.
 */
import { readFileSync } from 'node:fs'
import { missingDebFields } from './package-metadata'

const fields: unknown = JSON.parse(readFileSync('package.json', 'utf8'))
const missing = process.platform === 'linux' ? missingDebFields(fields as object) : []
if (missing.length > 0) {
  console.error(
    `\npackage.json needs ${missing.join(', ')} before the deb can be built: a deb names the ` +
      'project’s homepage and its maintainer. See README, "Building the installers for real".\n',
  )
  process.exit(1)
}
