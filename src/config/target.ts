/**
 * The validated description of what the suite talks to. Built once from the environment by
 * `loadTarget` (./env.ts); everything else receives it and never reads process.env.
 */

export const PROFILES = ['oci', 'mlflow'] as const;
export type Profile = (typeof PROFILES)[number];

export const AUTH_KINDS = ['none', 'bearer', 'basic', 'oci'] as const;
export type AuthKind = (typeof AUTH_KINDS)[number];

export const MODES = ['seed', 'readonly'] as const;
export type Mode = (typeof MODES)[number];

export const TIERS = ['smoke', 'standard', 'full'] as const;
export type Tier = (typeof TIERS)[number];

export type Capability = 'auth' | 'load' | 'writes';

export type Auth =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'oci'; configFile: string; profile: string };

export interface Target {
  /** Origin plus optional prefix, without a trailing slash. */
  baseUrl: string;
  /** True when the suite started the bundled reference server itself. */
  embedded: boolean;
  profile: Profile;
  platformId: string;
  workspaceKey: string;
  auth: Auth;
  userPrincipal?: string;
  mode: Mode;
  tier: Tier;
  allowLoad: boolean;
  strict: boolean;
  seed: number;
  /** The implementation's name for the reports (SUITE_IMPLEMENTATION), e.g. "mlflow". */
  implementation?: string;
  /** The expected failures the gate compares with (SUITE_EXPECTATIONS, absolute) and whether an unexpected pass fails it. */
  expectations?: { file: string; strict: boolean };
  /** readonly mode: the existing experiments to search (SUITE_EXPERIMENT_IDS); unset: all active ones. */
  experimentIds?: string[];
}

/** The MLflow endpoints that change data; a readonly run never sends them. */
export const WRITE_ENDPOINTS: ReadonlySet<string> = new Set([
  'experiments/create',
  'experiments/delete',
  'experiments/restore',
  'experiments/update',
  'experiments/set-experiment-tag',
  'experiments/delete-experiment-tag',
  'runs/create',
  'runs/update',
  'runs/delete',
  'runs/restore',
  'runs/log-batch',
  'runs/log-metric',
  'runs/log-parameter',
  'runs/log-inputs',
  'runs/log-model',
  'runs/set-tag',
  'runs/delete-tag',
]);

/** Path of an MLflow endpoint ("runs/search", "experiments/create", …) under the profile's base. */
export function endpointPath(target: Target, endpoint: string): string {
  const mlflow = `/api/2.0/mlflow/${endpoint}`;
  if (target.profile === 'mlflow') return mlflow;
  const platform = encodeURIComponent(target.platformId);
  const workspace = encodeURIComponent(target.workspaceKey);
  return `/20260430/aiDataPlatforms/${platform}/workspaces/${workspace}/mlops${mlflow}`;
}

export function endpointUrl(target: Target, endpoint: string): string {
  return target.baseUrl + endpointPath(target, endpoint);
}

/** What the configuration declares the target can do; a missing capability makes checks NOT_APPLICABLE. */
export function capabilities(target: Target): Set<Capability> {
  const caps = new Set<Capability>();
  if (target.auth.kind !== 'none') caps.add('auth');
  if (target.allowLoad) caps.add('load');
  if (target.mode === 'seed') caps.add('writes');
  return caps;
}

/** The target as it may appear in a report: no credentials, no userinfo in the URL. */
export function describeTarget(target: Target): Record<string, string | boolean | number> {
  const url = new URL(target.baseUrl);
  url.username = '';
  url.password = '';
  return {
    url: target.embedded ? 'embedded reference server' : url.toString().replace(/\/$/, ''),
    profile: target.profile,
    auth: target.auth.kind,
    mode: target.mode,
    tier: target.tier,
    allowLoad: target.allowLoad,
    strict: target.strict,
    seed: target.seed,
    ...(target.implementation ? { implementation: target.implementation } : {}),
  };
}
