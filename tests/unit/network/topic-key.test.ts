import { describe, expect, it } from 'vitest';
import { topicKey } from '../../../src/lib/network/topic-key';

describe('topicKey', () => {
  it('matches Vietnamese with and without accents', () => {
    expect(topicKey('kinh tế')).toBe('kinh te');
    expect(topicKey('Kinh Te')).toBe('kinh te');
  });

  it('reads đ and Đ as d, which NFD alone does not', () => {
    expect(topicKey('Đầu tư')).toBe('dau tu');
    expect(topicKey('đường')).toBe('duong');
  });

  it('collapses and trims white space', () => {
    expect(topicKey('  giáo   dục \n')).toBe('giao duc');
  });

  it('gives an empty key for blank text', () => {
    expect(topicKey('   ')).toBe('');
  });
});
