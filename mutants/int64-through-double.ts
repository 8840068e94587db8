import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

type Json = Record<string, unknown>;
const viaDouble = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

export default mutant({
  name: 'int64-through-double',
  requirements: ['RESP-INT64-EXACT'],
  description: 'int64 fields pass through a double on the way out, so values beyond 2^53 are rounded (a JSON encoder without int64 support).',
  behaviour: {
    serializeRun(run, profile) {
      const json = defaultBehaviour.serializeRun(run, profile);
      const info = json.info as Json;
      const data = json.data as Json;
      const metrics = (data.metrics as Json[] | undefined)?.map((m) => ({ ...m, timestamp: viaDouble(m.timestamp), step: viaDouble(m.step) }));
      return {
        ...json,
        info: { ...info, start_time: viaDouble(info.start_time), end_time: viaDouble(info.end_time) },
        data: { ...data, metrics },
      };
    },
  },
});
