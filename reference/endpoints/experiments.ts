/** MLflow's experiment endpoints, as far as seeding and sweeping need them. */
import { ApiError, invalidParameter } from '../errors';
import { likeRegExp } from '../match';
import { VIEW_TYPES, type ExperimentRecord, type ViewType } from '../model';
import { decodePageToken, encodePageToken, paginate } from '../pagination';
import { isViewType, optional, validateSearchRequest } from '../search-request';
import { serializeExperiment } from '../serialize';
import { stageChange, type Endpoint } from './endpoint';
import { keyValues, optionalString, requiredString } from './fields';

const createExperiment: Endpoint = {
  method: 'POST',
  handle({ store, body }) {
    const name = requiredString(body, 'name');
    const tags = keyValues(body, 'tags', 100);
    const experiment = store.createExperiment(name, optionalString(body, 'artifact_location'), tags);
    return { body: { experiment_id: experiment.experimentId } };
  },
};

const getExperiment: Endpoint = {
  method: 'GET',
  handle({ profile, store, body }) {
    const experiment = store.experiment(requiredString(body, 'experiment_id'));
    return { body: { experiment: serializeExperiment(experiment, profile) } };
  },
};

const getExperimentByName: Endpoint = {
  method: 'GET',
  handle({ profile, store, body }) {
    const name = requiredString(body, 'experiment_name');
    const experiment = store.experimentByName(name);
    if (!experiment) throw new ApiError('not_found', `Could not find experiment with name '${name}'.`);
    return { body: { experiment: serializeExperiment(experiment, profile) } };
  },
};

/** Only what a sweep needs: `name = '…'`, `name != '…'`, `name LIKE '…'`, `name ILIKE '…'`. */
const NAME_FILTER = /^\s*(?:(?:attributes?|attr)\.)?name\s*(=|!=|\s(?:I?LIKE)\s)\s*(?:'([^']*)'|"([^"]*)")\s*$/i;

function nameFilter(filter: string): (experiment: ExperimentRecord) => boolean {
  if (filter.trim() === '') return () => true;
  const [, comparator = '', single, double] = NAME_FILTER.exec(filter) ?? [];
  const value = single ?? double;
  if (value === undefined) throw invalidParameter(`Unsupported experiments filter '${filter}'.`);
  const operator = comparator.trim().toUpperCase();
  if (operator === '=') return (e) => e.name === value;
  if (operator === '!=') return (e) => e.name !== value;
  const pattern = likeRegExp(value, operator === 'ILIKE');
  return (e) => pattern.test(e.name);
}

const searchExperiments: Endpoint = {
  method: 'POST',
  handle({ profile, store, limits, body }) {
    // The shared fields validate as in runs/search; the view type is named view_type here.
    const request = validateSearchRequest({ ...body, run_view_type: undefined }, limits);
    const viewType = optional(body, 'view_type', isViewType, `one of ${VIEW_TYPES.join(', ')}`) ?? 'ACTIVE_ONLY';
    const matches = nameFilter(request.filter);
    const queryKey = JSON.stringify(['experiments/search', request.filter, viewType]);
    const offset = request.pageToken === undefined ? 0 : decodePageToken(request.pageToken, queryKey);
    const found = store
      .experiments()
      .filter((e) => inView(e, viewType) && matches(e))
      .sort((a, b) => Number(a.experimentId) - Number(b.experimentId));
    const page = paginate(found, offset, request.maxResults);
    const experiments = page.items.map((e) => serializeExperiment(e, profile));
    return {
      body: {
        experiments: profile === 'mlflow' && experiments.length === 0 ? undefined : experiments,
        next_page_token: page.nextOffset === undefined ? undefined : encodePageToken(page.nextOffset, queryKey),
      },
    };
  },
};

function inView(experiment: ExperimentRecord, viewType: ViewType): boolean {
  return viewType === 'ALL' || (experiment.lifecycleStage === 'active') === (viewType === 'ACTIVE_ONLY');
}

export const experimentEndpoints: Record<string, Endpoint> = {
  'experiments/create': createExperiment,
  'experiments/delete': stageChange('experiment_id', 'deleted'),
  'experiments/restore': stageChange('experiment_id', 'active'),
  'experiments/get': getExperiment,
  'experiments/get-by-name': getExperimentByName,
  'experiments/search': searchExperiments,
};
