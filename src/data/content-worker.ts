/**
 * The content loader's second thread (content-worker-client.ts): reads files' frontmatter, counts
 * their words and renders Markdown bodies with the site's processor, while the main thread
 * validates, stores and serializes. Content loading is otherwise single-threaded, and the second
 * core idle.
 *
 * workerData: { renderOptions } (what Astro passes to the processor's createRenderer).
 * Messages: ContentWorkerRequest in, ContentWorkerReply out, matched by id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { readEntrySource } from './entry-source.ts';
import { markdownProcessor } from './markdown-plugins.ts';
import type { ContentWorkerReply, ContentWorkerRequest, RenderOptions } from './content-worker-client.ts';

const port = parentPort!;
const { renderOptions } = workerData as { renderOptions: RenderOptions };
const renderer = await markdownProcessor().createRenderer(renderOptions);

port.on('message', async ({ id, filePath, contents, render }: ContentWorkerRequest) => {
  let reply: ContentWorkerReply;
  try {
    const source = readEntrySource(contents);
    if (!render) {
      reply = { id, source };
    } else {
      const { code, metadata } = await renderer.render(source.body, { frontmatter: source.data, fileURL: pathToFileURL(filePath) });
      // The shape Astro's Markdown entry type gives its render result (astro/dist/vite-plugin-markdown/content-entry-type.js).
      reply = { id, source, rendered: { html: code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } } };
    }
  } catch (error) {
    reply = { id, error: error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) } };
  }
  port.postMessage(reply);
});
