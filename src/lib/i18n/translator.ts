import { format, type FormatParams } from './format';

/** Looks up and fills UI strings; see `format` for the placeholder syntax. */
export type Translate = (key: string, params?: FormatParams) => string;

/**
 * A translate function over one locale's strings. Islands get only the strings they use, picked on
 * the server, so no dictionary is shipped in their JavaScript.
 *
 * @example const t = translator('vi', { 'storage.saved': 'Đã lưu' }); t('storage.saved')
 */
export function translator(locale: string, strings: Readonly<Record<string, string>>): Translate {
  return (key, params) => {
    const template = strings[key];
    // A missing key shows itself rather than an empty space, so that it is noticed and fixed.
    return template === undefined ? key : format(template, params, locale);
  };
}
