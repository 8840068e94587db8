import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { ValidateFunction } from 'ajv/dist/2020';
import type { OpenAPIV3_1 } from 'openapi-types';
import { componentSchemas } from '../src/contract';
import type { Profile } from '../src/config';
import { documentFor, GENERATED_MLFLOW_FILE, loadOciDocument, mlflowProfile, renderMlflowYaml } from '../src/contract';

const PROFILES: Profile[] = ['oci', 'mlflow'];

/** The validators exactly as src/contract builds them, over this document's schemas. */
function schemaValidators(doc: OpenAPIV3_1.Document): (name: string) => ValidateFunction {
  return componentSchemas((doc.components?.schemas ?? {}) as Record<string, unknown>).schemaFor;
}

const schemaNames = (doc: OpenAPIV3_1.Document): string[] => Object.keys(doc.components?.schemas ?? {});

for (const profile of PROFILES) {
  test(`${profile}: the document is valid OpenAPI 3.1 (swagger-parser)`, async () => {
    // validate() dereferences its argument in place.
    await expect(SwaggerParser.validate(structuredClone(documentFor(profile)))).resolves.toBeTruthy();
  });

  test(`${profile}: every component schema compiles under Ajv2020 strict mode`, () => {
    const doc = documentFor(profile);
    const validatorFor = schemaValidators(doc);
    expect(schemaNames(doc).length).toBeGreaterThan(0);
    for (const name of schemaNames(doc)) expect(() => validatorFor(name), name).not.toThrow();
  });
}

test('generated/mlflow.openapi.yaml equals what mlflowProfile produces (run scripts/write-openapi.ts)', () => {
  expect(fs.readFileSync(GENERATED_MLFLOW_FILE, 'utf8')).toBe(renderMlflowYaml());
});

test('the spec marks exactly these fields required, and no others', () => {
  const required = Object.fromEntries(
    Object.entries(loadOciDocument().components?.schemas ?? {})
      .filter(([, schema]) => schema.required)
      .map(([name, schema]) => [name, schema.required]),
  );
  expect(required).toEqual({
    ExperimentRunCollection: ['runs'],
    DatasetInput: ['dataset'],
    Dataset: ['digest', 'name', 'source', 'source_type'],
    InputTag: ['key', 'value'],
    ModelInput: ['model_id'],
    ModelOutput: ['model_id'],
    Error: ['code', 'message'],
  });
});

test('mlflow differs from oci only in path, opc-* headers, Error and the optional runs', () => {
  const oci = loadOciDocument();
  const mlflow = mlflowProfile(oci);
  const [path] = Object.keys(mlflow.paths ?? {});
  expect(path).toBe('/api/2.0/mlflow/runs/search');
  const operation = mlflow.paths?.[path ?? '']?.post;
  expect(operation?.parameters).toEqual([expect.objectContaining({ name: 'dh-user-principal', in: 'header' })]);
  const responseHeaders = Object.values(operation?.responses ?? {}).flatMap((r) => Object.keys(('headers' in r && r.headers) || {}));
  expect(responseHeaders).toEqual(['Retry-After']);
  expect(mlflow.components?.headers).toBeUndefined();

  const { Error: _ociError, ExperimentRunCollection: ociCollection, ...ociRest } = oci.components?.schemas ?? {};
  const { Error: _mlflowError, ExperimentRunCollection: mlflowCollection, ...mlflowRest } = mlflow.components?.schemas ?? {};
  expect(mlflowRest).toEqual(ociRest);
  expect(mlflowCollection).toEqual({ ...ociCollection, required: undefined });
  expect(mlflow.components?.schemas?.Error?.required).toEqual(['error_code', 'message']);
});

/** A rejecting case names the keyword that must reject it, so it cannot pass for another reason. */
interface InstanceCase {
  profiles: Profile[];
  schema: string;
  title: string;
  data: unknown;
  rejectedBy?: 'required' | 'enum' | 'format' | 'type';
}

const BOTH: Profile[] = ['oci', 'mlflow'];
const run = (info: Record<string, unknown>) => ({ runs: [{ info }] });
const CASES: InstanceCase[] = [
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: '{runs: []}', data: { runs: [] } },
  { profiles: ['oci'], schema: 'ExperimentRunCollection', title: '{}', data: {}, rejectedBy: 'required' },
  { profiles: ['mlflow'], schema: 'ExperimentRunCollection', title: '{} (MLflow omits empty runs)', data: {} },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'an unknown extra field', data: { runs: [], vendor_field: 1 } },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'status FINISHED', data: run({ status: 'FINISHED' }) },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'status BOGUS', data: run({ status: 'BOGUS' }), rejectedBy: 'enum' },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'start_time 1700000000000', data: run({ start_time: 1700000000000 }) },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'start_time 1.5', data: run({ start_time: 1.5 }), rejectedBy: 'format' },
  { profiles: BOTH, schema: 'ExperimentRunCollection', title: 'start_time "1700000000000"', data: run({ start_time: '1700000000000' }), rejectedBy: 'type' },
  { profiles: BOTH, schema: 'ExperimentRunData', title: 'metric value 0.5', data: { metrics: [{ key: 'm', value: 0.5, step: 0, timestamp: 1 }] } },
  { profiles: BOTH, schema: 'DatasetInput', title: 'a dataset without digest', data: { dataset: { name: 'd', source: 's', source_type: 't' } }, rejectedBy: 'required' },
  { profiles: BOTH, schema: 'ListExperimentRunsDetails', title: '{}', data: {} },
  { profiles: BOTH, schema: 'ListExperimentRunsDetails', title: 'max_results 2^31-1', data: { max_results: 2 ** 31 - 1 } },
  { profiles: BOTH, schema: 'ListExperimentRunsDetails', title: 'max_results 2^31', data: { max_results: 2 ** 31 }, rejectedBy: 'format' },
  { profiles: BOTH, schema: 'ListExperimentRunsDetails', title: 'run_view_type ALL', data: { run_view_type: 'ALL' } },
  { profiles: BOTH, schema: 'ListExperimentRunsDetails', title: 'run_view_type all', data: { run_view_type: 'all' }, rejectedBy: 'enum' },
  { profiles: ['oci'], schema: 'Error', title: '{code, message}', data: { code: 'InvalidParameter', message: 'm' } },
  { profiles: ['oci'], schema: 'Error', title: '{message} without code', data: { message: 'm' }, rejectedBy: 'required' },
  { profiles: ['mlflow'], schema: 'Error', title: '{error_code, message}', data: { error_code: 'INVALID_PARAMETER_VALUE', message: 'm' } },
  { profiles: ['mlflow'], schema: 'Error', title: '{code, message} without error_code', data: { code: 'INVALID_PARAMETER_VALUE', message: 'm' }, rejectedBy: 'required' },
];

for (const profile of PROFILES) {
  test.describe(`${profile}: instances`, () => {
    const validatorFor = schemaValidators(documentFor(profile));
    for (const c of CASES.filter((c) => c.profiles.includes(profile))) {
      test(`${c.schema} ${c.rejectedBy ? `rejects (${c.rejectedBy})` : 'accepts'} ${c.title}`, () => {
        const validate = validatorFor(c.schema);
        expect(validate(c.data), JSON.stringify(validate.errors)).toBe(!c.rejectedBy);
        if (c.rejectedBy) expect(validate.errors?.map((e) => e.keyword)).toContain(c.rejectedBy);
      });
    }
  });
}

// Guards test (b) against passing vacuously: the registration must refuse what strict mode forbids.
const FORBIDDEN_SCHEMAS: [string, object][] = [
  ['OpenAPI 3.0 example', { type: 'string', example: 'x' }],
  ['an unknown format', { type: 'integer', format: 'int65' }],
  ['a misspelt type', { type: 'strin' }],
  ['a keyword value of the wrong type', { type: 'integer', minimum: 'zero' }],
];
for (const [title, schema] of FORBIDDEN_SCHEMAS) {
  test(`the Ajv registration refuses ${title}`, () => {
    const doc = { ...loadOciDocument(), components: { schemas: { Bad: schema } } } as OpenAPIV3_1.Document;
    expect(() => schemaValidators(doc)('Bad')).toThrow();
  });
}

/** Every object in a schema tree (properties, items, refs' siblings), for keyword checks Ajv does not make. */
function* subschemas(node: unknown): Generator<Record<string, unknown>> {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) yield node as Record<string, unknown>;
  for (const child of Object.values(node)) yield* subschemas(child);
}

for (const profile of PROFILES) {
  test(`${profile}: no schema uses nullable (Ajv accepts it) or forbids extra properties`, () => {
    const found = [...subschemas(documentFor(profile).components?.schemas)].filter(
      (s) => 'nullable' in s || s.additionalProperties === false || s.unevaluatedProperties === false,
    );
    expect(found).toEqual([]);
  });
}
