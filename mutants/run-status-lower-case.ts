import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'run-status-lower-case',
  requirements: ['RESP-SCHEMA'],
  description: "info.status is written in lower case ('finished'), outside the enum of RunStatus.",
  behaviour: {
    serializeRun(run, profile) {
      const json = defaultBehaviour.serializeRun(run, profile);
      return { ...json, info: { ...(json.info as Record<string, unknown>), status: run.status.toLowerCase() } };
    },
  },
});
