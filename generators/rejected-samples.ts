/**
 * For the generators' unit tests: every sample of an invalid-input arbitrary must be refused by the
 * oracle's parser with its syntax error (anything else, or acceptance, means the generator made a
 * valid input or the oracle has a hole). Returns the samples the parser did not refuse that way,
 * and the categories the samples covered.
 */
export function unrefusedSamples<S extends { category: string }>(
  samples: readonly S[],
  parse: (sample: S) => unknown,
  syntaxError: abstract new (...args: never[]) => Error,
): { unrefused: S[]; categories: string[] } {
  const unrefused = samples.filter((sample) => {
    try {
      parse(sample);
      return true;
    } catch (error) {
      return !(error instanceof syntaxError);
    }
  });
  return { unrefused, categories: [...new Set(samples.map((s) => s.category))].sort() };
}
