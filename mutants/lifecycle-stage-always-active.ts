import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'lifecycle-stage-always-active',
  requirements: ['VIEW-LIFECYCLE-STAGE'],
  description: "info.lifecycle_stage reports the experiment's stage ('active'), also for a deleted run: the spec's wording taken literally.",
  behaviour: {
    serializeRun(run, profile) {
      const json = defaultBehaviour.serializeRun(run, profile);
      return { ...json, info: { ...(json.info as Record<string, unknown>), lifecycle_stage: 'active' } };
    },
  },
});
