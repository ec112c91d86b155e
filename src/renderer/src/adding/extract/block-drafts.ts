/**
 * Blocks as the markup walk makes them (`html-to-blocks.ts`): text gathered with its marks, the
 * way a browser shows it (runs of white space collapsed to one space, none at the block's
 * edges; kept as written inside `<pre>`), then closed into a draft block sitting in the
 * structures open at that moment. An inline element that spans a block break (`<a>` around two
 * paragraphs) is cut there and goes on in the next block, so marks never cross blocks.
 */
import type { Container, HeadingLevel, ImageRef, InlineMark } from '@shared/article'

/** A block without its id and offsets, which `assemble-article.ts` gives. */
export type BlockDraft =
  | {
      readonly kind: 'paragraph' | 'heading' | 'code' | 'dek'
      readonly text: string
      readonly marks: readonly InlineMark[]
      readonly within: readonly Container[]
      readonly level?: HeadingLevel
    }
  | ({
      readonly kind: 'figure'
      readonly text: string
      readonly marks: readonly InlineMark[]
      readonly within: readonly Container[]
    } & ImageRef)

/** An inline element open around the text being gathered. */
export type OpenMark =
  | { readonly kind: 'emphasis' | 'strong' | 'code' | 'subscript' | 'superscript' | 'deleted' }
  | { readonly kind: 'link'; readonly href: string }

type TextKind = 'paragraph' | 'heading' | 'code'

/** Only the picture's own fields, from a figure or an image mark. */
export function pictureOf(from: ImageRef): ImageRef {
  return {
    image: from.image,
    alt: from.alt,
    ...(from.remoteHost !== undefined && { remoteHost: from.remoteHost }),
    ...(from.width !== undefined && { width: from.width }),
    ...(from.height !== undefined && { height: from.height }),
  }
}

const SPACES = /[ \t\n\r\f]+/g

export class BlockDrafts {
  readonly drafts: BlockDraft[] = []
  /** The structures open now, outermost first. */
  readonly containers: Container[] = []
  private text = ''
  private marks: InlineMark[] = []
  private open: { mark: OpenMark; start: number }[] = []
  private kind: TextKind = 'paragraph'
  private level: HeadingLevel | undefined
  private nextContainer = 0

  /** Start a block of this kind (closing the one being gathered). */
  begin(kind: TextKind, level?: HeadingLevel): void {
    this.close()
    this.kind = kind
    this.level = level
  }

  /** Text as it appears in the markup. */
  addText(raw: string): void {
    if (this.kind === 'code') {
      this.text += raw
      return
    }
    const collapsed = raw.replace(SPACES, ' ')
    const atLineStart = this.text === '' || /[ \n]$/.test(this.text)
    this.text += atLineStart ? collapsed.replace(/^ /, '') : collapsed
  }

  /** A line break (`<br>`). */
  addBreak(): void {
    if (this.kind !== 'code') this.text = this.text.replace(/ $/, '')
    this.text += '\n'
  }

  /** A picture standing in the text. */
  addPicture(picture: ImageRef): void {
    const at = this.text.length
    this.marks.push({ kind: 'image', start: at, end: at, ...picture })
  }

  openMark(mark: OpenMark): void {
    this.open.push({ mark, start: this.text.length })
  }

  closeMark(): void {
    const entry = this.open.pop()
    if (entry) this.pushMark(entry.mark, entry.start, this.text.length)
  }

  /** Enter a structure; blocks gathered until `leave` sit in it. */
  enter(
    container:
      | Omit<Extract<Container, { kind: 'list' }>, 'id'>
      | Omit<Extract<Container, { kind: 'cell' }>, 'id'>
      | { readonly kind: 'quote' | 'item' | 'table' | 'row' },
  ): void {
    this.close()
    this.containers.push({ ...container, id: `c${this.nextContainer++}` } as Container)
  }

  leave(): void {
    this.close()
    this.containers.pop()
  }

  /** A figure of its own: a picture with the caption's text and marks. */
  addFigure(picture: ImageRef, caption: { text: string; marks: readonly InlineMark[] }): void {
    this.close()
    this.drafts.push({ kind: 'figure', ...picture, ...caption, within: [...this.containers] })
  }

  /**
   * Gather the text of a sub-walk (a caption) apart from the block being gathered.
   *
   * @param walk - adds the caption's text and marks
   */
  gatherApart(walk: () => void): { text: string; marks: InlineMark[] } {
    this.close()
    const open = this.open
    this.open = []
    walk()
    while (this.open.length > 0) this.closeMark()
    const gathered = this.trimmed()
    this.open = open
    this.text = ''
    this.marks = []
    return { text: gathered.text, marks: gathered.marks.filter((m) => m.kind !== 'image') }
  }

  /** Close the block being gathered, if it holds anything. */
  close(options: { keepEmpty?: boolean } = {}): void {
    for (const entry of this.open) this.pushMark(entry.mark, entry.start, this.text.length)
    const { text, marks } = this.trimmed()
    const kind = this.kind
    const level = this.level
    this.text = ''
    this.marks = []
    this.kind = 'paragraph'
    this.level = undefined
    for (const entry of this.open) entry.start = 0
    const within = [...this.containers]
    if (text.trim() === '') {
      const pictures = marks.filter((mark) => mark.kind === 'image')
      for (const picture of pictures) {
        this.drafts.push({ kind: 'figure', ...pictureOf(picture), text: '', marks: [], within })
      }
      if (pictures.length === 0 && options.keepEmpty) {
        this.drafts.push({ kind: 'paragraph', text: '', marks: [], within })
      }
      return
    }
    this.drafts.push({
      kind,
      text,
      marks,
      within,
      ...(kind === 'heading' && level !== undefined && { level }),
    })
  }

  private pushMark(mark: OpenMark, start: number, end: number): void {
    if (end > start) this.marks.push({ ...mark, start, end } as InlineMark)
  }

  /** The gathered text without white space at its edges, marks moved to match. */
  private trimmed(): { text: string; marks: InlineMark[] } {
    let text = this.text
    let from = 0
    if (this.kind === 'code') {
      if (text.startsWith('\n')) [text, from] = [text.slice(1), 1]
      text = text.replace(/\s+$/, '')
    } else {
      from = /^[ \n]*/.exec(text)![0].length
      text = text.slice(from).replace(/[ \n]+$/, '')
    }
    const clamp = (offset: number): number => Math.min(Math.max(offset - from, 0), text.length)
    const marks = this.marks
      .map((mark) => ({ ...mark, start: clamp(mark.start), end: clamp(mark.end) }))
      .filter((mark) => mark.kind === 'image' || mark.end > mark.start)
      .sort((a, b) => a.start - b.start || b.end - a.end)
    return { text, marks }
  }
}
