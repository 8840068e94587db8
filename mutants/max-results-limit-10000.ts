import { mutant } from './mutant';

export default mutant({
  name: 'max-results-limit-10000',
  requirements: ['PAGE-50000-SUPPORTED'],
  description: 'max_results above 10 000 is a 400, below the 50 000 every server is guaranteed to support.',
  options: { maxResultsLimit: 10_000 },
});
