import * as v from 'valibot';

/*
 * The few valibot schemas that accept more than the stored data has always been checked with
 * (zod, until issue 17). Every schema of the workbook uses these instead of valibot's own, so that
 * a value read from storage, a file or a worker passes or fails exactly as it did:
 * - an object or a record is never an array (valibot's would read `[]` as an object and `['x']` as
 *   `{ 0: 'x' }`, turning a damaged stored value into an apparently valid one);
 * - a number is finite (JSON.parse reads `1e999` as Infinity; valibot's number lets it through);
 * - an integer is a safe integer, as zod's `int()` was.
 * A lint rule (eslint.config.js) keeps `v.object`, `v.record`, `v.number`… out of the rest of src.
 * Each is marked `#__NO_SIDE_EFFECTS__`, as valibot's own are: a schema a module builds and a page
 * never uses is then left out of the page's JavaScript (the lessons' frontmatter schema rode along
 * on every page with an answer box).
 */

/** `schema`, refusing an array before it looks at it; methods such as `v.pick` keep the refusal. */
/*#__NO_SIDE_EFFECTS__*/
function notArray<TSchema extends v.GenericSchema>(schema: TSchema): TSchema {
  const run = schema['~run'];
  return v._standardSchema<TSchema>({
    ...schema,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return run.call(this, dataset, config);
      // The issue valibot raises for any other value that is not an object.
      v._addIssue(this, 'type', dataset, config);
      return dataset as never;
    },
  });
}

/** An object with known keys; unknown keys are left out of the result. */
/*#__NO_SIDE_EFFECTS__*/
export function object<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return notArray(v.object(entries));
}

/** An object with known keys; unknown keys are kept as they are. */
/*#__NO_SIDE_EFFECTS__*/
export function looseObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return notArray(v.looseObject(entries));
}

/** An object used as a map: every key checked by `key`, every value by `value`. */
/*#__NO_SIDE_EFFECTS__*/
export function record<
  const TKey extends v.GenericSchema<string, string | number | symbol>,
  const TValue extends v.GenericSchema,
>(key: TKey, value: TValue) {
  return notArray(v.record(key, value));
}

/** A finite number. */
/*#__NO_SIDE_EFFECTS__*/
export function number() {
  return v.pipe(v.number(), v.finite());
}

/** A whole number between `Number.MIN_SAFE_INTEGER` and `Number.MAX_SAFE_INTEGER`. */
/*#__NO_SIDE_EFFECTS__*/
export function int() {
  return v.pipe(v.number(), v.safeInteger());
}
