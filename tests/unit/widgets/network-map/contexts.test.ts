import { describe, expect, it } from 'vitest';
import {
  contextChoices,
  contextColour,
  splitTags,
} from '../../../../src/widgets/network-map/contexts';

const own = [
  { id: 'c1', label: 'Running club' },
  { id: 'c2', label: 'Choir' },
];

describe('contextColour', () => {
  it('gives built-in contexts their place in the palette and the reader’s own the next ones', () => {
    expect(contextColour('workplace', own)).toBe('ctx-0');
    expect(contextColour('other', own)).toBe('ctx-7');
    // Eight built-in contexts, so the first custom one is ctx-8, the third wraps to ctx-0.
    expect(contextColour('c1', own)).toBe('ctx-8');
    expect(contextColour('c3', [...own, { id: 'c3', label: 'x' }])).toBe('ctx-0');
    expect(contextColour(null, own)).toBe('ctx-none');
    expect(contextColour('unknown', own)).toBe('ctx-none');
  });
});

describe('contextChoices', () => {
  it('offers "imported" only once someone has it', () => {
    expect(contextChoices(own, new Set())).not.toContain('imported');
    expect(contextChoices(own, new Set(['imported']))).toContain('imported');
    expect(contextChoices(own, new Set()).slice(-2)).toEqual(['c1', 'c2']);
  });
});

describe('splitTags', () => {
  it('splits at commas, semicolons and new lines, trimming and dropping empty ones', () => {
    expect(splitTags(' kinh tế, dữ liệu;;\n y tế ,')).toEqual(['kinh tế', 'dữ liệu', 'y tế']);
    expect(splitTags('')).toEqual([]);
  });
});
