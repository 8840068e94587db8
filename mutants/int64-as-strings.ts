import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'int64-as-strings',
  requirements: ['RESP-SCHEMA'],
  description: 'start_time and end_time are JSON strings, as canonical protobuf JSON writes int64 (MLflow adds a pass to turn them back into numbers).',
  behaviour: {
    serializeRun(run, profile) {
      const json = defaultBehaviour.serializeRun(run, profile);
      const info = json.info as Record<string, unknown>;
      const endTime = run.endTime === undefined ? undefined : String(run.endTime);
      return { ...json, info: { ...info, start_time: String(run.startTime), end_time: endTime } };
    },
  },
});
