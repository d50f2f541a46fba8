import { defineCollection } from 'astro:content';
import { z } from 'zod/mini';
import { lessonMetaSchema } from './lib/lessons/lesson-meta';
import { checkedGlob, entryLocale } from './loaders/checked-glob';

// The lessons live in the top-level content/ folder, as the product's design asks: one MDX file
// per lesson per locale, content/lessons/<locale>/<id>.mdx. The build stops when a lesson exists in
// one language only, or sits at a different place in the path in another language.
const lessons = defineCollection({
  loader: checkedGlob({
    pattern: '*/*.mdx',
    base: './content/lessons',
    kind: 'lesson',
    fileNamedById: true,
    items: (entry) => {
      const { id, order } = z.pick(lessonMetaSchema, { id: true, order: true }).parse(entry.data);
      return [{ locale: entryLocale(entry), id, position: order, file: entry.filePath ?? id }];
    },
  }),
  schema: lessonMetaSchema,
});

const glossarySchema = z.object({
  title: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  terms: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))).check(z.minLength(1)),
});

// The glossary, one file per locale (content/glossary/<locale>.mdx); `terms` lists the same term
// ids in the same order in every language, so that a missing translation stops the build.
const glossary = defineCollection({
  loader: checkedGlob({
    pattern: '*.mdx',
    base: './content/glossary',
    kind: 'glossary term',
    items: (entry) =>
      glossarySchema.parse(entry.data).terms.map((id, position) => ({
        locale: entryLocale(entry),
        id,
        position,
        file: entry.filePath ?? entry.id,
      })),
  }),
  schema: glossarySchema,
});

export const collections = { lessons, glossary };
