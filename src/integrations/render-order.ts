/**
 * How the build renders its pages:
 * - in the order src/lib/render-order.ts gives: the search records first (Pagefind then indexes on
 *   the second core during all of page rendering), then the rest in the order @astrojs/sitemap sorts
 *   them into;
 * - with each page's folder and file created by a thread of their own (page-writes.ts);
 * - with each page's bytes handed from Astro's renderer to its file writer without a stream in
 *   between (src/lib/buffered-response.ts).
 * Astro's own prerenderer renders; only the order and the way pages reach their files change.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_RECORDS_FILE } from '../lib/search-build.ts';
import { renderOrder } from '../lib/render-order.ts';
import { installBufferedResponses } from '../lib/buffered-response.ts';
import { writePagesInBackground, type FinishPageWrites } from './page-writes.ts';

export default function renderOrderIntegration(): AstroIntegration {
  let outDir = '';
  let finishPageWrites: FinishPageWrites | undefined;
  let restoreResponses: (() => void) | undefined;
  return {
    name: 'khcn-render-order',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => ({
          name: 'khcn-render-order',
          getStaticPaths: async () => renderOrder(await prerenderer.getStaticPaths(), `/${SEARCH_RECORDS_FILE}`),
          render: (request, options) => prerenderer.render(request, options),
          setup: async () => {
            await prerenderer.setup?.();
            finishPageWrites = writePagesInBackground(outDir);
            restoreResponses = installBufferedResponses();
          },
          teardown: async () => {
            restoreResponses?.();
            restoreResponses = undefined;
            const finish = finishPageWrites;
            finishPageWrites = undefined;
            try {
              await finish?.();
            } finally {
              await prerenderer.teardown?.();
            }
          },
          ...(prerenderer.collectStaticImages && { collectStaticImages: () => prerenderer.collectStaticImages!() }),
        }));
      },
    },
  };
}
