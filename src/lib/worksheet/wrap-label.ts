import { shortName } from './initials';

/**
 * Splits a label into at most `maxLines` lines of about `lineLength` characters, breaking between
 * words, so that a long context name ("Professional association") fits beside the printed map
 * instead of being cut. A word longer than a line, or text left over for a line past the last,
 * ends in an ellipsis.
 */
export function wrapLabel(text: string, lineLength = 14, maxLines = 2): string[] {
  const words = text.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const [index, word] of words.entries()) {
    const joined = current ? `${current} ${word}` : word;
    if (current === '' || [...joined].length <= lineLength) {
      current = joined;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(index).join(' ')}`;
      break;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.map((line, index) =>
    shortName(line, index === maxLines - 1 ? lineLength + 4 : lineLength + 2),
  );
}
