/**
 * The W3C Web Annotation test suite (`fixtures/w3c-web-annotation-tests/`) as a validator, for
 * the tests of every export that writes Web Annotations: each MUST assertion of the annotation
 * and collection tests compiled with draft-04 Ajv, and the suite's own samples.
 */
import Ajv, { type ValidateFunction } from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const SUITE = 'w3c-web-annotation-tests/'

/**
 * Every file of the suite by its path inside it (`annotations/3.1-…json`), read by Vite at
 * build time: this layer may not use Node's file system.
 */
const FILES: ReadonlyMap<string, string> = new Map(
  Object.entries(
    import.meta.glob<string>(
      [
        '../../../../../../fixtures/w3c-web-annotation-tests/**/*.json',
        '../../../../../../fixtures/w3c-web-annotation-tests/**/*.test',
      ],
      { query: '?raw', import: 'default', eager: true },
    ),
  ).map(([path, text]) => [path.slice(path.indexOf(SUITE) + SUITE.length), text]),
)

function read(path: string): string {
  const text = FILES.get(path)
  if (text === undefined) throw new Error(`Not in the W3C suite: ${path}`)
  return text
}

/** The `.json` files directly in a folder of the suite, by name. */
function jsonFiles(folder: string): string[] {
  return [...FILES.keys()]
    .filter((path) => path.startsWith(`${folder}/`) && path.endsWith('.json'))
    .map((path) => path.slice(folder.length + 1))
    .filter((name) => !name.includes('/'))
}

interface Assertion {
  readonly file: string
  readonly expectedResult: 'valid' | 'invalid'
  readonly validate: ValidateFunction
}

/**
 * The W3C suite as a validator: every schema of a `.test` file compiled with draft-04 Ajv,
 * `definitions/` registered under the file names the schemas reference them by.
 */
function loadAssertions(testFile: string): Assertion[] {
  // The suite's schemas carry their own keywords (assertionType, errorMessage...): not strict.
  const ajv = new Ajv({ strict: false, allErrors: false })
  addFormats(ajv)
  for (const name of jsonFiles('definitions')) {
    ajv.addSchema(JSON.parse(read(`definitions/${name}`)), name)
  }
  const { assertions } = JSON.parse(read(testFile)) as {
    assertions: string[]
  }
  return assertions.map((file) => {
    const schema = JSON.parse(read(file))
    return { file, expectedResult: schema.expectedResult, validate: ajv.compile(schema) }
  })
}

/** The assertions a document fails: a schema that should hold and does not, or the reverse. */
export function failures(assertions: readonly Assertion[], document: unknown): string[] {
  return assertions
    .filter((a) => a.validate(document) !== (a.expectedResult === 'valid'))
    .map((a) => a.file)
}

export const annotationMusts = loadAssertions('annotations/annotationMusts.test')
export const collectionMusts = loadAssertions('collections/collectionMusts.test')

export function samples(folder: 'correct' | 'incorrect'): { name: string; text: string }[] {
  const dir = `tools/samples/${folder}`
  return jsonFiles(dir).map((name) => ({ name, text: read(`${dir}/${name}`) }))
}
