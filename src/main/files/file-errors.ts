/**
 * Turns a Node file-system error into a sentence a reader can act on ("That folder is
 * read-only") instead of `EROFS: read-only file system, open '/x/.gloss-1c2d.tmp'`.
 */

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'Gloss is not allowed to write there. Choose another folder.',
  EPERM: 'Gloss is not allowed to write there. Choose another folder.',
  EROFS: 'That folder is read-only. Choose another folder.',
  ENOSPC: 'The disk is full.',
  EDQUOT: 'The disk quota is used up.',
  ENOENT: 'That folder or file no longer exists.',
  ENOTDIR: 'Part of that path is not a folder.',
  EISDIR: 'That is a folder, not a file.',
  ENAMETOOLONG: 'The file name is too long for this disk.',
  EBUSY: 'The file is in use by another program.',
  EMFILE: 'Too many files are open; try again.',
  GLOSS_READ_ONLY_FILE: 'That file is read-only, so Gloss did not replace it. Choose another name.',
}

/**
 * @param cause - what the file operation threw
 */
export function describeFileError(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code in REASONS) return REASONS[code]
  return cause instanceof Error ? cause.message : String(cause)
}
