/**
 * Renders the build's pages in the order src/lib/render-order.ts gives: the search records first
 * (Pagefind then indexes on the second core during all of page rendering), then the rest in the
 * order @astrojs/sitemap sorts them into. Only the order changes; Astro's own prerenderer renders.
 */
import type { AstroIntegration } from 'astro';
import { SEARCH_RECORDS_FILE } from '../lib/search-build.ts';
import { renderOrder } from '../lib/render-order.ts';

export default function renderOrderIntegration(): AstroIntegration {
  return {
    name: 'khcn-render-order',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => ({
          name: 'khcn-render-order',
          getStaticPaths: async () => renderOrder(await prerenderer.getStaticPaths(), `/${SEARCH_RECORDS_FILE}`),
          render: (request, options) => prerenderer.render(request, options),
          setup: async () => prerenderer.setup?.(),
          teardown: async () => prerenderer.teardown?.(),
          ...(prerenderer.collectStaticImages && { collectStaticImages: () => prerenderer.collectStaticImages!() }),
        }));
      },
    },
  };
}
