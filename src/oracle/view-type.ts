/**
 * run_view_type (spec: "If unspecified, returns only active runs"): ACTIVE_ONLY keeps runs not
 * deleted, DELETED_ONLY the deleted ones, ALL both.
 */
import type { RunViewType, SeededRun } from './model';

export function inView(run: SeededRun, view: RunViewType | undefined): boolean {
  return stageInView(run.deleted, view);
}

/** The same for a run known only by whether it is deleted (the lifecycle model's runs). */
export function stageInView(deleted: boolean, view: RunViewType | undefined): boolean {
  switch (view ?? 'ACTIVE_ONLY') {
    case 'ACTIVE_ONLY':
      return !deleted;
    case 'DELETED_ONLY':
      return deleted;
    case 'ALL':
      return true;
  }
}
