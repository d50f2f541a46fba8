import { z } from 'astro/zod';
import * as v from 'valibot';

/**
 * A content collection's schema for Astro, which checks frontmatter with zod only (its own copy,
 * run by the build and never sent to a browser). The workbook's schemas are valibot's, here as
 * everywhere else: this runs one and hands its problems to Astro field by field, so that a build
 * still stops naming the file and the field to fix. The only place the project touches zod.
 */
export function fromValibot<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return z.unknown().transform((data, context): v.InferOutput<TSchema> => {
    const result = v.safeParse(schema, data);
    if (result.success) return result.output;
    for (const issue of result.issues) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: data,
        path: (issue.path ?? []).map((item) => item.key as PropertyKey),
      });
    }
    return z.NEVER;
  });
}
