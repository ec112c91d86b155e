/**
 * Imported first by the entry module: paints the reader's last theme before the first frame,
 * while the database is still opening (see theme-mirror.ts). index.html marks the entry script
 * `blocking="render"`, so the browser paints nothing until this has run.
 */
import { paintMirroredTheme } from './theme-mirror'

paintMirroredTheme(document.documentElement, localStorage)
