/**
 * A quote is verbatim spec text. Line breaks in the spec are layout, not content, so text is
 * compared with every whitespace run collapsed to one space.
 */

const PASSAGE_SEPARATOR = '…';

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The passages of a quote: non-adjacent spec passages are joined with " … ". */
export function quotePassages(quote: string): string[] {
  return quote.split(PASSAGE_SEPARATOR).map(normaliseWhitespace).filter((p) => p.length > 0);
}

/** Passages of `quote` that do not occur in `specText`; empty when the quote is verbatim. */
export function missingPassages(quote: string, specText: string): string[] {
  const spec = normaliseWhitespace(specText);
  const passages = quotePassages(quote);
  if (passages.length === 0) return [quote];
  return passages.filter((passage) => !spec.includes(passage));
}
