import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { lessonMetaSchema } from './lib/lessons/lesson-meta';

// The lessons live in the top-level content/ folder, as the product's design asks: one MDX file
// per lesson per locale, content/lessons/<locale>/<id>.mdx.
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonMetaSchema,
});

// The glossary, one file per locale (content/glossary/<locale>.mdx); `terms` lists the same term
// ids in the same order in every language, so that a missing translation fails the build check.
const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/glossary' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    terms: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  }),
});

export const collections = { lessons, glossary };
