import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, normalizeBase, stripBase } from '../../../src/lib/site/base-path';

describe('the base path', () => {
  it('is written with one slash at each end whatever the config says', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('workbook')).toBe('/workbook/');
    expect(normalizeBase('/workbook')).toBe('/workbook/');
    expect(normalizeBase('//workbook//')).toBe('/workbook/');
  });

  it('prefixes every address of the site, at the root and under a sub-path', () => {
    expect(joinBase('/', 'vi/map/')).toBe('/vi/map/');
    expect(joinBase('/workbook/', 'vi/map/')).toBe('/workbook/vi/map/');
    expect(joinBase('/workbook/', '/pagefind/pagefind.js')).toBe('/workbook/pagefind/pagefind.js');
    expect(joinBase('/workbook', '')).toBe('/workbook/');
  });

  it('finds the page path after the base, and leaves other addresses whole', () => {
    expect(stripBase('/', '/en/glossary/')).toBe('en/glossary/');
    expect(stripBase('/workbook/', '/workbook/en/glossary/')).toBe('en/glossary/');
    expect(stripBase('/workbook/', '/workbook/')).toBe('');
    expect(stripBase('/workbook/', '/elsewhere/en/')).toBe('elsewhere/en/');
  });

  it('makes absolute addresses for hreflang links and the manifest', () => {
    expect(absoluteUrl('https://example.org', '/', 'en/')).toBe('https://example.org/en/');
    expect(absoluteUrl('https://example.org/', '/workbook/', 'vi/lessons/')).toBe(
      'https://example.org/workbook/vi/lessons/',
    );
  });
});
