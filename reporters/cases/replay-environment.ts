/**
 * The environment a case replays in. The target comes from TARGET_* when set (another server, its
 * credentials), else from the case (the same server; a fresh embedded reference server when the
 * case was recorded on one). The seed, tier and mode always come from the case: they decide which
 * data and which cases are generated, so they are part of what is replayed.
 */
import { redactUrl } from '../../src/client';
import { EMBEDDED_URL_VARIABLE, SHARED_DATA_VARIABLE, type Env } from '../../src/config';
import type { CaseFile } from './format';

export function replayEnvironment(kase: CaseFile, env: Env): Env {
  const r = kase.recorded;
  const recordedTarget: Env = {
    TARGET_PROFILE: r.profile,
    TARGET_PLATFORM_ID: r.platformId,
    TARGET_WORKSPACE_KEY: r.workspaceKey,
    TARGET_AUTH: r.auth,
    ...(r.targetUrl ? { TARGET_URL: r.targetUrl } : {}),
  };
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // An embedded URL of an earlier run is never reused; a replay of an embedded case starts its own.
  delete given[EMBEDDED_URL_VARIABLE];
  delete given[SHARED_DATA_VARIABLE];
  const out: Env = { ...recordedTarget, ...given, SUITE_SEED: String(r.seed), SUITE_TIER: r.tier, SUITE_MODE: r.mode };
  // Credentials of the recorded kind make no sense without the recorded server (embedded runs have none).
  if (!out.TARGET_URL && out.TARGET_AUTH !== 'none') out.TARGET_AUTH = 'none';
  return out;
}

/** Where the replay goes, for the first line of its output. */
export function describeReplayTarget(env: Env): string {
  return env.TARGET_URL ? `${redactUrl(env.TARGET_URL).replace(/\/$/, '')} (profile ${env.TARGET_PROFILE})` : `a fresh embedded reference server (profile ${env.TARGET_PROFILE})`;
}
