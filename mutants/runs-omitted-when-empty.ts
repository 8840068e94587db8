import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'runs-omitted-when-empty',
  requirements: ['RESP-RUNS-REQUIRED'],
  description: 'A search that matches nothing answers {} without `runs`, as MLflow\'s protobuf JSON omits empty repeated fields.',
  behaviour: {
    serializeCollection(profile, runs, nextPageToken) {
      const json = defaultBehaviour.serializeCollection(profile, runs, nextPageToken);
      if (runs.length > 0) return json;
      const { runs: _omitted, ...rest } = json;
      return rest;
    },
  },
});
