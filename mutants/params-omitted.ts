import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'params-omitted',
  requirements: ['RESP-RUN-DATA'],
  description: 'Runs come back without their params (the search query never joins the params table).',
  behaviour: {
    serializeRun(run, profile) {
      const json = defaultBehaviour.serializeRun(run, profile);
      return { ...json, data: { ...(json.data as Record<string, unknown>), params: [] } };
    },
  },
});
