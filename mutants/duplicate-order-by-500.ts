import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'duplicate-order-by-500',
  requirements: ['ERR-NO-5XX'],
  description: 'An order_by list naming one column twice fails with 500 (MLflow\'s SQL store raises an MlflowException without an error code).',
  behaviour: {
    parseOrderBy(orderBy) {
      const keys = defaultBehaviour.parseOrderBy(orderBy);
      const columns = keys.map((k) => `${k.entity}.${k.key}`);
      if (new Set(columns).size < columns.length) throw new Error('duplicate order_by column');
      return keys;
    },
  },
});
