/** `npm run compare` without the process: read both reports, compare, write compare.json and compare.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareArgs } from './args';
import { compareReports, type Comparison } from './compare';
import { CompareInputError, loadReport } from './load';
import { renderComparison } from './render';

export interface CompareRun {
  comparison: Comparison;
  markdown: string;
  /** Where compare.json and compare.md were written. */
  outDir: string;
}

export function runCompare(args: CompareArgs): CompareRun {
  const base = loadReport(args.base);
  const candidate = loadReport(args.candidate);
  const comparison = compareReports(base.report, candidate.report, args.options, { base: args.base, candidate: args.candidate });
  const markdown = renderComparison(comparison);
  const outDir = args.out ?? candidate.dir;
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'compare.json'), JSON.stringify(comparison, null, 2) + '\n');
    writeFileSync(join(outDir, 'compare.md'), markdown);
  } catch (error) {
    throw new CompareInputError(`cannot write the comparison into ${outDir}: ${(error as Error).message}`);
  }
  return { comparison, markdown, outDir };
}
