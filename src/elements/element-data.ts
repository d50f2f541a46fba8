/**
 * A list the server wrote into an element's `data-<key>` attribute as JSON (the lessons of the
 * home page's elements). Unreadable or missing: an empty list, so the element shows less rather
 * than failing. The server is the only writer, so the items' shape is trusted.
 *
 * @example const lessons = dataList<LessonLink>(this, 'lessons');
 */
export function dataList<T>(element: HTMLElement, key: string): T[] {
  try {
    const parsed: unknown = JSON.parse(element.dataset[key] ?? '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}
