/**
 * Writes a report bundle once: certification.json, .md, .html and one case file per failed test
 * of a FAIL row, every text scrubbed of the known secret values. Stale case files of an earlier
 * run in the same folder are removed first, so the bundle never points at another run's cases.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactText } from '../src/client';
import { buildCase } from './cases/build';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';
import type { CertificationReport } from './report';
import type { RunInfo } from './run-info';

export function writeBundle(dir: string, report: CertificationReport, info: RunInfo, secrets: readonly string[] = []): void {
  const write = (file: string, text: string) => writeFileSync(file, redactText(text, secrets));
  const cases = join(dir, 'cases');
  rmSync(cases, { recursive: true, force: true });
  mkdirSync(cases, { recursive: true });
  for (const row of report.requirements) {
    for (const e of row.evidence ?? []) {
      const kase = buildCase(row.id, { title: e.test, file: e.file, line: e.line }, e, info);
      write(e.caseFile, JSON.stringify(kase, null, 2) + '\n');
    }
  }
  write(join(dir, 'certification.json'), JSON.stringify(report, null, 2) + '\n');
  write(join(dir, 'certification.md'), renderMarkdown(report));
  write(join(dir, 'certification.html'), renderHtml(report));
}
