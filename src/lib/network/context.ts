import { z } from 'zod';

/** A context the reader named themselves, such as "Hanoi running club". */
export const customContextSchema = z.object({
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(200),
});

export type CustomContext = z.infer<typeof customContextSchema>;
