/**
 * Test fixture: an article with every block kind, every container and every mark the model
 * has (nested lists, a quote holding a list, a table with header and spanning cells, figures
 * with and without credit, caption or picture, links of every scheme), and a short right-to-left
 * one. The reading view's tests and screenshots render these.
 */
import type { Article, Container, InlineMark } from '@shared/article'
import { spanOf, testArticle, type BlockSpec } from './test-article'

type SimpleKind = Exclude<InlineMark['kind'], 'link' | 'image'>

/** A mark of `kind` over the first `needle` in `text`. */
function over(text: string, kind: SimpleKind, needle: string): InlineMark {
  return { kind, ...spanOf(text, needle) }
}

function link(text: string, needle: string, href: string): InlineMark {
  return { kind: 'link', href, ...spanOf(text, needle) }
}

const paragraph = (text: string, within: Container[] = [], marks: InlineMark[] = []) =>
  ({ kind: 'paragraph', text, within, marks }) satisfies BlockSpec

const LEDE = 'Tides rise twice a day, and the harbour keeps its own clock.\nEvery sailor knows it.'
const MARKED =
  'Water is H2O, the area is 3 m2, the old name struck, and the report said so plainly.'
const LINKS = 'Read the survey, write to the office, or ignore this one.'
const PICTURE = 'A gull stands here and another one there, beside the text.'

const quote: Container = { kind: 'quote', id: 'q1' }
const steps: Container = { kind: 'list', id: 'l1', ordered: true, first: 3 }
const notes: Container = { kind: 'list', id: 'l2', ordered: false }
const nested: Container = { kind: 'list', id: 'l3', ordered: false }
const quotedList: Container = { kind: 'list', id: 'l4', ordered: false }
const table: Container = { kind: 'table', id: 't1' }
const item = (id: string): Container => ({ kind: 'item', id })
const row = (id: string): Container => ({ kind: 'row', id })
const cell = (id: string, header = false, spans: object = {}): Container => ({
  kind: 'cell',
  id,
  header,
  ...spans,
})

const BLOCKS: BlockSpec[] = [
  { kind: 'headline', text: 'The harbour at low tide' },
  { kind: 'dek', text: 'What the water leaves behind, twice a day.' },
  {
    kind: 'figure',
    text: 'Boats resting on the mud at noon. (Ana Reyes/Harbour Press)',
    caption: 'Boats resting on the mud at noon.',
    creditSeparator: ' ',
    credit: 'Ana Reyes/Harbour Press',
    image: 'boats.svg',
    alt: 'Small boats lying on wet mud',
    width: 1200,
    height: 800,
    marks: [over('Boats resting on the mud at noon.', 'emphasis', 'noon')],
  },
  paragraph(LEDE),
  paragraph(
    MARKED,
    [],
    [
      over(MARKED, 'subscript', '2'),
      { kind: 'superscript', ...spanOf(MARKED, '2', MARKED.indexOf('m2')) },
      over(MARKED, 'deleted', 'struck'),
      over(MARKED, 'strong', 'the report said so'),
      over(MARKED, 'emphasis', 'report'),
      over(MARKED, 'code', 'plainly'),
    ],
  ),
  { kind: 'heading', text: 'Reading the water' },
  { kind: 'heading', level: 3, text: 'Level three' },
  { kind: 'heading', level: 4, text: 'Level four' },
  { kind: 'heading', level: 5, text: 'Level five' },
  { kind: 'heading', level: 6, text: 'Level six' },
  paragraph(
    LINKS,
    [],
    [
      link(LINKS, 'the survey', 'https://example.org/survey'),
      link(LINKS, 'the office', 'mailto:office@example.org'),
      link(LINKS, 'this one', 'javascript:alert(1)'),
    ],
  ),
  paragraph('Check the gauge.', [steps, item('i1')]),
  paragraph('Note the mark.', [steps, item('i2')]),
  paragraph('Plain first note.', [notes, item('i3')]),
  paragraph('A note with sub-notes.', [notes, item('i4')]),
  paragraph('Inner note one.', [notes, item('i4'), nested, item('i5')]),
  paragraph('Inner note two.', [notes, item('i4'), nested, item('i6')]),
  paragraph('The sea does not hurry, and it is never late.', [quote]),
  paragraph('Patience.', [quote, quotedList, item('i7')]),
  paragraph('Tide', [table, row('r1'), cell('c1', true)]),
  paragraph('Height (m)', [table, row('r1'), cell('c2', true, { colSpan: 2 })]),
  paragraph('Morning', [table, row('r2'), cell('c3', true, { rowSpan: 2 })]),
  paragraph('1.2', [table, row('r2'), cell('c4')]),
  paragraph('', [table, row('r2'), cell('c5')]),
  paragraph('0.4', [table, row('r3'), cell('c6')]),
  paragraph('0.9', [table, row('r3'), cell('c7')]),
  { kind: 'code', text: 'tide = height(t)\n  if tide < 0.5:\n    warn()' },
  paragraph(
    PICTURE,
    [],
    [
      { kind: 'image', ...at(PICTURE, 'here'), image: 'gull.svg', alt: 'A gull' },
      {
        kind: 'image',
        ...at(PICTURE, 'there'),
        image: null,
        alt: 'Another gull',
        remoteHost: 'photos.example.com',
      },
    ],
  ),
  {
    kind: 'figure',
    text: 'A caption with no credit.',
    caption: 'A caption with no credit.',
    creditSeparator: '',
    credit: '',
    image: 'mud.svg',
    alt: 'Mud flats',
  },
  {
    kind: 'figure',
    text: '',
    caption: '',
    creditSeparator: '',
    credit: '',
    image: null,
    alt: 'A chart of the tides',
    remoteHost: 'cdn.example.net',
  },
  { kind: 'attribution', text: 'With files from the Harbour Office' },
]

/** An empty point just after `needle` in `text`, for an inline picture. */
function at(text: string, needle: string): { start: number; end: number } {
  const { end } = spanOf(text, needle)
  return { start: end, end }
}

/** The article with everything; pictures from `pictures/`. */
export function richArticle(): Article {
  return testArticle(BLOCKS, { assetBase: 'pictures/' })
}

const RTL_TEXT = 'المدّ يرتفع مرتين كل يوم، والميناء يحفظ وقته.'

/** A right-to-left article in Arabic, with a list and an emphasis. */
export function rightToLeftArticle(): Article {
  return testArticle(
    [
      { kind: 'headline', text: 'الميناء عند الجزر' },
      paragraph(RTL_TEXT, [], [over(RTL_TEXT, 'emphasis', 'مرتين')]),
      paragraph('البند الأول', [notes, item('i1')]),
      paragraph('البند الثاني', [notes, item('i2')]),
    ],
    { meta: { lang: 'ar', dir: 'rtl' } },
  )
}
