// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchIndex from './src/integrations/search-index.ts';
import { markdownProcessor } from './src/data/markdown-plugins.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import contentStoreWrite from './src/integrations/content-store-write.ts';
import pruneStaleOutput from './src/integrations/prune-stale-output.ts';
import renderOrder from './src/integrations/render-order.ts';
import contentCheckGate from './src/integrations/content-check-gate.ts';
import { site } from './src/lib/site.ts';
import { astroCacheDir, contentDir } from './src/lib/content-dir.ts';
import { publishedArticlesHandoff, sitemapOptions } from './src/lib/sitemap-content.ts';
import { absoluteUrl } from './src/lib/site.ts';
import { NEWS_SITEMAP_PATH } from './src/lib/urls.ts';

const cacheDir = astroCacheDir();

// Where a module reads `import.meta.env` as a whole, Astro writes into its code every environment
// variable whose name occurs in that module's text. `_` occurs in all of them, and the shell sets it
// to the program that started the build (npm, npx, time…): the article route's code, and with it the
// incremental build's code hash, changed with the way the build was started, and every article page
// was rendered again (docs/performance.md). The site reads no such variable.
delete process.env._;

export default defineConfig({
  site: site.url,
  // OUT_DIR lets tests and benchmarks build fixture sites without touching dist/.
  outDir: process.env.OUT_DIR || './dist',
  // Separate caches keep a fixture build from reusing the main site's content data store.
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages in flight while others' files are created (ext4 file creation is slow at times, and with
    // one page at a time the renderer waited for it); 4 measured 1.2 s faster than 2 at 10,000 articles.
    concurrency: 4,
  },
  // MDX reuses this processor, so .md and .mdx get the same ASCII heading ids.
  markdown: { processor: markdownProcessor() },
  integrations: [
    // First: with `npm run build`, nothing is bundled or written before the content check has passed.
    contentCheckGate(),
    // The content store file is written in V8's format, and a rebuild writes only what changed beside it.
    contentStoreWrite(),
    mdx(),
    pruneStaleOutput(),
    // The search records first, then the pages in the sitemap's order (src/lib/render-order.ts).
    renderOrder(),
    // Pages only (no search or error page), lastmod from article dates, the news sitemap in the index.
    sitemap(sitemapOptions({ publishedArticles: publishedArticlesHandoff.get, customSitemaps: [absoluteUrl(NEWS_SITEMAP_PATH)] })),
    // Last: indexes the built site's articles for /tim-kiem/ (dist/pagefind/).
    searchIndex(),
  ],
  experimental: {
    // Pages whose cacheKey (src/lib/cache-keys.ts) and code are unchanged are reused from the last build.
    incrementalBuild: true,
  },
  vite: {
    plugins: [contentStoreFromDisk(cacheDir)],
    // Keep the last build's pages for the incremental build; prune-stale-output removes what is gone.
    build: { emptyOutDir: false },
    server: { fs: { allow: ['.', contentDir()] } },
  },
});
