// Small statistics for timing samples.

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(values, fraction) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Median, 10th and 90th percentile, min and max of a series, rounded to 0.1. */
export function summary(values) {
  const round = (value) => (value === null ? null : Math.round(value * 10) / 10);
  const finite = values.filter((value) => typeof value === 'number' && Number.isFinite(value));
  return {
    median: round(median(finite)),
    p10: round(percentile(finite, 0.1)),
    p90: round(percentile(finite, 0.9)),
    min: round(finite.length ? Math.min(...finite) : null),
    max: round(finite.length ? Math.max(...finite) : null),
    samples: finite.length,
  };
}
