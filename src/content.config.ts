import { defineCollection } from 'astro:content';
import * as v from 'valibot';
import { fromValibot } from './loaders/from-valibot';
import { lessonMetaSchema } from './lib/lessons/lesson-meta';
import { object } from './lib/schema/json-values';
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
      const { id, order } = v.parse(v.pick(lessonMetaSchema, ['id', 'order']), entry.data);
      return [{ locale: entryLocale(entry), id, position: order, file: entry.filePath ?? id }];
    },
  }),
  schema: fromValibot(lessonMetaSchema),
});

const glossarySchema = object({
  title: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.minLength(1)),
  terms: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))), v.minLength(1)),
});

// The glossary, one file per locale (content/glossary/<locale>.mdx); `terms` lists the same term
// ids in the same order in every language, so that a missing translation stops the build.
const glossary = defineCollection({
  loader: checkedGlob({
    pattern: '*.mdx',
    base: './content/glossary',
    kind: 'glossary term',
    items: (entry) =>
      v.parse(glossarySchema, entry.data).terms.map((id, position) => ({
        locale: entryLocale(entry),
        id,
        position,
        file: entry.filePath ?? entry.id,
      })),
  }),
  schema: fromValibot(glossarySchema),
});

export const collections = { lessons, glossary };
