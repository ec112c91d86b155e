import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILE_CHARS } from '@shared/host'
import { downloadFile, pickFile } from './web-files'

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

/** Capture what a download link would fetch and under which name, instead of navigating. */
function captureDownloads(): { name: string; blob: Blob; inDocument: boolean }[] {
  const blobs = new Map<string, Blob>()
  let next = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${next++}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void blobs.delete(url))
  const downloads: { name: string; blob: Blob; inDocument: boolean }[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({
      name: this.download,
      blob: blobs.get(this.href)!,
      inDocument: document.body.contains(this),
    })
  })
  return downloads
}

/** Answer the next file picker: choose `file`, or cancel it when null. */
function answerPicker(file: File | null): { accept: string[] } {
  const seen = { accept: [] as string[] }
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    seen.accept.push(this.accept)
    queueMicrotask(() => {
      if (file === null) {
        this.dispatchEvent(new Event('cancel'))
        return
      }
      Object.defineProperty(this, 'files', { value: [file] })
      this.dispatchEvent(new Event('change'))
    })
  })
  return seen
}

describe('web host: saving downloads a Blob', () => {
  it('downloads the content under the suggested name, made safe', async () => {
    const downloads = captureDownloads()
    const result = await downloadFile({
      suggestedName: 'Putin: orders ../withdrawal\u202Egpj.md',
      content: '# Notes\n\n> “quoted” 🇺🇦\n',
      mimeType: 'text/markdown',
    })
    expect(result).toEqual({
      ok: true,
      value: { saved: true, name: 'Putin- orders ..-withdrawalgpj.md' },
    })
    expect(downloads).toHaveLength(1)
    expect(downloads[0].name).toBe('Putin- orders ..-withdrawalgpj.md')
    expect(downloads[0].inDocument).toBe(true)
    expect(downloads[0].blob.type).toBe('text/markdown;charset=utf-8')
    expect(await downloads[0].blob.text()).toBe('# Notes\n\n> “quoted” 🇺🇦\n')
    expect(document.querySelector('a[download]')).toBeNull()
  })

  it('downloads content given in parts as one file', async () => {
    const downloads = captureDownloads()
    await downloadFile({
      suggestedName: 'Gloss backup.json',
      content: ['{"a": "', '😀', '"}'],
      mimeType: 'application/json',
    })
    expect(await downloads[0].blob.text()).toBe('{"a": "😀"}')
  })

  it('downloads bytes as they are, typed without a charset', async () => {
    const downloads = captureDownloads()
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00])
    await downloadFile({
      suggestedName: 'Gloss backup.zip',
      content: bytes,
      mimeType: 'application/zip',
    })
    expect(downloads[0].name).toBe('Gloss backup.zip')
    expect(downloads[0].blob.type).toBe('application/zip')
    expect([...new Uint8Array(await downloads[0].blob.arrayBuffer())]).toEqual([...bytes])
  })

  it('gives a reserved device name and an empty title a usable name', async () => {
    const downloads = captureDownloads()
    await downloadFile({ suggestedName: 'CON.csv', content: 'a', mimeType: 'text/csv' })
    await downloadFile({ suggestedName: ' .. .txt', content: 'b', mimeType: 'text/plain' })
    expect(downloads.map((d) => d.name)).toEqual(['_CON.csv', 'Gloss export.txt'])
  })

  it('refuses content over the host limit and downloads nothing', async () => {
    const downloads = captureDownloads()
    const result = await downloadFile({
      suggestedName: 'big.txt',
      content: 'x'.repeat(MAX_FILE_CHARS + 1),
      mimeType: 'text/plain',
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('invalid-payload')
    expect(downloads).toEqual([])
  })

  it('lets the Blob URL go once the download has had time to start', async () => {
    vi.useFakeTimers()
    captureDownloads()
    await downloadFile({ suggestedName: 'a.txt', content: 'a', mimeType: 'text/plain' })
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/0')
  })
})

describe('web host: opening reads a picked file', () => {
  it('reads the chosen file as text, offering JSON-LD, JSON, CSV, Markdown and ZIP for annotations', async () => {
    const seen = answerPicker(new File(['{"type":"Annotation"}'], 'notes.jsonld'))
    const result = await pickFile('annotations')
    expect(result).toEqual({
      ok: true,
      value: { name: 'notes.jsonld', content: '{"type":"Annotation"}', unreadable: 0 },
    })
    expect(seen.accept).toEqual([
      '.jsonld,.json,.csv,.md,.markdown,.zip,application/ld+json,application/json,text/csv,text/markdown,application/zip',
    ])
    expect(document.querySelector('input[type="file"]')).toBeNull()
  })

  it('offers ZIP and JSON for a backup, and hands it over as its bytes', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xe9])
    const seen = answerPicker(new File([bytes], 'backup.zip'))
    const result = await pickFile('backup')
    expect(seen.accept).toEqual(['.zip,.json,application/zip,application/json'])
    expect(result.ok && result.value).toMatchObject({ name: 'backup.zip', content: '' })
    expect(result.ok && [...result.value!.bytes!]).toEqual([...bytes])
  })

  it('hands an annotations file that is a ZIP (an Omnivore export) over as its bytes', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xe9])
    answerPicker(new File([bytes], 'export.json'))
    const result = await pickFile('annotations')
    expect(result.ok && result.value).toMatchObject({ name: 'export.json', content: '' })
    expect(result.ok && [...result.value!.bytes!]).toEqual([...bytes])
  })

  it('resolves null when the reader cancels the picker', async () => {
    answerPicker(null)
    expect(await pickFile('annotations')).toEqual({ ok: true, value: null })
    expect(document.querySelector('input[type="file"]')).toBeNull()
  })

  it('refuses a file over the limit of its purpose without reading it', async () => {
    const sized = (megabytes: number): File => {
      const file = new File(['{}'], 'huge.json')
      Object.defineProperty(file, 'size', { value: megabytes * 1024 * 1024 })
      vi.spyOn(file, 'arrayBuffer').mockRejectedValue(new Error('read'))
      return file
    }
    answerPicker(sized(40))
    expect(await pickFile('annotations')).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: '"huge.json" is 40.0 MB; Gloss opens files up to 32.0 MB.',
      },
    })
    vi.restoreAllMocks()
    // A ZIP has its own, larger limit.
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'huge.zip')
    Object.defineProperty(zip, 'size', { value: 300 * 1024 * 1024 })
    answerPicker(zip)
    expect(await pickFile('annotations')).toMatchObject({
      ok: false,
      error: { message: '"huge.zip" is 300.0 MB; Gloss opens files up to 256.0 MB.' },
    })
    answerPicker(sized(800))
    expect(await pickFile('backup')).toMatchObject({
      ok: false,
      error: { message: '"huge.json" is 800.0 MB; Gloss opens files up to 768.0 MB.' },
    })
  })
})
