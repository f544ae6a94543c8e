import path from 'node:path';
import { defineCollection } from 'astro:content';
import { contentLoader, type LoadedEntries } from './data/loader.ts';
import { categorySchema, createArticleSchema } from './lib/schema.ts';
import { contentDir } from './lib/content-dir.ts';
import { prepareEarlyIndex } from './integrations/search-index.ts';
import { LOADED_CONTENT_HANDOFF } from './integrations/content-store-from-disk.ts';
import { handoff } from './lib/build-handoff.ts';

const root = contentDir();

// Once both collections have loaded, the build renders from them (content-store-from-disk.ts) and a
// rebuild can prepare an early search index (prepareEarlyIndex).
const loaded: { articles?: LoadedEntries; categories?: LoadedEntries } = {};
const loadedContent = handoff<Map<string, Map<string, LoadedEntries[number]>>>(LOADED_CONTENT_HANDOFF);
function collectionLoaded(name: keyof typeof loaded, entries: LoadedEntries): void {
  loaded[name] = entries;
  if (!loaded.articles || !loaded.categories) return;
  loadedContent.set(new Map(Object.entries(loaded).map(([collection, values]) => [collection, new Map(values.map((entry) => [entry.id, entry]))])));
  prepareEarlyIndex(loaded.articles, loaded.categories);
}

const articles = defineCollection({
  loader: contentLoader(path.join(root, 'articles'), '**/*.{md,mdx}', (entries) => collectionLoaded('articles', entries)),
  schema: ({ image }) => createArticleSchema(image()),
});

const categories = defineCollection({
  loader: contentLoader(path.join(root, 'categories'), '*.md', (entries) => collectionLoaded('categories', entries)),
  schema: categorySchema,
});

export const collections = { articles, categories };
