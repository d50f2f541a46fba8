/**
 * The string literals of a TypeScript, Svelte or Astro source, read without a parser: enough to
 * find the UI keys a file names (`t('map.title')`, `` t(`ring.${ring}`) ``) and the files it
 * imports. Comments are skipped, so a key mentioned in a comment is not counted; a template
 * literal's `${…}` parts become `*` and the strings inside them are read too.
 */
export interface SourceString {
  /** The literal's text; in a template literal, each `${…}` is replaced by `*`. */
  text: string;
  /** Whether it was a template literal with at least one `${…}`. */
  template: boolean;
  /** The code just before the literal (a few characters), to tell `from '…'` apart. */
  before: string;
}

// After one of these characters (or a keyword ending in a letter, see `slashStartsRegex`) a `/`
// begins a regular expression rather than a division.
const BEFORE_REGEX = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+']);

function slashStartsRegex(code: string): boolean {
  const trimmed = code.trimEnd();
  if (/\b(?:return|typeof|case|do|else|in|of)$/.test(trimmed)) return true;
  return BEFORE_REGEX.has(trimmed.slice(-1));
}

/** Index just past the regular expression literal that starts at `start` (a `/`). */
function skipRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '\n') return i;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return i + 1;
  }
  return source.length;
}

/** Every string literal of `source`, in order. */
export function sourceStrings(source: string): SourceString[] {
  const found: SourceString[] = [];
  let code = '';
  // Open template literals, innermost last: their text so far and the `${` depth inside them.
  const templates: { text: string; holes: number; depth: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    const next = source[i + 1] ?? '';
    const open = templates.at(-1);
    if (open !== undefined && open.depth === 0) {
      // Inside the text of a template literal.
      if (char === '\\') {
        open.text += source.slice(i, i + 2);
        i += 2;
      } else if (char === '`') {
        templates.pop();
        found.push({ text: open.text, template: open.holes > 0, before: code.slice(-12) });
        code += '""';
        i += 1;
      } else if (char === '$' && next === '{') {
        open.text += '*';
        open.holes += 1;
        open.depth = 1;
        i += 2;
      } else {
        open.text += char;
        i += 1;
      }
      continue;
    }
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end < 0 ? source.length : end + 3;
    } else if (char === '/' && slashStartsRegex(code)) {
      i = skipRegex(source, i);
      code += '/x/';
    } else if (char === "'" || char === '"') {
      let text = '';
      let j = i + 1;
      // A quote with no partner on its line is prose (an apostrophe in markup), not a literal.
      while (j < source.length && source[j] !== char && source[j] !== '\n') {
        if (source[j] === '\\') j += 1;
        text += source[j] ?? '';
        j += 1;
      }
      if (source[j] === char) {
        found.push({ text, template: false, before: code.slice(-12) });
        code += '""';
        i = j + 1;
      } else {
        code += char;
        i += 1;
      }
    } else if (char === '`') {
      templates.push({ text: '', holes: 0, depth: 0 });
      i += 1;
    } else {
      if (open !== undefined && char === '{') open.depth += 1;
      if (open !== undefined && char === '}') open.depth -= 1;
      code += char;
      i += 1;
    }
  }
  return found;
}
