import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-by-bare-key-descending',
  requirements: ['ORDER-BY-DEFAULT-ASC'],
  description: 'An order_by entry without annotation sorts descending (the default direction is wrong).',
  behaviour: {
    parseOrderBy: (orderBy) =>
      defaultBehaviour.parseOrderBy(orderBy).map((key, i) => (/\s(asc|desc)$/i.test(orderBy[i]!) ? key : { ...key, ascending: false })),
  },
});
