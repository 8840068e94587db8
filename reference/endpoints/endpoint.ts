/** What every endpoint receives and returns. */
import type { Behaviour } from '../behaviour';
import type { Profile } from '../model';
import type { SearchLimits } from '../search-request';
import type { Store } from '../store';
import { requiredString, type Body } from './fields';

export interface EndpointContext {
  profile: Profile;
  store: Store;
  behaviour: Behaviour;
  limits: SearchLimits;
  /** The JSON object of a POST, or the query string of a GET. */
  body: Body;
}

export interface EndpointResult {
  body: Record<string, unknown>;
  /** Set by runs/search when there is a next page (it becomes opc-next-page in the oci profile). */
  nextPageToken?: string;
}

export interface Endpoint {
  method: 'GET' | 'POST';
  handle(context: EndpointContext): EndpointResult;
}

/** delete / restore: POST {<idField>} moves what it names to a lifecycle stage; answers {}. */
export function stageChange(idField: 'experiment_id' | 'run_id', stage: 'active' | 'deleted'): Endpoint {
  return {
    method: 'POST',
    handle({ store, body }) {
      const id = requiredString(body, idField);
      if (idField === 'experiment_id') store.setExperimentStage(id, stage);
      else store.setRunStage(id, stage);
      return { body: {} };
    },
  };
}
