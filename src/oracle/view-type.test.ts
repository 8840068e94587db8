/** inView: spec run_view_type: "Allowed Values: [ "ACTIVE_ONLY", "DELETED_ONLY", "ALL" ] ... If unspecified, returns only active runs." */
import { expect, test } from '@playwright/test';
import type { RunViewType } from './model';
import { runFixture } from './run-fixture';
import { inView } from './view-type';

const ROWS: { view: RunViewType | undefined; active: boolean; deleted: boolean }[] = [
  { view: undefined, active: true, deleted: false },
  { view: 'ACTIVE_ONLY', active: true, deleted: false },
  { view: 'DELETED_ONLY', active: false, deleted: true },
  { view: 'ALL', active: true, deleted: true },
];

for (const row of ROWS) {
  test(`inView ${row.view ?? '(unspecified)'}: active ${row.active}, deleted ${row.deleted}`, () => {
    expect(inView(runFixture('a', { deleted: false }), row.view)).toBe(row.active);
    expect(inView(runFixture('d', { deleted: true }), row.view)).toBe(row.deleted);
  });
}
