/**
 * run_view_type (spec: "If unspecified, returns only active runs"): ACTIVE_ONLY keeps runs not
 * deleted, DELETED_ONLY the deleted ones, ALL both.
 */
import type { RunViewType, SeededRun } from './model';

export function inView(run: SeededRun, view: RunViewType | undefined): boolean {
  switch (view ?? 'ACTIVE_ONLY') {
    case 'ACTIVE_ONLY':
      return !run.deleted;
    case 'DELETED_ONLY':
      return run.deleted;
    case 'ALL':
      return true;
  }
}
