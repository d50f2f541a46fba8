import * as v from 'valibot';
import { filledText } from '../schema/text';
import { object } from '../schema/json-values';

/** A context the reader named themselves, such as "Hanoi running club". */
export const customContextSchema = object({
  id: filledText(100),
  label: filledText(200),
});

export type CustomContext = v.InferOutput<typeof customContextSchema>;
