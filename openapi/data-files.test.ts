/**
 * Every data file the project reads, against its schema in this folder: the committed files
 * load; a broken copy (in a temporary directory) stops with exactly one line naming the copy and
 * the entry; and each schema says what its TypeScript type says, field for field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { loadEquivalent, EQUIVALENT_FILE, EQUIVALENT_SCHEMA_FILE, type EquivalentMutant } from '../mutants';
import {
  CASE_FORMAT,
  CASE_SCHEMA_FILE,
  loadCase,
  type CaseCheck,
  type CaseFile,
  type CaseRequest,
} from '../reporters';
import { AREAS, CATALOGUE_FILE, loadCatalogue, REQUIREMENTS_SCHEMA_FILE, STRENGTHS, type Requirement } from '../src/catalogue';
import { AUTH_KINDS, MODES, PROFILES, PROJECT_ROOT, TIERS } from '../src/config';
import { DataFileError } from '../src/contract';
import { EXPECTATIONS_SCHEMA_FILE, loadExpectations, type Expectation, type ExpectationFile } from '../src/expectations';
import type { ResponseExpectation } from '../src/outcome';

/** A case with every field the format has; no case file is committed (reports/ is output). */
const SAMPLE_CASE: CaseFile = {
  format: CASE_FORMAT,
  requirement: 'ORDER-INVALID-400',
  test: { title: 'ORDER-INVALID-400: a bad order_by gets 400', file: 'suites/order/documented.spec.ts', line: 44 },
  failure: 'ORDER-INVALID-400: must be 400',
  recorded: {
    suiteVersion: '0.1.0',
    catalogueHash: 'a'.repeat(64),
    seed: -7,
    tier: 'smoke',
    mode: 'seed',
    profile: 'oci',
    targetUrl: 'http://staging.example.test/prefix',
    platformId: 'ocid1.aidataplatform.oc1..reference',
    workspaceKey: 'reference-workspace',
    auth: 'bearer',
  },
  counterexample: { value: '"a SIDEWAYS"', path: '0:1', numShrinks: 3 },
  requests: [
    { endpoint: 'runs/search', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"order_by":["a SIDEWAYS"]}', recorded: { status: 200, body: '{"runs":[]}' } },
    { path: '/20260430/aiDataPlatforms/nosuch/runs/search', method: 'POST', headers: {}, recorded: { error: 'ECONNRESET' } },
  ],
  check: { kind: 'response', request: 0, expect: { status: [400], errorBody: true } },
  rerun: "SUITE_SEED=-7 npx playwright test 'suites/order/documented.spec.ts:44'",
};

const PEER_EXPECTATIONS = path.join(PROJECT_ROOT, 'peers', 'expectations');
const loadPeerExpectations = (file: string) => loadExpectations(file, { requirementIds: new Set(loadCatalogue().byId.keys()) });

/** Plain data of a committed file (a deep copy: YAML aliases become separate entries), to break. */
type Data = Record<string, any>;
const yamlData = (file: string): Data => JSON.parse(JSON.stringify(parse(fs.readFileSync(file, 'utf8'))));

interface Broken {
  what: string;
  edit: (data: Data) => void;
  /** The entry and what is wrong, exactly as the line says them after the file's name. */
  line: (data: Data) => string;
}

interface DataFormat {
  name: string;
  schema: string;
  committed: string[];
  load: (file: string) => unknown;
  /** The committed data, to break a copy of. */
  data: () => Data;
  write: (data: Data) => string;
  broken: Broken[];
}

/** A committed YAML file and its loader: the fields every YAML format shares. */
function yamlFormat(name: string, schema: string, file: string, load: (file: string) => unknown): Omit<DataFormat, 'broken'> {
  return { name, schema, committed: [file], load, data: () => yamlData(file), write: (data) => stringify(data) };
}

const FORMATS: DataFormat[] = [
  {
    ...yamlFormat('requirements.yaml', REQUIREMENTS_SCHEMA_FILE, CATALOGUE_FILE, (file) => loadCatalogue(file)),
    broken: [
      { what: 'a requirement without quote', edit: (d) => delete d.requirements[2].quote, line: () => '/requirements/2/quote is required' },
      { what: 'an unknown field', edit: (d) => (d.requirements[1].tests = ['x']), line: () => '/requirements/1/tests is an unknown field' },
      {
        what: 'an id used twice',
        edit: (d) => (d.requirements[1].id = d.requirements[0].id),
        line: (d) => `/requirements/1/id repeats the id of /requirements/0`,
      },
      {
        what: 'a quote that is not in the spec',
        edit: (d) => (d.requirements[3].quote = 'Runs are returned in a random order.'),
        line: () => '/requirements/3/quote is not verbatim in the spec: "Runs are returned in a random order."',
      },
    ],
  },
  {
    ...yamlFormat('mlflow.yaml', EXPECTATIONS_SCHEMA_FILE, path.join(PEER_EXPECTATIONS, 'mlflow.yaml'), loadPeerExpectations),
    // Every peer's file (one per implementation, any name) loads, its includes with it.
    committed: fs.readdirSync(PEER_EXPECTATIONS).filter((f) => f.endsWith('.yaml')).map((f) => path.join(PEER_EXPECTATIONS, f)),
    broken: [
      {
        what: 'a requirement that is no catalogue id',
        edit: (d) => (d.expectations[3].requirement = 'filter-numeric-literals'),
        line: () => '/expectations/3/requirement must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"',
      },
      {
        what: 'a requirement the catalogue does not have',
        edit: (d) => (d.expectations[1].requirement = 'FILTER-NOT-THERE'),
        line: () => '/expectations/1/requirement FILTER-NOT-THERE is not in the catalogue',
      },
      { what: 'an entry without a reason', edit: (d) => delete d.expectations[2].reason, line: () => '/expectations/2/reason is required' },
      { what: 'an unknown field', edit: (d) => (d.expectations[0].seen = 'yes'), line: () => '/expectations/0/seen is an unknown field' },
      {
        what: "a signature of another requirement",
        edit: (d) => (d.expectations[0].signature = 'ERR-NO-5XX | a valid request got N'),
        line: (d) => `/expectations/0/signature must be a signature of ${d.expectations[0].requirement} (it starts '${d.expectations[0].requirement} | ')`,
      },
      {
        what: 'a requirement listed twice',
        edit: (d) => (d.expectations[1].requirement = d.expectations[0].requirement),
        line: () => `/expectations/1 repeats /expectations/0`,
      },
      { what: 'an include that is not there', edit: (d) => (d.include = ['nowhere.yaml']), line: () => '/include/0 names no file (nowhere.yaml)' },
    ],
  },
  {
    ...yamlFormat('equivalent.yaml', EQUIVALENT_SCHEMA_FILE, EQUIVALENT_FILE, (file) => loadEquivalent(file)),
    broken: [
      { what: 'a mutant without requirements', edit: (d) => (d.equivalent[0].requirements = []), line: () => '/equivalent/0/requirements must NOT have fewer than 1 items' },
      { what: 'a blank reason', edit: (d) => (d.equivalent[0].reason = '  \n'), line: () => '/equivalent/0/reason must match pattern "\\S"' },
      {
        what: 'a mutant listed twice',
        edit: (d) => d.equivalent.push({ ...d.equivalent[0] }),
        line: (d) => `/equivalent/${d.equivalent.length - 1}/name repeats ${d.equivalent[0].name} of /equivalent/0`,
      },
      { what: 'a top-level key other than equivalent', edit: (d) => (d.killable = []), line: () => '/killable is an unknown field' },
    ],
  },
  {
    name: 'case.json',
    schema: CASE_SCHEMA_FILE,
    committed: [],
    load: (file) => loadCase(file),
    data: () => structuredClone(SAMPLE_CASE) as unknown as Data,
    write: (data) => JSON.stringify(data, null, 2),
    broken: [
      { what: 'another format', edit: (d) => (d.format = 'runs-search-conformance/case@2'), line: () => '/format must be "runs-search-conformance/case@1"' },
      { what: 'an answer with a status but no body', edit: (d) => delete d.requests[0].recorded.body, line: () => '/requests/0/recorded/body is required' },
      { what: 'an unknown tier', edit: (d) => (d.recorded.tier = 'huge'), line: () => '/recorded/tier must be one of "smoke", "standard", "full"' },
      { what: 'a rerun check without location', edit: (d) => (d.check = { kind: 'rerun', grep: 'x' }), line: () => '/check/location is required' },
      { what: 'a request with neither endpoint nor path', edit: (d) => delete d.requests[1].path, line: () => '/requests/1 needs exactly one of endpoint and path' },
      { what: 'a check of a request that is not there', edit: (d) => (d.check.request = 2), line: () => '/check/request points at request 2; the case has 2' },
    ],
  },
];

let tmp: string;
test.beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-files-'));
});
test.afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

for (const format of FORMATS) {
  test.describe(`${format.name} (${path.basename(format.schema)})`, () => {
    for (const file of format.committed) {
      test(`the committed ${path.relative(PROJECT_ROOT, file)} loads`, () => {
        expect(() => format.load(file)).not.toThrow();
      });
    }

    test('an unbroken copy loads (the copies below differ by their break alone)', () => {
      const copy = path.join(fs.mkdtempSync(path.join(tmp, 'ok-')), format.name);
      fs.writeFileSync(copy, format.write(format.data()));
      expect(() => format.load(copy)).not.toThrow();
    });

    for (const broken of format.broken) {
      test(`a copy with ${broken.what} stops with one line naming the copy and the entry`, () => {
        const data = format.data();
        broken.edit(data);
        const copy = path.join(fs.mkdtempSync(path.join(tmp, 'broken-')), format.name);
        fs.writeFileSync(copy, format.write(data));
        let message: string | undefined;
        try {
          format.load(copy);
        } catch (error) {
          expect(error).toBeInstanceOf(DataFileError);
          message = (error as Error).message;
        }
        expect(message).toBe(`${copy}: ${broken.line(data)}`);
      });
    }
  });
}

/** Each field of T and whether T makes it optional; the compiler keeps this list exact. */
type Fields<T> = { [K in keyof Required<T>]: {} extends Pick<T, K> ? 'optional' : 'required' };

type SchemaNode = { properties?: Record<string, unknown>; required?: string[] };
const schemaOf = (file: string): Data => JSON.parse(fs.readFileSync(file, 'utf8'));
/** The fields a schema object declares, and whether it requires them. */
function fieldsOf(node: SchemaNode): Record<string, 'optional' | 'required'> {
  return Object.fromEntries(Object.keys(node.properties ?? {}).map((k) => [k, node.required?.includes(k) ? 'required' : 'optional']));
}

test.describe('the schemas and the TypeScript types agree', () => {
  const caseSchema = schemaOf(CASE_SCHEMA_FILE);
  const rows: Array<[string, SchemaNode, Record<string, string>]> = [
    ['CaseFile', caseSchema, {
      format: 'required', requirement: 'required', test: 'required', failure: 'required', recorded: 'required',
      counterexample: 'optional', requests: 'required', check: 'required', rerun: 'required',
    } satisfies Fields<CaseFile>],
    ['CaseFile.test', caseSchema.properties.test, { title: 'required', file: 'required', line: 'required' } satisfies Fields<CaseFile['test']>],
    ['CaseFile.recorded', caseSchema.$defs.run, {
      suiteVersion: 'required', catalogueHash: 'required', seed: 'required', tier: 'required', mode: 'required', profile: 'required',
      targetUrl: 'required', platformId: 'required', workspaceKey: 'required', auth: 'required',
    } satisfies Fields<CaseFile['recorded']>],
    ['CaseFile.counterexample', caseSchema.properties.counterexample, { value: 'required', path: 'required', numShrinks: 'required' } satisfies Fields<NonNullable<CaseFile['counterexample']>>],
    ['CaseRequest', caseSchema.$defs.request, {
      endpoint: 'optional', path: 'optional', method: 'required', headers: 'required', body: 'optional', recorded: 'optional',
    } satisfies Fields<CaseRequest>],
    ['response check', caseSchema.$defs.responseCheck, { kind: 'required', request: 'required', expect: 'required' } satisfies Fields<Extract<CaseCheck, { kind: 'response' }>>],
    ['rerun check', caseSchema.$defs.rerunCheck, { kind: 'required', location: 'required', grep: 'required' } satisfies Fields<Extract<CaseCheck, { kind: 'rerun' }>>],
    ['ResponseExpectation', caseSchema.$defs.responseCheck.properties.expect, { status: 'required', errorBody: 'optional' } satisfies Fields<ResponseExpectation>],
    ['ExpectationFile', schemaOf(EXPECTATIONS_SCHEMA_FILE), { include: 'optional', expectations: 'required' } satisfies Fields<ExpectationFile>],
    ['Expectation', schemaOf(EXPECTATIONS_SCHEMA_FILE).$defs.expectation, {
      requirement: 'required', signature: 'optional', reason: 'required', link: 'optional', evidence: 'optional',
    } satisfies Fields<Expectation>],
    ['EquivalentMutant', schemaOf(EQUIVALENT_SCHEMA_FILE).$defs.mutant, { name: 'required', requirements: 'required', reason: 'required' } satisfies Fields<EquivalentMutant>],
    ['Requirement', schemaOf(REQUIREMENTS_SCHEMA_FILE).$defs.requirement, {
      id: 'required', area: 'required', title: 'required', quote: 'required', location: 'required', strength: 'required',
      reasoning: 'optional', upstream_source: 'optional', profiles: 'required', requires: 'optional',
    } satisfies Fields<Requirement>],
  ];
  for (const [type, node, fields] of rows) {
    test(`${type}: the same fields, the same ones required`, () => {
      expect(fieldsOf(node)).toEqual(fields);
    });
  }

  test('the enums are the TypeScript constants', () => {
    const run = caseSchema.$defs.run.properties;
    expect([run.tier.enum, run.mode.enum, run.profile.enum, run.auth.enum]).toEqual([[...TIERS], [...MODES], [...PROFILES], [...AUTH_KINDS]]);
    expect(caseSchema.properties.format.const).toBe(CASE_FORMAT);
    const requirement = schemaOf(REQUIREMENTS_SCHEMA_FILE).$defs.requirement.properties;
    expect([requirement.area.enum, requirement.strength.enum]).toEqual([[...AREAS], [...STRENGTHS]]);
  });
});

test('an expectation file that includes itself, or a file that includes it, stops with one line', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'include-'));
  fs.writeFileSync(path.join(dir, 'a.yaml'), stringify({ include: ['b.yaml'], expectations: [] }));
  fs.writeFileSync(path.join(dir, 'b.yaml'), stringify({ include: ['a.yaml'], expectations: [] }));
  expect(() => loadExpectations(path.join(dir, 'a.yaml'))).toThrow(`${path.join(dir, 'b.yaml')}: /include/0 includes ${path.join(dir, 'a.yaml')}, which includes this file`);
});

test('an entry both a file and the file it includes expect stops with one line naming it', () => {
  const dir = fs.mkdtempSync(path.join(tmp, 'twice-'));
  const entry = { requirement: 'ERR-401', reason: 'r' };
  fs.writeFileSync(path.join(dir, 'base.yaml'), stringify({ expectations: [entry] }));
  fs.writeFileSync(path.join(dir, 'proxy.yaml'), stringify({ include: ['base.yaml'], expectations: [entry] }));
  expect(() => loadExpectations(path.join(dir, 'proxy.yaml'))).toThrow(/proxy\.yaml: ERR-401 is expected twice/);
});

test("mlflow-basic-auth's expected failures are mlflow's and its 401, each with its reason", () => {
  const entries = loadPeerExpectations(path.join(PEER_EXPECTATIONS, 'mlflow-basic-auth.yaml')).entries;
  const mlflow = loadPeerExpectations(path.join(PEER_EXPECTATIONS, 'mlflow.yaml')).entries;
  expect(entries.map((e) => e.requirement)).toEqual([...mlflow.map((e) => e.requirement), 'ERR-401']);
  expect(entries.slice(0, mlflow.length)).toEqual(mlflow);
});
