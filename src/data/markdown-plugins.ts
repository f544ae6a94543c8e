/** Sätteri (Astro 7's Markdown and MDX processor) plugins, configured in astro.config.mjs. */
import type { HastPluginEntry } from 'satteri';
import { satteri } from '@astrojs/markdown-satteri';
import { createHeadingIdAllocator } from '../lib/heading-ids.ts';

/**
 * Gives headings ASCII ids before Astro's own heading-id step runs (which keeps an existing id,
 * and would otherwise write github-slugger ids with Vietnamese diacritics). A factory, so each
 * document starts with a fresh set of used ids.
 */
export const asciiHeadingIds: HastPluginEntry = () => {
  const nextId = createHeadingIdAllocator();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', nextId(ctx.textContent(node)));
      },
    },
  };
};

/** The site's Markdown processor (astro.config.mjs); the content loader's worker builds the same one. */
export function markdownProcessor(): ReturnType<typeof satteri> {
  return satteri({ hastPlugins: [asciiHeadingIds] });
}
