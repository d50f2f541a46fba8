/**
 * Stored text is repaired before any schema sees it, so that one broken character costs one
 * character, not the record around it: a lone UTF-16 surrogate (written raw or as `\ud800`) or a
 * NUL becomes U+FFFD, the replacement character.
 */

/** Deeper than any value the workbook writes (a map is five levels deep); past it, it is damage. */
export const MAX_DEPTH = 64;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const NUL = /\u0000/g;

/** A string with every lone surrogate and NUL replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(NUL, '\ufffd');
}

/** An escape JSON.stringify writes for a lone surrogate or a NUL (or text that looks like one). */
const MAY_NEED_REPAIR = /\\u(?:d[89a-f]|0000)/i;

/**
 * JSON for storage or a backup file. Text the workbook writes never holds a lone surrogate or a NUL
 * (a read would have to repair it): both are written as U+FFFD.
 */
export function writeJson(value: unknown): string {
  // The engine's own JSON.stringify writes a lone surrogate as `\udxxx` and a NUL as `\u0000`;
  // without either escape in its output there was nothing to repair, and it is several times
  // faster than calling a replacer for every value (a 30,000-person import history).
  const plain = JSON.stringify(value);
  if (typeof plain !== 'string' || !MAY_NEED_REPAIR.test(plain)) return plain;
  return JSON.stringify(value, (_key, child: unknown) =>
    typeof child === 'string' ? wellFormed(child) : child,
  );
}

/** A string cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

export type RepairResult = { kind: 'ok'; data: unknown; repaired: number } | { kind: 'too-deep' };

/**
 * Repairs, in place, every string (and object key) of a freshly parsed JSON value; counts what it
 * changed. Walks without recursion, so that data nested 100,000 levels deep cannot overflow the
 * stack: past `MAX_DEPTH` it stops and reports the value as too deep.
 */
export function repairParsed(data: unknown): RepairResult {
  if (typeof data === 'string') {
    const fixed = wellFormed(data);
    return { kind: 'ok', data: fixed, repaired: fixed === data ? 0 : 1 };
  }
  let repaired = 0;
  const stack: { value: object; depth: number }[] = [];
  if (data !== null && typeof data === 'object') stack.push({ value: data, depth: 1 });
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > MAX_DEPTH) return { kind: 'too-deep' };
    const container = item.value as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const child = container[key];
      const fixedKey = wellFormed(key);
      if (typeof child === 'string') {
        const fixed = wellFormed(child);
        if (fixed !== child || fixedKey !== key) {
          repaired += 1;
          define(container, fixedKey, fixed, key);
        }
        continue;
      }
      if (fixedKey !== key) {
        repaired += 1;
        define(container, fixedKey, child, key);
      }
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: item.depth + 1 });
      }
    }
  }
  return { kind: 'ok', data, repaired };
}

// defineProperty, not assignment: a key named `__proto__` must stay a plain key.
function define(target: Record<string, unknown>, key: string, value: unknown, old: string): void {
  if (key !== old) Reflect.deleteProperty(target, old);
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
