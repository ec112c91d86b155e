/**
 * Adding articles on the web host: an `<input type=file multiple>` picks them, and each picked
 * File is kept behind a token (as main keeps paths) until the page reads it in its turn. A
 * browser cannot read the folder beside a chosen file, so a page saved "complete" brings no
 * pictures this way; dropping the page with its `_files` folder does (adding/dropped-files.ts).
 */
import {
  MAX_ARTICLE_FILE_BYTES,
  MAX_CHOSEN_FILES,
  type ArticleFile,
  type ChosenFile,
} from '@shared/host'
import { fail, ok, type Result } from '@shared/result'

const ACCEPT = '.html,.htm,.xhtml,.mhtml,.mht,.md,.markdown,.txt,text/html,text/markdown,text/plain'
const picked = new Map<string, File>()

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Let the user pick files to add; resolves null when they cancel. */
export function pickArticleFiles(): Promise<Result<readonly ChosenFile[] | null>> {
  const input = document.createElement('input')
  input.type = 'file'
  input.multiple = true
  input.accept = ACCEPT
  input.hidden = true
  document.body.append(input)
  return new Promise<Result<readonly ChosenFile[] | null>>((resolve) => {
    input.addEventListener('cancel', () => resolve(ok(null)), { once: true })
    input.addEventListener(
      'change',
      () => {
        const files = [...(input.files ?? [])]
        if (files.length === 0) resolve(ok(null))
        else if (files.length > MAX_CHOSEN_FILES) {
          resolve(
            fail(
              'too-large',
              `${files.length} files were chosen; Gloss adds up to ${MAX_CHOSEN_FILES} at a time.`,
            ),
          )
        } else resolve(ok(files.map(keep)))
      },
      { once: true },
    )
    input.click()
  }).finally(() => input.remove())
}

function keep(file: File): ChosenFile {
  const token = crypto.randomUUID()
  picked.set(token, file)
  return { token, name: file.name, size: file.size }
}

/**
 * Read a picked file (once: its token is then forgotten, and the File with it).
 *
 * @param token - a token `pickArticleFiles` gave out
 */
export async function readPickedArticleFile(token: string): Promise<Result<ArticleFile>> {
  const file = picked.get(token)
  if (!file) return fail('invalid-payload', 'That file was not chosen to be added.')
  picked.delete(token)
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    return fail(
      'too-large',
      `"${file.name}" is ${megabytes(file.size)}; Gloss adds files up to ${megabytes(MAX_ARTICLE_FILE_BYTES)}.`,
    )
  }
  try {
    return ok({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), siblings: [] })
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return fail('io', `"${file.name}" could not be read: ${detail}`)
  }
}
