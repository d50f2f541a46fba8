/** A run of excerpt text, marked when it holds a word the reader searched for. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Turns HTML character references back into the characters they stand for, in one pass. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (HTML text with the found words inside `<mark>`) into plain-text
 * segments, so that the page can render them as text, the marked ones inside its own `<mark>`,
 * without ever inserting HTML: any other tag is dropped and character references are decoded.
 *
 * @example excerptSegments('weak <mark>ties</mark> &amp; trust')
 * // [{ text: 'weak ', marked: false }, { text: 'ties', marked: true }, { text: ' & trust', marked: false }]
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark(?:\s[^>]*)?>)/i)) {
    if (/^<mark/i.test(part)) {
      marked = true;
      continue;
    }
    if (/^<\/mark/i.test(part)) {
      marked = false;
      continue;
    }
    // A stray '<' that starts no tag is kept; only whole tags are removed.
    const text = decodeEntities(part.replace(/<\/?[a-z][^>]*>/gi, ''));
    if (text === '') continue;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}

/**
 * Joins marked words separated only by spaces into one marked run, so that a phrase the reader
 * searched for ('quan hệ yếu') is highlighted as one piece rather than word by word.
 *
 * @example joinMarkedRuns([{ text: 'weak', marked: true }, { text: ' ', marked: false }, { text: 'ties', marked: true }])
 * // [{ text: 'weak ties', marked: true }]
 */
export function joinMarkedRuns(segments: readonly ExcerptSegment[]): ExcerptSegment[] {
  const joined: ExcerptSegment[] = [];
  segments.forEach((segment, index) => {
    const bridge =
      !segment.marked &&
      segment.text.trim() === '' &&
      segments[index - 1]?.marked === true &&
      segments[index + 1]?.marked === true;
    const marked = segment.marked || bridge;
    const last = joined.at(-1);
    if (last && last.marked === marked) last.text += segment.text;
    else joined.push({ text: segment.text, marked });
  });
  return joined;
}
