import { describe, expect, it } from 'vitest';
import { emptyNetwork } from '../../../src/lib/network/network';
import { addCustomContext, setIssues } from '../../../src/lib/network/network-ops';

describe('addCustomContext', () => {
  it('adds a context with a trimmed label and the next free c id', () => {
    const { network, context } = addCustomContext(emptyNetwork(), '  Hanoi running club ');
    expect(context).toEqual({ id: 'c1', label: 'Hanoi running club' });
    expect(network.customContexts).toEqual([context]);
  });

  it('gives back the existing context for the same label without case or accents', () => {
    const first = addCustomContext(emptyNetwork(), 'Câu lạc bộ chạy');
    const second = addCustomContext(first.network, 'cau lac bo CHAY');
    expect(second.context).toEqual({ id: 'c1', label: 'Câu lạc bộ chạy' });
    expect(second.network).toBe(first.network);
  });

  it('never uses the id of a built-in context', () => {
    const { context } = addCustomContext(emptyNetwork(), 'Work 2', (taken) =>
      taken.has('workplace') ? 'c-safe' : 'workplace',
    );
    expect(context.id).toBe('c-safe');
  });

  it('refuses an id function that returns a taken id', () => {
    expect(() => addCustomContext(emptyNetwork(), 'X', () => 'school')).toThrow(
      'network/addCustomContext: id school already exists',
    );
  });

  it('refuses an empty label', () => {
    expect(() => addCustomContext(emptyNetwork(), '  ')).toThrow(
      /network\/addCustomContext: invalid label/,
    );
  });
});

describe('setIssues', () => {
  it('trims issues and drops empty ones and repeats, keeping the first spelling', () => {
    const network = setIssues(emptyNetwork(), [' kinh tế ', '', 'Kinh Te', 'giáo dục']);
    expect(network.issues).toEqual(['kinh tế', 'giáo dục']);
  });

  it('refuses more than 50 issues rather than cut the list', () => {
    const many = Array.from({ length: 51 }, (_, i) => `issue ${i}`);
    expect(() => setIssues(emptyNetwork(), many)).toThrow(
      'network/setIssues: at most 50 issues, got 51',
    );
  });

  it('refuses an issue longer than 200 characters', () => {
    expect(() => setIssues(emptyNetwork(), ['x'.repeat(201)])).toThrow(
      'network/setIssues: an issue is longer than 200 characters',
    );
  });
});
