import { defaultBehaviour } from '../reference';
import { mutant } from './mutant';

/** The one spelling this server reads as an attribute column. */
const CANONICAL = /^attributes\.(run_id|run_name|status|start_time|end_time|user_id|artifact_uri)( |$)/;

export default mutant({
  name: 'order-attribute-alias-ignored',
  requirements: ['ORDER-ATTRIBUTE-ALIASES'],
  description: 'order_by reads attributes.<name> only: attr./run. prefixes, bare names and created are accepted and ignored.',
  behaviour: {
    parseOrderBy: (orderBy) =>
      orderBy.flatMap((entry) => defaultBehaviour.parseOrderBy([entry]).filter((key) => key.entity !== 'attribute' || CANONICAL.test(entry))),
  },
});
