/**
 * The response contract's validators, compiled once per profile (with the project's one Ajv
 * setup, ./ajv.ts) from the OpenAPI document in openapi/. Only `components` is registered under
 * one $id so `#/components/schemas/X` refs resolve as written; `components` is declared as a
 * keyword whose values must be 2020-12 schemas, so strict mode still applies in full to the
 * schemas themselves.
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { createAjv } from './ajv';
import { documentFor } from './profiles';
import type { Profile } from '../config';

const SCHEMA_ID = 'openapi.json';
const compiled = new Map<Profile, ReturnType<typeof componentSchemas>>();

/**
 * One Ajv over a document's component schemas; `schemaFor(name)` gets a compiled validator.
 * Exported for the OpenAPI document's own tests, so they check exactly what the suite uses.
 */
export function componentSchemas(schemas: Record<string, unknown>): { ajv: Ajv2020; schemaFor(name: string): ValidateFunction } {
  const ajv = createAjv();
  ajv.addKeyword({
    keyword: 'components',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { $ref: 'https://json-schema.org/draft/2020-12/schema' } },
      },
    },
  });
  ajv.addSchema({ $id: SCHEMA_ID, components: { schemas } });
  return {
    ajv,
    schemaFor(name) {
      const validate = ajv.getSchema(`${SCHEMA_ID}#/components/schemas/${name}`);
      if (!validate) throw new Error(`the OpenAPI document has no schema ${name}`);
      return validate;
    },
  };
}

function ajvFor(profile: Profile): ReturnType<typeof componentSchemas> {
  const existing = compiled.get(profile);
  if (existing) return existing;
  const built = componentSchemas((documentFor(profile).components?.schemas ?? {}) as Record<string, unknown>);
  compiled.set(profile, built);
  return built;
}

export function validatorFor(profile: Profile, schemaName: string): ValidateFunction {
  return ajvFor(profile).schemaFor(schemaName);
}

export function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'} (schema ${e.schemaPath})`);
}
