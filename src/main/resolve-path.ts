/**
 * Maps a `gloss://app/...` path to a file inside an allow-listed folder, or to nothing (the
 * protocol answers 404). It refuses anything that could step outside: `..` and `.` segments,
 * percent-encoded ones (`%2e%2e`), encoded separators (`%2f`, `%5c`), backslashes, drive letters
 * and UNC paths, NUL and other control characters, empty segments (`//etc`), and symlinks whose
 * real path leaves the folder.
 */
import { realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'

// Characters no served file name contains and some OS reads as structure: separators, drive
// colons, NUL and the other controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/

/**
 * Split a URL path into safe, decoded segments, or null if any segment is unsafe.
 *
 * @param pathname - the URL's path as received, still percent-encoded (`/assets/a%20b.js`)
 */
export function toSafeSegments(pathname: string): string[] | null {
  if (!pathname.startsWith('/')) return null
  const segments: string[] = []
  for (const raw of pathname.slice(1).split('/')) {
    let decoded: string
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (decoded === '' || decoded === '.' || decoded === '..') return null
    if (FORBIDDEN_IN_SEGMENT.test(decoded)) return null
    segments.push(decoded)
  }
  return segments
}

/**
 * The real path of a regular file under `root` named by `segments`, or null when there is none
 * or it lies outside the root once symlinks are followed.
 *
 * @param root - the allow-listed folder
 * @param segments - safe segments from `toSafeSegments`
 */
export async function resolveInsideRoot(
  root: string,
  segments: readonly string[],
): Promise<string | null> {
  try {
    const realRoot = await realpath(root)
    const real = await realpath(join(realRoot, ...segments))
    if (!real.startsWith(realRoot + sep)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

/** The folders the app serves from. */
export interface ServedRoots {
  /** The built renderer (`out/renderer`): `gloss://app/<path>`. */
  readonly renderer: string
  /** The bundled articles: `gloss://app/articles/<slug>/<file>`. */
  readonly articles: string
}

/**
 * The file a `gloss://app` path names, or null (404).
 *
 * @param pathname - the URL's path, still percent-encoded
 * @param roots - the allow-listed folders
 */
export async function resolveAppPath(pathname: string, roots: ServedRoots): Promise<string | null> {
  const segments = toSafeSegments(pathname === '/' ? '/index.html' : pathname)
  if (!segments) return null
  if (segments[0] === 'articles') return resolveInsideRoot(roots.articles, segments.slice(1))
  return resolveInsideRoot(roots.renderer, segments)
}
