/** A logical vCard line (after unfolding) and the physical line where it starts. */
export interface VCardLine {
  line: number;
  text: string;
}

/** One vCard property, with its value decoded from quoted-printable when it was encoded. */
export interface VCardProperty {
  line: number;
  /** Apple's `item1.` grouping, lower-cased; '' when absent. */
  group: string;
  /** Upper-cased property name: `FN`, `EMAIL`, `X-ABSHOWAS`… */
  name: string;
  /** Parameters by upper-cased name; values of TYPE are upper-cased. Bare 2.1 parameters
   * (`TEL;CELL`) are listed under `TYPE`, as vCard 2.1 defines them. */
  params: ReadonlyMap<string, readonly string[]>;
  /** The raw value: still vCard-escaped (`\,` `\;` `\n`), already quoted-printable-decoded. */
  value: string;
}

const QUOTED_PRINTABLE = /quoted-printable/i;

/**
 * Joins folded lines: a line starting with one space or TAB continues the previous one (the
 * fold may split an escape such as `\,`). Android's vCard 2.1 quoted-printable values continue
 * after a trailing `=` on a next line with no leading space. Empty lines end a value (Android
 * puts one after a base64 PHOTO).
 */
export function unfoldVCardLines(text: string): VCardLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const logical: VCardLine[] = [];
  let current: VCardLine | undefined;
  let currentIsQp = false;
  physical.forEach((raw, index) => {
    if (current && currentIsQp && current.text.endsWith('=')) {
      current.text = current.text.slice(0, -1) + raw;
      return;
    }
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
      return;
    }
    if (current) logical.push(current);
    current = undefined;
    if (raw.trim() === '') return;
    current = { line: index + 1, text: raw };
    const colon = raw.indexOf(':');
    currentIsQp = colon !== -1 && QUOTED_PRINTABLE.test(raw.slice(0, colon));
  });
  if (current) logical.push(current);
  return logical;
}

/**
 * Splits a logical line into group, name, parameters and value. The first colon outside a quoted
 * parameter value ends the name part (values contain colons: `https://…`). Returns undefined for
 * a line that is not a property.
 */
export function parseVCardLine({ line, text }: VCardLine): VCardProperty | undefined {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [nameWithGroup = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = nameWithGroup.lastIndexOf('.');
  const name = nameWithGroup
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return undefined;
  const params = new Map<string, string[]>();
  for (const rawParam of rawParams) {
    const equals = rawParam.indexOf('=');
    const key = (equals === -1 ? 'TYPE' : rawParam.slice(0, equals)).trim().toUpperCase();
    const rawValue = equals === -1 ? rawParam : rawParam.slice(equals + 1);
    const values = rawValue
      .replace(/"/g, '')
      .split(',')
      .map((v) => v.trim());
    const upper = key === 'TYPE' ? values.map((v) => v.toUpperCase()) : values;
    params.set(key, [...(params.get(key) ?? []), ...upper]);
  }
  let value = text.slice(colon + 1);
  const encoding = params.get('ENCODING')?.[0] ?? '';
  const bareQp = params.get('TYPE')?.includes('QUOTED-PRINTABLE') === true;
  if (QUOTED_PRINTABLE.test(encoding) || bareQp) {
    value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0] ?? 'utf-8');
  }
  const group = dot === -1 ? '' : nameWithGroup.slice(0, dot).trim().toLowerCase();
  return { line, group, name, params, value };
}

/**
 * Decodes quoted-printable (`=C3=A1` → bytes) and then the bytes in the given charset; an
 * unknown charset or bytes that are not valid in it fall back to Windows-1252, never an error.
 * @example decodeQuotedPrintable('Nguy=E1=BB=85n', 'UTF-8') // 'Nguyễn'
 */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    const hex = value.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...encoder.encode(char));
    }
  }
  const data = new Uint8Array(bytes);
  try {
    return new TextDecoder(charset.trim().toLowerCase() || 'utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/**
 * Splits a value on a separator that is not escaped with a backslash (`N` on `;`, `CATEGORIES`
 * on `,`), leaving the escapes in place for {@link unescapeVCardText}.
 * @example splitVCardValue('Book Club\\, Hanoi,Friends', ',') // ['Book Club\\, Hanoi', 'Friends']
 */
export function splitVCardValue(value: string, separator: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\' && i + 1 < value.length) {
      part += char + (value[i + 1] ?? '');
      i++;
    } else if (char === separator) {
      parts.push(part);
      part = '';
    } else {
      part += char;
    }
  }
  parts.push(part);
  return parts;
}

/**
 * Resolves vCard text escapes: `\\` `\,` `\;` `\n` `\N`, and Apple's `\:` in links. Any other
 * backslash is kept as written.
 */
export function unescapeVCardText(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let part = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(part);
      part = '';
    } else {
      part += char;
    }
  }
  parts.push(part);
  return parts;
}
