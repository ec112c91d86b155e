/**
 * MHTML (Chromium's "Save as single file", `.mhtml`/`.mht`): a MIME multipart/related message
 * whose first HTML part is the page and whose other parts are its pictures and files, each
 * known by its `Content-Location` (the address the page used) and sometimes a `Content-ID`
 * (`cid:` references). Parsed with postal-mime, which decodes quoted-printable and base64 and
 * charsets. Its public result drops `Content-Location`, so the parts are read from its parsed
 * MIME tree (`root`, each node with its headers and decoded content); the MHTML test fails if a
 * postal-mime release changes that.
 */
import PostalMime from 'postal-mime'
import type { PageMarkup } from '../page-source'
import { decodeText } from './decode-text'
import { webAddress } from './web-address'

interface MimeNode {
  readonly contentType: {
    readonly parsed: { readonly value: string; readonly params: Record<string, string> }
  }
  readonly headers: readonly { readonly key: string; readonly value: string }[]
  readonly content: ArrayBuffer | null
  readonly contentId?: string
  readonly childNodes: readonly MimeNode[]
}

const header = (node: MimeNode, key: string): string | undefined =>
  node.headers.find((line) => line.key === key)?.value.trim()

function leaves(root: MimeNode): MimeNode[] {
  const found: MimeNode[] = []
  const stack = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.childNodes.length === 0) found.push(node)
    else stack.push(...[...node.childNodes].reverse())
  }
  return found
}

/**
 * @param name - the file's name
 * @param raw - the file's bytes
 * @returns the page and its parts, or null when the message holds no HTML part
 */
export async function readMhtml(name: string, raw: Uint8Array): Promise<PageMarkup | null> {
  const parser = new PostalMime()
  // A copy: postal-mime may keep the buffer it is given.
  await parser.parse(raw.slice().buffer)
  const root = (parser as unknown as { root: MimeNode }).root
  const parts = leaves(root)
  const page = parts.find((part) => part.contentType.parsed.value === 'text/html')
  if (!page?.content) return null
  const charset = page.contentType.parsed.params.charset
  const html = decodeText(new Uint8Array(page.content), charset)
  const resources = new Map<string, Blob>()
  for (const part of parts) {
    if (part === page || !part.content) continue
    const blob = new Blob([part.content], { type: part.contentType.parsed.value })
    const location = header(part, 'content-location')
    if (location) resources.set(location, blob)
    if (part.contentId) resources.set(`cid:${part.contentId.replace(/^<|>$/g, '')}`, blob)
  }
  const savedFrom = webAddress(
    header(root, 'snapshot-content-location') ?? header(page, 'content-location'),
  )
  return { kind: 'page', name, html, resources, ...(savedFrom && { savedFrom }) }
}
