import { z } from 'zod/mini';

/** A context the reader named themselves, such as "Hanoi running club". */
export const customContextSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
});

export type CustomContext = z.infer<typeof customContextSchema>;
