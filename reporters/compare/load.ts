/** Reading the two reports of a comparison; anything unreadable is a CompareInputError (exit 2). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPORT_FORMAT, type CertificationReport } from '../report';

/** A bad argument or an unreadable report: the command says it in one line and exits 2. */
export class CompareInputError extends Error {}

/** certification.json of a report folder (or that file itself), and the folder it is in. */
export function loadReport(path: string): { report: CertificationReport; dir: string } {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const file = isDir ? join(path, 'certification.json') : path;
  if (!existsSync(file)) throw new CompareInputError(`${file} does not exist`);
  let report: Partial<CertificationReport>;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Partial<CertificationReport>;
  } catch (error) {
    throw new CompareInputError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (report?.format !== REPORT_FORMAT || !Array.isArray(report.requirements) || !Array.isArray(report.failures) || !report.tests) {
    throw new CompareInputError(`${file} is not a certification report (${REPORT_FORMAT})`);
  }
  return { report: report as CertificationReport, dir: isDir ? path : dirname(file) };
}
