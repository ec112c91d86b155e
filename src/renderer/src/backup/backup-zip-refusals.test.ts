import { strToU8, zipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { recordWriteTransactions } from '@renderer/importing/flow-test-app'
import { host } from '@renderer/testing/fake-host'
import { everything, rezip, started } from './backup-test-app'
import { useBackupStore } from './backup-store'

vi.mock('@host', () => import('@renderer/testing/fake-host'))

afterEach(() => {
  host.reset()
  vi.restoreAllMocks()
})

type Files = Record<string, string | Uint8Array>
const SAMPLE = 'seed-720a579d1653449e'
const PICTURE = `images/${SAMPLE}/p.png`

/** Edit a JSON part of the backup in place. */
function editJson(files: Files, name: string, edit: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(files[name] as string) as Record<string, unknown>
  edit(json)
  files[name] = JSON.stringify(json)
}

const counts = (json: Record<string, unknown>) => json.counts as Record<string, number>

/** Give the sample article's row a listed picture of 4 bytes, and its file. */
function withPicture(files: Files): void {
  editJson(files, 'data.json', (data) => {
    data.articleImages = [{ articleId: SAMPLE, name: 'p.png', type: 'image/png', bytes: 4 }]
  })
  editJson(files, 'manifest.json', (manifest) => {
    counts(manifest).images = 1
  })
  files[PICTURE] = new Uint8Array([1, 2, 3, 4])
}

/** What a good backup of the test app's data unpacks to, changed by `change`. */
async function backupWith(change: (files: Files) => void): Promise<Uint8Array> {
  const { store } = await started()
  await store.backUp()
  const zip = host.saved[0].content as Uint8Array
  host.saved.length = 0
  return rezip(zip, (files) => {
    withPicture(files)
    change(files)
  })
}

/** The same bytes with the directory's (and local header's) unpacked size of a file changed. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const lied = zip.slice()
  const view = new DataView(lied.buffer)
  const encoded = strToU8(name)
  // Central directory headers (PK\1\2) keep the unpacked size at +24, the name at +46.
  for (let at = 0; at + 46 + encoded.length <= lied.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    const named = lied.subarray(at + 46, at + 46 + encoded.length)
    if (named.every((byte, i) => byte === encoded[i])) view.setUint32(at + 24, size, true)
  }
  return lied
}

async function refused(file: Uint8Array | string, message: string): Promise<void> {
  const { db, store } = await started()
  const before = await everything(db)
  const writes = recordWriteTransactions()
  host.willOpen('backup.zip', file)
  await store.chooseRestore()
  expect(store.error).toBe(message)
  expect(store.phase).toBe('refused')
  expect(store.pending).toBeNull()
  expect(writes).toEqual([])
  expect(await everything(db)).toEqual(before)
}

describe('a bad or hostile backup ZIP is refused with its reason, and nothing changes', () => {
  it('restores the good ZIP these cases start from', async () => {
    const zip = await backupWith(() => undefined)
    host.willOpen('backup.zip', zip)
    const store = useBackupStore()
    await store.chooseRestore()
    expect(store.error).toBeNull()
    expect(store.pending?.backup.data.library?.articleImages).toHaveLength(1)
  })

  const cases: [string, (files: Files) => void, string][] = [
    [
      'a name that climbs out of the folder',
      (files) => void (files['../../evil.sh'] = 'echo'),
      'The backup holds a file Gloss never writes ("../../evil.sh").',
    ],
    [
      'a picture path with .. inside',
      (files) => void (files[`images/${SAMPLE}/../../evil`] = new Uint8Array(1)),
      `The backup holds a file Gloss never writes ("images/${SAMPLE}/../../evil").`,
    ],
    [
      'an absolute path',
      (files) => void (files['/etc/passwd'] = 'root'),
      'The backup holds a file Gloss never writes ("/etc/passwd").',
    ],
    [
      'a picture in a folder of its own',
      (files) => void (files[`images/${SAMPLE}/a/b.png`] = new Uint8Array(1)),
      `The backup holds a file Gloss never writes ("images/${SAMPLE}/a/b.png").`,
    ],
    [
      'no manifest',
      (files) => void delete files['manifest.json'],
      'The backup is damaged: it has no manifest.json.',
    ],
    [
      'no data',
      (files) => void delete files['data.json'],
      'The backup is damaged: it has no data.json.',
    ],
    [
      'a listed picture missing',
      (files) => void delete files[PICTURE],
      'The backup is damaged: the picture articleImages[0] is missing.',
    ],
    [
      'a picture no article lists',
      (files) => void (files[`images/${SAMPLE}/other.png`] = new Uint8Array(2)),
      'The backup is damaged: it holds pictures no article lists.',
    ],
    [
      'a picture of another size than listed',
      (files) => void (files[PICTURE] = new Uint8Array(5)),
      'The backup is damaged: the picture articleImages[0] is not the size it says.',
    ],
    [
      'a picture of an article not in the backup',
      (files) =>
        editJson(files, 'data.json', (data) => {
          data.articleImages = [{ articleId: 'gone', name: 'p.png', type: 'image/png', bytes: 4 }]
        }),
      'The backup is damaged: articleImages[0] belongs to no article in the backup.',
    ],
    [
      'annotations that are not a list',
      (files) => editJson(files, 'data.json', (data) => void (data.annotations = 5)),
      'The backup is damaged: annotations is not valid (Invalid type: Expected Array but received 5).',
    ],
    [
      'an article archived twice over',
      (files) =>
        editJson(files, 'data.json', (data) => {
          ;(data.articles as Record<string, unknown>[])[0].archived = 2
        }),
      'The backup is damaged: articles[0].archived is not valid (Invalid type: Expected (0 | 1) but received 2).',
    ],
    [
      'blocks with a javascript: link',
      (files) =>
        editJson(files, 'data.json', (data) => {
          const article = {
            ...{ id: SAMPLE, title: 'T', source: '', text: 'Hi', assetBase: '' },
            blocks: [
              {
                ...{ id: 'b0', kind: 'paragraph', text: 'Hi', start: 0, end: 2 },
                marks: [{ kind: 'link', start: 0, end: 2, href: 'javascript:alert(1)' }],
              },
            ],
          }
          data.articleBodies = [{ id: SAMPLE, article }]
        }),
      'The backup is damaged: articleBodies[0].article.blocks[0].marks[0].href is not valid (Gloss keeps only https: and mailto: links).',
    ],
    [
      'blocks of another article',
      (files) =>
        editJson(files, 'data.json', (data) => {
          const article = {
            id: 'other',
            title: 'T',
            source: '',
            text: '',
            assetBase: '',
            blocks: [],
          }
          data.articleBodies = [{ id: SAMPLE, article }]
        }),
      'The backup is damaged: articleBodies[0] is not valid (its blocks belong to another article).',
    ],
    [
      'the same article twice',
      (files) =>
        editJson(files, 'data.json', (data) => {
          const [row] = data.articles as unknown[]
          data.articles = [row, row]
        }),
      `The backup is damaged: "${SAMPLE}" occurs twice where it must be unique.`,
    ],
    [
      'a manifest from a newer Gloss',
      (files) => editJson(files, 'manifest.json', (manifest) => void (manifest.version = 4)),
      'The backup was made by a newer version of Gloss (backup version 4); update Gloss to restore it.',
    ],
    [
      'a manifest of something else',
      (files) => editJson(files, 'manifest.json', (manifest) => void (manifest.format = 'other')),
      'The file is not a Gloss backup.',
    ],
    [
      'a manifest whose counts are not a number',
      (files) =>
        editJson(files, 'manifest.json', (manifest) => void (counts(manifest).articles = -1)),
      'The backup is damaged: manifest.json counts.articles is not valid (Invalid value: Expected >=0 but received -1).',
    ],
    [
      'a manifest that counts other data',
      (files) => editJson(files, 'manifest.json', (manifest) => void (counts(manifest).images = 2)),
      'The backup is damaged: manifest.json does not count what data.json holds.',
    ],
    [
      'data that is not JSON',
      (files) => void (files['data.json'] = '{"settings": {'),
      'The backup is damaged: data.json is not valid JSON.',
    ],
    [
      'data that is not UTF-8',
      (files) => void (files['data.json'] = new Uint8Array([0x7b, 0xff, 0x7d])),
      'The backup is damaged: data.json is not UTF-8 text.',
    ],
  ]

  it.each(cases)('%s', async (_, change, message) => {
    await refused(await backupWith(change), message)
  })

  it('a file that is not a ZIP though it starts like one', async () => {
    await refused(
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      'The file is not a Gloss backup: it is not a ZIP file Gloss can read.',
    )
  })

  it('a ZIP of something else', async () => {
    await refused(
      zipSync({ 'photo.jpg': new Uint8Array(8) }),
      'The backup holds a file Gloss never writes ("photo.jpg").',
    )
  })

  it('a ZIP bomb: a part that unpacks past its limit, refused before a byte is unpacked', async () => {
    const zip = await backupWith(() => undefined)
    await refused(
      lieAboutSize(zip, 'data.json', 300 * 1024 * 1024),
      'The backup is too large: "data.json" unpacks to 300.0 MB, and Gloss restores parts up to 256.0 MB.',
    )
  })

  it('a ZIP bomb: parts that unpack past the limit together', async () => {
    const names = Array.from({ length: 9 }, (_, i) => `images/${SAMPLE}/p${i}.png`)
    let zip = await backupWith((files) => {
      for (const name of names) files[name] = new Uint8Array(1)
    })
    for (const name of names) zip = lieAboutSize(zip, name, 120 * 1024 * 1024)
    await refused(
      zip,
      'The backup is too large: it unpacks to 1080.0 MB, and Gloss restores backups up to 1024.0 MB.',
    )
  })

  it('a ZIP bomb that hides its size: unpacked only as far as it says, then refused', async () => {
    const zip = await backupWith(() => undefined)
    await refused(
      lieAboutSize(zip, 'data.json', 10),
      'The backup is damaged: data.json is not valid JSON.',
    )
  })
})
