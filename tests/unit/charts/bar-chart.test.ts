import { describe, expect, it } from 'vitest';
import { barChart, niceScale } from '../../../src/lib/charts/bar-chart';

describe('niceScale', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten, with at most 5 steps', () => {
    expect(niceScale(37)).toEqual({ max: 40, step: 10 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(120)).toEqual({ max: 150, step: 50 });
    expect(niceScale(1000)).toEqual({ max: 1000, step: 200 });
  });

  it('gives a unit axis for nothing to show', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(Number.NaN)).toEqual({ max: 1, step: 1 });
  });
});

describe('barChart', () => {
  it('lays bars side by side, 70 % of their slot wide, scaled to the round maximum', () => {
    const chart = barChart(
      [
        { label: '2019', value: 2 },
        { label: '2020', value: 4 },
      ],
      { width: 200, height: 100 },
    );
    // Maximum 4 (step 1): a bar of 2 is half the height. Slots are 100 wide.
    expect(chart.max).toBe(4);
    expect(chart.bars).toEqual([
      { label: '2019', value: 2, x: 15, y: 50, width: 70, height: 50 },
      { label: '2020', value: 4, x: 115, y: 0, width: 70, height: 100 },
    ]);
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4]);
    expect(chart.ticks[0]?.y).toBe(100);
  });

  it('draws no bars for no values', () => {
    expect(barChart([], { width: 100, height: 50 }).bars).toEqual([]);
  });
});
