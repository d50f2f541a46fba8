import * as v from 'valibot';

/** Text of at most `max` characters (UTF-16 code units, as `String.length` counts them). */
/*#__NO_SIDE_EFFECTS__*/
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** Text of 1 to `max` characters: an id, a label, a name that must not be empty. */
/*#__NO_SIDE_EFFECTS__*/
export function filledText(max: number) {
  return v.pipe(v.string(), v.minLength(1), v.maxLength(max));
}
