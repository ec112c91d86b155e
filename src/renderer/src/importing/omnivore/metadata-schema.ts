/**
 * The items of an Omnivore export's `metadata_<from>_to_<to>.json` files, as its export job
 * writes them (see `fixtures/import/omnivore/README.md`), checked with valibot before anything
 * is read from them. Only the fields Gloss uses are required to have their type; the job wrote
 * null for any it did not know, so every one but `slug` may be null. Unknown fields are let
 * through and ignored (later exports may add some).
 */
import * as v from 'valibot'
import { MAX_IRI_CHARS, MAX_TAGS, MAX_TAG_CHARS } from '../formats/limits'

/** Most items in one export (its metadata files together). */
export const MAX_OMNIVORE_ITEMS = 10_000
const MAX_TITLE_CHARS = 2_000
const MAX_TEXT_CHARS = 20_000

/** A slug names files in the ZIP: the job made it from the title, so it is one path segment. */
const Slug = v.pipe(
  v.string('its slug is not text'),
  v.minLength(1, 'its slug is empty'),
  v.maxLength(500, 'its slug is longer than 500 characters'),
  v.regex(/^[^/\\\p{Cc}]+$/u, 'its slug is not a plain file name'),
  v.check((slug) => slug !== '.' && slug !== '..', 'its slug is not a plain file name'),
)

const optionalText = (max: number, what: string) =>
  v.nullish(
    v.pipe(v.string(`its ${what} is not text`), v.maxLength(max, `its ${what} is too long`)),
  )

/** An ISO 8601 date and time, as `Date.toJSON` writes it. */
const Time = v.nullish(
  v.pipe(v.string('a date is not text'), v.isoTimestamp('a date is not an ISO 8601 date and time')),
)

export const OmnivoreItemSchema = v.looseObject({
  id: optionalText(200, 'id'),
  slug: Slug,
  title: optionalText(MAX_TITLE_CHARS, 'title'),
  description: optionalText(MAX_TEXT_CHARS, 'description'),
  author: optionalText(MAX_TITLE_CHARS, 'author'),
  url: optionalText(MAX_IRI_CHARS, 'address'),
  state: optionalText(100, 'state'),
  labels: v.nullish(
    v.pipe(
      v.array(
        v.pipe(
          v.string('a label is not text'),
          v.maxLength(MAX_TAG_CHARS, `a label is longer than ${MAX_TAG_CHARS} characters`),
        ),
        'its labels are not a list',
      ),
      v.maxLength(MAX_TAGS, `it has more than ${MAX_TAGS} labels`),
    ),
  ),
  savedAt: Time,
  updatedAt: Time,
  publishedAt: Time,
})

export type OmnivoreItemMetadata = v.InferOutput<typeof OmnivoreItemSchema>

/** One metadata file: a list of items. */
export const OmnivoreMetadataSchema = v.pipe(
  v.array(OmnivoreItemSchema, 'it is not a list of items'),
  v.maxLength(MAX_OMNIVORE_ITEMS, 'it lists too many items'),
)

/** `metadata_0_to_20.json` (and a plain `metadata.json`, which the job's comments name). */
export function isMetadataName(name: string): boolean {
  return /^metadata(_\d+_to_\d+)?\.json$/.test(name)
}
