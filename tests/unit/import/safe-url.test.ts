import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/lib/import/safe-url';

describe('safeUrl', () => {
  it('keeps http, https and mailto links as the URL parser writes them', () => {
    expect(safeUrl('https://www.linkedin.com/in/mai-do')).toBe(
      'https://www.linkedin.com/in/mai-do',
    );
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    expect(safeUrl('mailto:a@example.com')).toBe('mailto:a@example.com');
  });

  it('adds https:// to a bare host', () => {
    expect(safeUrl('harbor-dental.example.com')).toBe('https://harbor-dental.example.com/');
    expect(safeUrl('www.example.org/team')).toBe('https://www.example.org/team');
  });

  it('drops every other scheme, however it is disguised', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'urn:li:member:123',
      '//evil.example.com',
    ]) {
      expect(safeUrl(value)).toBe('');
    }
  });

  it('drops credentials written into a link', () => {
    expect(safeUrl('https://user:secret@example.com/x')).toBe('https://example.com/x');
  });

  it('gives an empty text for empty, unparseable and overlong input', () => {
    expect(safeUrl('')).toBe('');
    expect(safeUrl('not a url')).toBe('');
    expect(safeUrl(`https://example.com/${'a'.repeat(2100)}`)).toBe('');
  });
});
