/**
 * The text with its first letter in upper case ("người thứ nhất nhờ tôi" at a label's start).
 * Its own file so that the questions, drawn on a first visit, do not bring the verdict's wording.
 */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
