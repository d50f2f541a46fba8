import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonMetaSchema } from './lib/lessons/lesson-meta';

// The lessons live in the top-level content/ folder, as the product's design asks: one MDX file
// per lesson per locale, content/lessons/<locale>/<id>.mdx.
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonMetaSchema,
});

export const collections = { lessons };
