/**
 * The data-file loader itself: every schema in openapi/ compiles strictly, and a bad file is
 * always one line naming the file (from the project root when it is under it) and the entry.
 * openapi/data-files.test.ts checks each data file against its schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../config';
import { DataFileError, dataValidator, loadDataFile, parseDataFile } from './index';

const ROOT = PROJECT_ROOT;
const OPENAPI = path.join(ROOT, 'openapi');
const SCHEMAS = fs.readdirSync(OPENAPI).filter((name) => name.endsWith('.schema.json'));
const EXPECTATIONS_SCHEMA = path.join(OPENAPI, 'expectations.schema.json');

let tmp: string;
test.beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-files-'));
});
test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The message of what `load` throws, which must be a DataFileError. */
function failure(load: () => unknown): DataFileError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as Error).message).not.toMatch(/[\r\n]/);
    return error as DataFileError;
  }
  throw new Error('expected a DataFileError, the file loaded');
}

test('the schemas beside the catalogue\'s: the four data formats, each strict-compiled, with $id, title and description', () => {
  expect(SCHEMAS.sort()).toEqual(['case.schema.json', 'equivalent-mutants.schema.json', 'expectations.schema.json', 'requirements.schema.json']);
  for (const name of SCHEMAS) {
    const schema = JSON.parse(fs.readFileSync(path.join(OPENAPI, name), 'utf8')) as Record<string, unknown>;
    expect([typeof schema.$id, typeof schema.title, typeof schema.description], name).toEqual(['string', 'string', 'string']);
    expect(() => dataValidator(path.join(OPENAPI, name)), name).not.toThrow();
  }
});

test('strict mode: a schema with an unknown keyword does not compile', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'schemas-'));
  const schema = path.join(dir, 'typo.schema.json');
  fs.writeFileSync(schema, JSON.stringify({ $id: 'urn:test:typo', type: 'object', requried: ['x'] }));
  expect(() => dataValidator(schema)).toThrow(/strict mode: unknown keyword: "requried"/);
});

test('a file under the project root is named from the root', () => {
  const file = path.join(ROOT, 'peers', 'expectations', 'mlflow.yaml');
  const error = failure(() => parseDataFile('expectations:\n  - requirement: VIEW-INVALID-400\n    because: x\n', file, EXPECTATIONS_SCHEMA));
  expect(error.message).toBe('peers/expectations/mlflow.yaml: /expectations/0/reason is required (and 1 more problem)');
  expect(error.problems).toEqual([
    { entry: '/expectations/0/reason', problem: 'is required' },
    { entry: '/expectations/0/because', problem: 'is an unknown field' },
  ]);
});

test('a file elsewhere is named by its absolute path; the whole file is (root)', () => {
  const file = path.join(tmp, 'deviations.yaml');
  fs.writeFileSync(file, '- a list\n');
  expect(failure(() => loadDataFile(file, EXPECTATIONS_SCHEMA)).message).toBe(`${file}: (root) must be object`);
});

test('YAML that does not parse: its first error, at its line and column', () => {
  const file = path.join(tmp, 'broken.yaml');
  fs.writeFileSync(file, 'mlflow:\n  - requirement: [VIEW\n  - x: {\n');
  expect(failure(() => loadDataFile(file, EXPECTATIONS_SCHEMA)).message).toMatch(new RegExp(`^${file}: line \\d+, column \\d+ is not YAML \\(.+\\)$`));
});

test('JSON that does not parse, and a file that cannot be read', () => {
  const file = path.join(tmp, 'broken.json');
  fs.writeFileSync(file, '{"mlflow": [');
  expect(failure(() => loadDataFile(file, EXPECTATIONS_SCHEMA)).message).toMatch(new RegExp(`^${file}: \\(root\\) is not JSON \\(.+\\)$`));
  const missing = path.join(tmp, 'missing.yaml');
  expect(failure(() => loadDataFile(missing, EXPECTATIONS_SCHEMA)).message).toMatch(new RegExp(`^${missing}: \\(root\\) cannot be read \\(ENOENT`));
});

test('what the schema cannot say: the check runs on schema-valid data, its problems named the same way', () => {
  const file = path.join(tmp, 'checked.yaml');
  fs.writeFileSync(file, 'expectations: []\n');
  const check = (data: Record<string, unknown[]>) => Object.keys(data).map((key) => ({ entry: `/${key}`, problem: 'is empty' }));
  expect(failure(() => loadDataFile(file, EXPECTATIONS_SCHEMA, check)).message).toBe(`${file}: /expectations is empty`);
});
