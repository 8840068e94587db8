/**
 * The searchable value of a metric is its latest point (upstream, research §5: SA
 * `_compare_metrics`, FS `_get_metric_from_file`): the highest step, then the latest timestamp,
 * then the largest value. Logging order plays no part.
 */
import type { MetricPoint, RunSpec } from './model';

export function latestMetrics(run: RunSpec): Map<string, MetricPoint> {
  const latest = new Map<string, MetricPoint>();
  for (const point of run.metrics) {
    const current = latest.get(point.key);
    if (current === undefined || isLater(point, current)) latest.set(point.key, point);
  }
  return latest;
}

function isLater(a: MetricPoint, b: MetricPoint): boolean {
  if (a.step !== b.step) return a.step > b.step;
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
  return a.value > b.value;
}
