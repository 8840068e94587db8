import { defaultBehaviour } from '../reference';
import { invalidParameter } from '../reference';
import { mutant } from './mutant';

export default mutant({
  name: 'order-direction-upper-case-only',
  requirements: ['ORDER-DIRECTION-ANY-CASE'],
  description: "asc and desc in lower or mixed case are a 400: the direction pattern is upper case only (FastTrackML).",
  behaviour: {
    parseOrderBy(orderBy) {
      const lower = orderBy.find((entry) => /\s(asc|desc)$/i.test(entry) && !/\s(ASC|DESC)$/.test(entry));
      if (lower !== undefined) throw invalidParameter(`Invalid order_by clause '${lower}'.`);
      return defaultBehaviour.parseOrderBy(orderBy);
    },
  },
});
