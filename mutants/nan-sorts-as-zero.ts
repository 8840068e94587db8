import { byKeys, compareKey } from './support/order';
import { mutant } from './mutant';

export default mutant({
  name: 'nan-sorts-as-zero',
  requirements: ['ORDER-NAN-AFTER-NUMBERS'],
  description: 'A NaN metric sorts as 0 among the numbers, as FastTrackML, which stores NaN as 0 and orders by the stored value.',
  behaviour: {
    compareRuns: byKeys((a, b, key) => {
      const zeroed = (v: typeof a) => (typeof v === 'number' && Number.isNaN(v) ? 0 : v);
      return compareKey(zeroed(a), zeroed(b), key);
    }),
  },
});
