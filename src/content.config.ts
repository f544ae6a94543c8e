import path from 'node:path';
import { defineCollection } from 'astro:content';
import { contentLoader } from './data/loader.ts';
import { categorySchema, createArticleSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';

const root = contentDir();

const articles = defineCollection({
  loader: contentLoader(path.join(root, 'articles'), '**/*.{md,mdx}'),
  schema: ({ image }) => createArticleSchema(image()),
});

const categories = defineCollection({
  loader: contentLoader(path.join(root, 'categories'), '*.md'),
  schema: categorySchema,
});

export const collections = { articles, categories };
