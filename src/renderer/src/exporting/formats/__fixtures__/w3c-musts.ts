/**
 * The W3C Web Annotation test suite (`fixtures/w3c-web-annotation-tests/`) as a validator, for
 * the tests of every export that writes Web Annotations: each MUST assertion of the annotation
 * and collection tests compiled with draft-04 Ajv, and the suite's own samples.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Ajv, { type ValidateFunction } from 'ajv-draft-04'
import addFormats from 'ajv-formats'

const SUITE = join(__dirname, '../../../../../../fixtures/w3c-web-annotation-tests')

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json'))
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
  for (const name of jsonFiles(join(SUITE, 'definitions'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SUITE, 'definitions', name), 'utf8')), name)
  }
  const { assertions } = JSON.parse(readFileSync(join(SUITE, testFile), 'utf8')) as {
    assertions: string[]
  }
  return assertions.map((file) => {
    const schema = JSON.parse(readFileSync(join(SUITE, file), 'utf8'))
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
  const dir = join(SUITE, 'tools/samples', folder)
  return jsonFiles(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}
