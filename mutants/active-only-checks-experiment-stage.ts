import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'active-only-checks-experiment-stage',
  requirements: ['VIEW-ACTIVE-ONLY', 'VIEW-DEFAULT-ACTIVE'],
  description: "ACTIVE_ONLY hides only the runs of deleted experiments: a run deleted on its own leaks into it (the experiment's stage is checked, not the run's).",
  behaviour: {
    inView: (run, viewType) =>
      viewType === 'ACTIVE_ONLY' ? run.lifecycleStage === 'active' || !run.deletedWithExperiment : defaultBehaviour.inView(run, viewType),
  },
});
