/** The shape of one entry of openapi/requirements.yaml (see requirements.schema.json). */
import type { Capability, Profile } from '../config';

export const AREAS = ['response', 'headers', 'filter', 'order', 'pagination', 'view-type', 'errors'] as const;
export type Area = (typeof AREAS)[number];

export const STRENGTHS = ['documented', 'inferred', 'upstream'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** UPPER-KEBAB with at least two segments, as the schema's id pattern. */
export const REQUIREMENT_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;

export interface Requirement {
  id: string;
  area: Area;
  /** What must be true, RFC 2119 keywords. */
  title: string;
  /** Verbatim spec text; non-adjacent passages joined with " … " (see quotePassages). */
  quote: string;
  location: string;
  strength: Strength;
  /** Required unless documented. */
  reasoning?: string;
  /** Required when upstream: MLflow's behaviour, by research source key. */
  upstream_source?: string;
  profiles: Profile[];
  requires?: Capability;
}

export interface Catalogue {
  requirements: Requirement[];
  byId: Map<string, Requirement>;
  /** sha256 (hex) of the catalogue file's bytes; every report records it. */
  hash: string;
}
