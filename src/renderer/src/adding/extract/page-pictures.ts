/**
 * The pictures an article shows, found before its blocks are built: every `<img>` of the
 * sanitised markup, by the address it uses, becomes a stored picture when the file brought its
 * bytes (a `data:` URL, a file of the saved page's folder, an MHTML part) and a placeholder
 * naming the site otherwise; Gloss never fetches a picture. The bytes must be a picture (told
 * from their first bytes; a pixel-sized spacer shows as nothing) and the article's pictures together stay under a cap: past it, the
 * rest become placeholders and the reader is told why. Pictures are kept as they came, never
 * re-encoded.
 */
import type { ImageRef } from '@shared/article'
import type { PageResources } from '../page-source'
import { dataUrlBytes } from './data-url'
import { absoluteAddress, pageRelativePath, resolveAgainstPage } from './page-address'
import { isSpacer, pictureType } from './picture-bytes'

/** Most picture bytes one article keeps. */
export const MAX_ARTICLE_PICTURE_BYTES = 100 * 1024 * 1024

/** A picture as the markup asks for it, before its bytes are known. */
export type PictureRequest = Pick<ImageRef, 'alt' | 'width' | 'height'>

export interface PagePictures {
  /** The picture for one `<img>`'s address and attributes; null for a spacer, shown as nothing. */
  readonly refFor: (src: string, request: PictureRequest) => ImageRef | null
  /** The stored pictures by name. */
  readonly images: ReadonlyMap<string, Blob>
  /** What the reader should know (the cap was reached). */
  readonly notices: readonly string[]
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/svg+xml': 'svg',
}

function remoteHost(address: string, baseUrl: string | undefined): string | undefined {
  const absolute = absoluteAddress(address, baseUrl)
  if (!absolute) return undefined
  try {
    const url = new URL(absolute)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname : undefined
  } catch {
    return undefined
  }
}

async function bytesOf(
  address: string,
  resources: PageResources,
  baseUrl: string | undefined,
): Promise<Blob | Uint8Array | undefined> {
  if (address.startsWith('data:')) return dataUrlBytes(address) ?? undefined
  // Page folder files are keyed in NFC (read-added-file.ts), whatever form the markup uses.
  const relative = pageRelativePath(address)?.normalize('NFC')
  const inFolder = relative === undefined ? undefined : resources.get(relative)
  if (inFolder) return inFolder
  // MHTML parts are keyed by absolute address, and some writers keep the page's relative ones.
  const absolute = absoluteAddress(address, baseUrl) ?? address
  return resources.get(absolute) ?? resources.get(absolute.replace(/#.*$/, ''))
}

/** About how many bytes a `data:` URL decodes to, told before decoding it. */
function dataUrlSize(address: string): number {
  const comma = address.indexOf(',')
  const body = address.length - comma - 1
  return /;base64,/i.test(address.slice(0, comma + 1)) ? Math.floor((body * 3) / 4) : body
}

/** The bytes as a picture Blob of their own type; 'spacer' for a pixel-sized one; else null. */
async function asPicture(bytes: Blob | Uint8Array): Promise<Blob | 'spacer' | null> {
  const blob = ArrayBuffer.isView(bytes) ? new Blob([bytes as BlobPart]) : bytes
  const head = new Uint8Array(await blob.slice(0, 512).arrayBuffer())
  const type = pictureType(head)
  if (!type) return null
  return isSpacer(head) ? 'spacer' : new Blob([blob], { type })
}

/**
 * @param addresses - every `<img src>` of the markup, in reading order (repeats are fine)
 * @param resources - the files the page brought
 * @param baseUrl - what the page's relative addresses are relative to, when known
 * @param maxBytes - the cap on the article's pictures
 */
export async function collectPagePictures(
  addresses: readonly string[],
  resources: PageResources,
  baseUrl: string | undefined,
  maxBytes = MAX_ARTICLE_PICTURE_BYTES,
): Promise<PagePictures> {
  const names = new Map<string, string>()
  const spacers = new Set<string>()
  const images = new Map<string, Blob>()
  let total = 0
  let leftOut = 0
  for (const src of new Set(addresses)) {
    const address = resolveAgainstPage(src)
    // A `data:` picture past the cap is left out before it is decoded: a hostile page could
    // hold hundreds of megabytes of them.
    if (address.startsWith('data:') && total + dataUrlSize(address) > maxBytes) {
      leftOut++
      continue
    }
    const bytes = address ? await bytesOf(address, resources, baseUrl) : undefined
    const picture = bytes ? await asPicture(bytes) : null
    if (picture === 'spacer') spacers.add(src)
    if (!picture || picture === 'spacer') continue
    if (total + picture.size > maxBytes) {
      leftOut++
      continue
    }
    total += picture.size
    const name = `picture-${images.size + 1}.${EXTENSIONS[picture.type]}`
    images.set(name, picture)
    names.set(src, name)
  }
  const cap = Math.round(maxBytes / 1024 / 1024)
  const notices =
    leftOut === 0
      ? []
      : [
          `${leftOut === 1 ? '1 picture was' : `${leftOut} pictures were`} left out: ` +
            `Gloss keeps up to ${cap} MB of pictures for one article, and this page has more.`,
        ]
  return {
    images,
    notices,
    refFor(src, request) {
      if (spacers.has(src)) return null
      const image = names.get(src) ?? null
      const host = image ? undefined : remoteHost(resolveAgainstPage(src), baseUrl)
      return {
        image,
        alt: request.alt,
        ...(host && { remoteHost: host }),
        ...(request.width && { width: request.width }),
        ...(request.height && { height: request.height }),
      }
    },
  }
}
