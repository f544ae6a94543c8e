// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import { site } from './src/lib/site.ts';
import { contentDir } from './src/lib/content-dir.ts';

export default defineConfig({
  site: site.url,
  // OUT_DIR lets tests and benchmarks build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches keep a fixture build from reusing the main site's content data store.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), searchIndex()],
  vite: {
    server: { fs: { allow: ['.', contentDir()] } },
  },
});
