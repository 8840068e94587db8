import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import {
  appliesTo,
  CATALOGUE_FILE,
  loadCatalogue,
  missingPassages,
  parseCatalogue,
  requirementIdsIn,
  SPEC_FILE,
  type Requirement,
} from './index';
import type { Capability } from '../config';

/** The ids DESIGN.md starts the catalogue from ("The catalogue starts from these ids"). */
const DESIGN_IDS = [
  'RESP-SCHEMA', 'RESP-RUNS-REQUIRED', 'RESP-CONTENT-TYPE', 'RESP-INT64-EXACT', 'RESP-EXPERIMENT-SCOPE',
  'HDR-REQUEST-ID', 'HDR-NEXT-PAGE', 'HDR-USER-PRINCIPAL',
  'FILTER-METRIC-COMPARE', 'FILTER-PARAM-EQUALITY', 'FILTER-TAG-EQUALITY', 'FILTER-AND',
  'FILTER-QUOTED-IDENTIFIER', 'FILTER-MISSING-KEY', 'FILTER-LATEST-METRIC', 'FILTER-INVALID-400',
  'ORDER-DEFAULT', 'ORDER-BY-KEYS', 'ORDER-BY-DEFAULT-ASC', 'ORDER-BY-TIEBREAK', 'ORDER-RUN-ID-ASC',
  'ORDER-MISSING-LAST', 'ORDER-STRINGS-LEXICOGRAPHIC', 'ORDER-INVALID-400',
  'PAGE-MAX-RESULTS', 'PAGE-DEFAULT-1000', 'PAGE-50000-SUPPORTED', 'PAGE-EXHAUSTION', 'PAGE-TOKEN-END',
  'PAGE-NO-EMPTY-TAIL', 'PAGE-TOKEN-INVALID-400', 'PAGE-MAX-RESULTS-INVALID-400',
  'VIEW-DEFAULT-ACTIVE', 'VIEW-ACTIVE-ONLY', 'VIEW-DELETED-ONLY', 'VIEW-ALL', 'VIEW-INVALID-400',
  'ERR-400-SCHEMA', 'ERR-401', 'ERR-404', 'ERR-429', 'ERR-5XX-SCHEMA', 'ERR-NO-5XX', 'ERR-MALFORMED-BODY-400',
];

/** Strengths DESIGN.md decides; a change here is a change of what fails a server. */
const DECIDED_STRENGTHS: Record<string, Requirement['strength']> = {
  'ORDER-RUN-ID-ASC': 'inferred',
  'ORDER-STRINGS-LEXICOGRAPHIC': 'inferred',
  'ORDER-MISSING-LAST': 'upstream',
  'FILTER-MISSING-KEY': 'inferred',
  'FILTER-LATEST-METRIC': 'upstream',
  'FILTER-LIKE': 'upstream',
  'FILTER-ATTRIBUTE': 'upstream',
  'FILTER-RUN-ID-IN': 'upstream',
  'FILTER-BACKTICK-IDENTIFIER': 'upstream',
  'FILTER-DOUBLE-QUOTED-VALUE': 'upstream',
  'PAGE-NO-EMPTY-TAIL': 'upstream',
  'VIEW-INVALID-400': 'inferred',
  'HDR-NEXT-PAGE': 'inferred',
  'ERR-404-EXPERIMENT': 'inferred',
  'PAGE-DEFAULT-1000': 'documented',
  'FILTER-QUOTED-IDENTIFIER': 'documented',
  'ORDER-DEFAULT': 'documented',
};

/** The mlflow profile omits opc-* headers, path parameters and an empty `runs` (DESIGN.md). */
const OCI_ONLY = ['RESP-RUNS-REQUIRED', 'HDR-REQUEST-ID', 'HDR-NEXT-PAGE', 'HDR-REQUEST-ID-ACCEPTED', 'ERR-404'];

const SPEC_SHA256 = 'bc862cbe68f1319f904b2dd4b4919d5a1ed15671a67edf6ccd319de3756b35bd';

const specText = fs.readFileSync(SPEC_FILE, 'utf8');
// Parsed without the quote check, so that a bad quote fails its own row below.
const catalogue = parseCatalogue(fs.readFileSync(CATALOGUE_FILE, 'utf8'));

test.describe('the catalogue file', () => {
  test('loads: schema, unique ids and verbatim quotes all hold', () => {
    expect(() => loadCatalogue()).not.toThrow();
  });

  test('hash is the sha256 of the file bytes', () => {
    const expected = createHash('sha256').update(fs.readFileSync(CATALOGUE_FILE)).digest('hex');
    expect(loadCatalogue().hash).toBe(expected);
  });

  test('the spec copy is the published spec, unedited', () => {
    expect(createHash('sha256').update(fs.readFileSync(SPEC_FILE)).digest('hex')).toBe(SPEC_SHA256);
  });

  for (const id of DESIGN_IDS) {
    test(`holds DESIGN.md id ${id}`, () => {
      expect(catalogue.byId.has(id)).toBe(true);
    });
  }

  for (const [id, strength] of Object.entries(DECIDED_STRENGTHS)) {
    test(`${id} is ${strength}`, () => {
      expect(catalogue.byId.get(id)?.strength).toBe(strength);
    });
  }

  for (const id of OCI_ONLY) {
    test(`${id} applies to the oci profile only`, () => {
      expect(catalogue.byId.get(id)?.profiles).toEqual(['oci']);
    });
  }

  test('capabilities: ERR-401 needs auth, ERR-429 needs load', () => {
    expect(catalogue.byId.get('ERR-401')?.requires).toBe('auth');
    expect(catalogue.byId.get('ERR-429')?.requires).toBe('load');
  });

  test('an echoed opc-request-id is reported, never a requirement', () => {
    expect(catalogue.byId.has('HDR-REQUEST-ID-ECHO')).toBe(false);
  });

  for (const req of catalogue.requirements) {
    test(`${req.id} quotes the spec verbatim`, () => {
      expect(missingPassages(req.quote, specText)).toEqual([]);
    });
  }
});

test.describe('parseCatalogue rejects a malformed catalogue', () => {
  const valid = {
    id: 'FILTER-EXAMPLE',
    area: 'filter',
    title: 'An example MUST hold.',
    quote: 'If unspecified, defaults to 1000.',
    location: 'ListExperimentRunsDetails.max_results',
    strength: 'documented',
    profiles: ['oci', 'mlflow'],
  };
  const yamlOf = (...entries: object[]): string => stringify({ requirements: entries });

  test('accepts the valid entry', () => {
    const parsed = parseCatalogue(yamlOf(valid), { specText });
    expect(parsed.requirements.map((r) => r.id)).toEqual(['FILTER-EXAMPLE']);
    expect(parsed.byId.get('FILTER-EXAMPLE')?.strength).toBe('documented');
    expect(parsed.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  const cases: Array<{ name: string; entries: object[]; problem: string }> = [
    { name: 'inferred without reasoning', entries: [{ ...valid, strength: 'inferred' }], problem: "required property 'reasoning'" },
    { name: 'upstream without upstream_source', entries: [{ ...valid, strength: 'upstream', reasoning: 'r' }], problem: "required property 'upstream_source'" },
    { name: 'documented with upstream_source', entries: [{ ...valid, upstream_source: 'mlflow SA' }], problem: 'upstream_source: is not allowed here' },
    { name: 'unknown strength', entries: [{ ...valid, strength: 'likely' }], problem: 'strength: must be one of' },
    { name: 'duplicate id', entries: [valid, valid], problem: 'duplicate id, first at requirements[0]' },
    { name: 'lower-case id', entries: [{ ...valid, id: 'filter-example' }], problem: 'id: must match pattern' },
    { name: 'one-segment id', entries: [{ ...valid, id: 'FILTER' }], problem: 'id: must match pattern' },
    { name: 'area not matching the id', entries: [{ ...valid, area: 'order' }], problem: 'area: must be "filter"' },
    { name: 'unknown profile', entries: [{ ...valid, profiles: ['aws'] }], problem: 'must be one of "oci", "mlflow"' },
    { name: 'no profile', entries: [{ ...valid, profiles: [] }], problem: 'profiles: must NOT have fewer than 1 items' },
    { name: 'unknown capability', entries: [{ ...valid, requires: 'network' }], problem: 'requires: must be one of' },
    { name: 'unknown field', entries: [{ ...valid, tests: ['x'] }], problem: "unknown field 'tests'" },
    { name: 'missing quote', entries: [{ ...valid, quote: undefined }], problem: "required property 'quote'" },
    { name: 'blank title', entries: [{ ...valid, title: '  ' }], problem: 'title: must match pattern' },
  ];
  for (const { name, entries, problem } of cases) {
    test(`rejects ${name}`, () => {
      expect(() => parseCatalogue(yamlOf(...entries))).toThrow(problem);
    });
  }

  test('rejects a quote that is not in the spec, naming the passage', () => {
    const quote = 'If unspecified, defaults to 1000. … If unspecified, defaults to 100 runs.';
    expect(() => parseCatalogue(yamlOf({ ...valid, quote }), { specText })).toThrow(
      'FILTER-EXAMPLE.quote: not verbatim in the spec: "If unspecified, defaults to 100 runs."',
    );
  });

  test('lists every problem in one error', () => {
    const text = yamlOf({ ...valid, strength: 'inferred' }, { ...valid, id: 'ERR-X', area: 'filter' }, valid);
    expect(() => parseCatalogue(text)).toThrow(
      /3 problem\(s\)[\s\S]*\(FILTER-EXAMPLE\): must have required property 'reasoning'[\s\S]*\(ERR-X\)\.area: must be "errors"[\s\S]*requirements\[2\] \(FILTER-EXAMPLE\): duplicate id/,
    );
  });

  test('rejects YAML that does not parse, or has no requirements list', () => {
    expect(() => parseCatalogue('requirements: [\n')).toThrow('YAML:');
    expect(() => parseCatalogue('entries: []\n')).toThrow("required property 'requirements'");
    expect(() => parseCatalogue('requirements: []\n')).toThrow('must NOT have fewer than 1 items');
  });
});

test.describe('quotes', () => {
  test('whitespace and line breaks do not matter; passages joined with … are checked one by one', () => {
    expect(missingPassages('Maximum number\n   of runs desired.', specText)).toEqual([]);
    expect(missingPassages('Maximum number of runs desired. … If unspecified, defaults to 1000.', specText)).toEqual([]);
    expect(missingPassages('Maximum number of runs desired. … defaults to 10 runs', specText)).toEqual(['defaults to 10 runs']);
    expect(missingPassages(' … ', specText)).toEqual([' … ']);
  });
});

test.describe('requirementIdsIn', () => {
  const rows: Array<[title: string, ids: string[]]> = [
    ['FILTER-AND FILTER-QUOTED-IDENTIFIER: and is case-insensitive', ['FILTER-AND', 'FILTER-QUOTED-IDENTIFIER']],
    ['ERR-401: missing credentials', ['ERR-401']],
    ['  PAGE-DEFAULT-1000   PAGE-EXHAUSTION : 1001 bare runs', ['PAGE-DEFAULT-1000', 'PAGE-EXHAUSTION']],
    ['ERR-5XX-SCHEMA: body of a 500: code and message', ['ERR-5XX-SCHEMA']],
    ['FILTER-AND\tORDER-DEFAULT:x', ['FILTER-AND', 'ORDER-DEFAULT']],
    ['FILTER-AND and FILTER-LIKE: the leading ids only', ['FILTER-AND']],
    ['no ids here: FILTER-AND', []],
    ['FILTER-AND without a colon', []],
    ['filter-and: lower case is not an id', []],
    ['FILTER: one segment is not an id', []],
    ['', []],
  ];
  for (const [title, ids] of rows) {
    test(`${JSON.stringify(title)} names ${JSON.stringify(ids)}`, () => {
      expect(requirementIdsIn(title)).toEqual(ids);
    });
  }
});

test.describe('appliesTo', () => {
  const req = (profiles: Requirement['profiles'], requires?: Capability): Requirement => ({
    id: 'ERR-EXAMPLE',
    area: 'errors',
    title: 't',
    quote: 'q',
    location: 'l',
    strength: 'documented',
    profiles,
    ...(requires ? { requires } : {}),
  });
  const all = new Set<Capability>(['auth', 'load', 'writes']);

  test('applicable when the profile matches and nothing is required', () => {
    expect(appliesTo(req(['oci', 'mlflow']), { profile: 'mlflow', capabilities: new Set() })).toBe('applicable');
  });
  test('applicable when the required capability is declared', () => {
    expect(appliesTo(req(['oci'], 'writes'), { profile: 'oci', capabilities: new Set(['writes']) })).toBe('applicable');
  });
  test('not applicable to another profile, whatever the capabilities', () => {
    expect(appliesTo(req(['oci'], 'auth'), { profile: 'mlflow', capabilities: all })).toBe('not-applicable-profile');
    expect(appliesTo(req(['oci'], 'auth'), { profile: 'mlflow', capabilities: new Set() })).toBe('not-applicable-profile');
  });
  test('not applicable when the required capability is absent', () => {
    expect(appliesTo(req(['oci'], 'load'), { profile: 'oci', capabilities: new Set(['auth', 'writes']) })).toBe(
      'not-applicable-capability',
    );
  });
});
