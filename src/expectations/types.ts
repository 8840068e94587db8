/** One expected failure; openapi/expectations.schema.json is its schema. */
export interface Expectation {
  requirement: string;
  /** Only this failure signature of the requirement is expected; absent: any FAIL of it. */
  signature?: string;
  reason: string;
  link?: string;
  evidence?: string;
}

/** An expectation file as written: its entries, and other files whose entries apply too. */
export interface ExpectationFile {
  include?: string[];
  expectations: Expectation[];
}

/** The entries that apply, with the file each was written in (shown from the project root). */
export interface Expectations {
  /** The file SUITE_EXPECTATIONS named. */
  file: string;
  entries: (Expectation & { from: string })[];
}
