import type { MetricReading } from '@cchc/domain';
import type { MeasureView, TargetView } from './use-cases/evaluate-targets.js';

function presentReading(r: MetricReading) {
  return {
    value: r.value,
    asOf: r.asOf,
    origin: r.origin,
    method: r.method,
    ...(r.numerator !== undefined ? { numerator: r.numerator } : {}),
    ...(r.denominator !== undefined ? { denominator: r.denominator } : {}),
    ...(r.evidence ? { evidence: r.evidence } : {}),
    ...(r.projection ? { projection: r.projection } : {}),
  };
}

function presentMeasure(m: MeasureView) {
  return {
    metric: m.measure.metric,
    comparator: m.measure.comparator,
    target: m.measure.value,
    unit: m.measure.unit,
    scope: m.measure.scope ?? null,
    baseline: m.measure.baseline ?? null,
    origin: m.origin,
    reading: m.reading ? presentReading(m.reading) : null,
    previousValue: m.previousValue,
    status: m.status,
  };
}

/** A target with its measures' values, how they were obtained, and statuses. */
export const presentTarget = (t: TargetView) => ({
  code: t.code,
  text: t.text,
  status: t.status,
  measures: t.measures.map(presentMeasure),
});
