/** One bar of a bar chart, in the chart's own units (y grows downwards, as in SVG). */
export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A laid-out bar chart: its bars and the values of the horizontal grid lines. */
export interface BarChart {
  bars: Bar[];
  /** Grid values from 0 up to `max`, with the y of each. */
  ticks: { value: number; y: number }[];
  max: number;
}

/**
 * A round axis maximum at or above `value` (1, 2 or 5 times a power of ten) and the step
 * between grid lines, so that the axis reads 0 / 5 / 10 rather than 0 / 3.7 / 7.4.
 * @example niceScale(37) // { max: 40, step: 10 }
 */
export function niceScale(value: number): { max: number; step: number } {
  if (!(value > 0)) return { max: 1, step: 1 };
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [0.1, 0.2, 0.5, 1, 2, 5, 10]
    .map((m) => m * power)
    .find((candidate) => value / candidate <= 5);
  const chosen = Math.max(1, step ?? power);
  return { max: Math.ceil(value / chosen) * chosen, step: chosen };
}

/**
 * Lays out one bar per value across `width`, scaled so the tallest bar reaches a round maximum
 * at the top of `height`. Bars take 70 % of their slot; the rest is the gap between them.
 */
export function barChart(
  values: readonly { label: string; value: number }[],
  size: { width: number; height: number },
): BarChart {
  const { max, step } = niceScale(Math.max(0, ...values.map((v) => v.value)));
  const slot = values.length === 0 ? 0 : size.width / values.length;
  const bars = values.map(({ label, value }, i) => {
    const height = (Math.max(0, value) / max) * size.height;
    return {
      label,
      value,
      x: i * slot + slot * 0.15,
      y: size.height - height,
      width: slot * 0.7,
      height,
    };
  });
  const ticks: BarChart['ticks'] = [];
  for (let value = 0; value <= max + step / 2; value += step) {
    ticks.push({ value, y: size.height - (value / max) * size.height });
  }
  return { bars, ticks, max };
}
