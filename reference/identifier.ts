/**
 * `<entity>.<key>` or a bare attribute name, as MLflow reads them: the first dot splits entity
 * from key; the key may be double-quoted or backticked (then it may hold any character but that
 * quote); unquoted keys keep their dots (`tags.mlflow.runName`).
 */
import type { AttributeKey, Entity } from './model';
import type { Scanner } from './scanner';

export interface Identifier {
  entity: Entity;
  key: string;
}

const ENTITY_PREFIXES = new Map<string, Entity>([
  ['metric', 'metric'],
  ['metrics', 'metric'],
  ['param', 'param'],
  ['params', 'param'],
  ['parameter', 'param'],
  ['parameters', 'param'],
  ['tag', 'tag'],
  ['tags', 'tag'],
  ['attribute', 'attribute'],
  ['attributes', 'attribute'],
  ['attr', 'attribute'],
  ['run', 'attribute'],
]);

const ATTRIBUTE_NAMES = new Map<string, AttributeKey>([
  ['run_id', 'run_id'],
  ['run_name', 'run_name'],
  ['status', 'status'],
  ['user_id', 'user_id'],
  ['artifact_uri', 'artifact_uri'],
  ['start_time', 'start_time'],
  ['end_time', 'end_time'],
  ['created', 'start_time'],
  ['Created', 'start_time'],
]);

/** Filter-only aliases (MLflow does not accept them in order_by). */
const RUN_NAME_ALIASES = ['run name', 'Run name', 'Run Name'];

const UNQUOTED_KEY = /[A-Za-z0-9_.]+/y;

export function readIdentifier(scanner: Scanner, options: { runNameAliases: boolean }): Identifier {
  const quote = scanner.peek();
  const head = quote === '`' || quote === '"' ? scanner.readQuoted() : scanner.readWord();
  if (head === undefined) scanner.fail('expected an identifier');
  if (scanner.peek() !== '.' || quote === '"') return attribute(scanner, head, options);

  scanner.pos += 1;
  const entity = ENTITY_PREFIXES.get(head);
  if (entity === undefined) {
    scanner.fail(`invalid entity type '${head}', expected metric, parameter, tag or attribute`);
  }
  const key = readKey(scanner);
  return entity === 'attribute' ? attribute(scanner, key, options) : { entity, key };
}

function readKey(scanner: Scanner): string {
  const quote = scanner.peek();
  let key: string | undefined;
  if (quote === '"' || quote === '`') {
    key = scanner.readQuoted();
  } else {
    UNQUOTED_KEY.lastIndex = scanner.pos;
    key = UNQUOTED_KEY.exec(scanner.text)?.[0];
    scanner.pos += key?.length ?? 0;
  }
  if (!key) scanner.fail('expected a key after the entity type');
  return key;
}

function attribute(scanner: Scanner, name: string, options: { runNameAliases: boolean }): Identifier {
  const key =
    ATTRIBUTE_NAMES.get(name) ??
    (options.runNameAliases && RUN_NAME_ALIASES.includes(name) ? 'run_name' : undefined);
  if (key === undefined) {
    scanner.fail(`invalid attribute key '${name}', expected one of ${[...ATTRIBUTE_NAMES.keys()].join(', ')}`);
  }
  return { entity: 'attribute', key };
}
