/**
 * The one Ajv setup of the project: JSON Schema 2020-12, ajv-formats, strict in full (a schema
 * typo is a compile error, never a silently ignored keyword) and every error collected, so a
 * message can name the first problem and count the rest. The response contract (validators.ts)
 * and the data files (data-files.ts) each build their instances from it.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}
