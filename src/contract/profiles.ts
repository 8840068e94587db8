import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { OpenAPIV3_1 } from 'openapi-types';
import { PROJECT_ROOT, type Profile } from '../config';

const OCI_FILE = path.join(PROJECT_ROOT, 'openapi', 'list-experiment-runs.openapi.yaml');
export const GENERATED_MLFLOW_FILE = path.join(PROJECT_ROOT, 'openapi', 'generated', 'mlflow.openapi.yaml');
const GENERATED_HEADER =
  '# generated from list-experiment-runs.openapi.yaml by scripts/write-openapi.ts; do not edit\n';

const MLFLOW_PATH = '/api/2.0/mlflow/runs/search';
const isOpcHeader = (name: string): boolean => name.toLowerCase().startsWith('opc-');

export function loadOciDocument(): OpenAPIV3_1.Document {
  return parse(fs.readFileSync(OCI_FILE, 'utf8')) as OpenAPIV3_1.Document;
}

/**
 * The MLflow wire conventions of DESIGN.md (TARGET_PROFILE=mlflow): MLflow's own path, no opc-*
 * headers, `{error_code, message}` errors, and `runs` optional because MLflow omits empty
 * repeated fields (an empty result is `{}`). Everything else stays as the spec says.
 */
export function mlflowProfile(oci: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const doc = structuredClone(oci);
  const [pathItem, ...others] = Object.values(doc.paths ?? {});
  const operation = pathItem?.post;
  if (!pathItem || !operation || others.length > 0) throw new Error('expected exactly one POST path');
  Object.assign(doc.info, { 'x-profile': 'mlflow' });
  doc.paths = { [MLFLOW_PATH]: pathItem };

  operation.parameters = operation.parameters?.filter((p) => {
    if ('$ref' in p) throw new Error(`parameters must be inline, got ${p.$ref}`);
    return p.in !== 'path' && !isOpcHeader(p.name);
  });
  for (const response of Object.values(operation.responses ?? {})) {
    if ('$ref' in response) throw new Error(`responses must be inline, got ${response.$ref}`);
    dropOpcKeys(response, 'headers');
  }
  if (doc.components) dropOpcKeys(doc.components, 'headers');

  const schemas = doc.components?.schemas ?? {};
  const collection = schemas.ExperimentRunCollection;
  if (!collection?.required) throw new Error('ExperimentRunCollection.required missing');
  collection.required = collection.required.filter((name) => name !== 'runs');
  if (collection.required.length === 0) delete collection.required;
  schemas.Error = {
    type: 'object',
    description: "Error information, as MLflow sends it: the spec's `code` is named `error_code`.",
    required: ['error_code', 'message'],
    properties: {
      error_code: {
        type: 'string',
        description: 'A short error code that defines the error, meant for programmatic parsing.',
        examples: ['INVALID_PARAMETER_VALUE'],
      },
      message: { type: 'string', description: 'A human-readable error message.' },
    },
  };
  return doc;
}

/** Drops the opc-* entries of a header map keyed by header name, and the map when nothing is left. */
function dropOpcKeys<K extends string>(owner: { [key in K]?: Record<string, unknown> }, key: K): void {
  const headers = owner[key];
  if (!headers) return;
  for (const name of Object.keys(headers)) if (isOpcHeader(name)) delete headers[name];
  if (Object.keys(headers).length === 0) delete owner[key];
}

export function documentFor(profile: Profile): OpenAPIV3_1.Document {
  const oci = loadOciDocument();
  return profile === 'oci' ? oci : mlflowProfile(oci);
}

/** The exact text of GENERATED_MLFLOW_FILE; the unit test compares the file with it. */
export function renderMlflowYaml(): string {
  return GENERATED_HEADER + stringify(mlflowProfile(loadOciDocument()));
}
