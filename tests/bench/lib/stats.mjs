/** The p-th percentile (0–100) of some numbers, by the nearest-rank method; NaN for none. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median of some numbers. */
export function median(values) {
  return percentile(values, 50);
}

/** A number written for the table: thousands separated, at most `digits` decimals. */
export function formatNumber(value, digits = 1) {
  if (typeof value !== 'number' || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits });
}
