/**
 * Above this many characters (about fifteen printed lines) an answer may run over a page: the
 * worksheet then lets it break between paragraphs, keeping only the question with its first
 * lines. Shorter answers are kept whole on one page with their question.
 */
export const LONG_ANSWER_CHARS = 1200;

/** Whether an answer is long enough to be allowed to break across pages. */
export function isLongAnswer(text: string): boolean {
  return text.length > LONG_ANSWER_CHARS || text.split('\n').length > 15;
}

/**
 * An answer's paragraphs, for printing: split at blank lines, with single line breaks kept inside
 * a paragraph (the page shows them with `white-space: pre-wrap`), and empty paragraphs dropped.
 * @example answerParagraphs('One\ntwo\n\n\nThree  ') // ['One\ntwo', 'Three']
 */
export function answerParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}
