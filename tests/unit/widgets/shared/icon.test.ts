// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Icon from '../../../../src/widgets/shared/Icon.svelte';
import { ICONS, type IconName } from '../../../../src/widgets/shared/icons';

const NAMES = Object.keys(ICONS) as IconName[];

describe('Icon', () => {
  it.each(NAMES)('draws "%s" as decoration that screen readers skip', (name) => {
    const { container } = render(Icon, { name });
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg?.querySelector('path')).toHaveAttribute('d', ICONS[name].d);
    expect(svg?.querySelector('path')).toHaveAttribute('stroke', 'currentColor');
  });

  it('is 18 pixels square unless told, on its own box', () => {
    const plain = render(Icon, { name: 'print' }).container.querySelector('svg');
    expect(plain).toHaveAttribute('width', '18');
    expect(plain).toHaveAttribute('viewBox', '0 0 24 24');
    const control = render(Icon, { name: 'zoom-in', size: 16 }).container.querySelector('svg');
    expect(control).toHaveAttribute('width', '16');
    expect(control).toHaveAttribute('viewBox', '0 0 20 20');
  });

  it('rounds line ends only for the icons drawn that way', () => {
    const upload = render(Icon, { name: 'upload' }).container.querySelector('path');
    expect(upload).toHaveAttribute('stroke-linecap', 'round');
    const print = render(Icon, { name: 'print' }).container.querySelector('path');
    expect(print).not.toHaveAttribute('stroke-linecap');
  });

  it('keeps every path inside its box (a typo in path data would draw off the icon)', () => {
    for (const name of NAMES) {
      const shape: { d: string; box?: number } = ICONS[name];
      const numbers = shape.d.match(/-?\d*\.?\d+/g)?.map(Number) ?? [];
      expect(Math.max(...numbers.map(Math.abs)), name).toBeLessThanOrEqual(shape.box ?? 24);
    }
  });
});
