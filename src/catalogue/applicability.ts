import type { Capability, Profile } from '../config';
import type { Requirement } from './types';

export type Applicability = 'applicable' | 'not-applicable-profile' | 'not-applicable-capability';

export interface ApplicabilityContext {
  profile: Profile;
  /** What the target configuration declares (src/config `capabilities`). */
  capabilities: ReadonlySet<Capability>;
}

/** Whether a requirement is checked on this target; the profile is decided before capabilities. */
export function appliesTo(req: Requirement, { profile, capabilities }: ApplicabilityContext): Applicability {
  if (!req.profiles.includes(profile)) return 'not-applicable-profile';
  if (req.requires !== undefined && !capabilities.has(req.requires)) return 'not-applicable-capability';
  return 'applicable';
}
