/**
 * Runs content-worker.ts and hands it files: `read` resolves with what the loader needs of a file
 * (its frontmatter, body and word count, and for Markdown the rendered body), computed off the
 * main thread. Many files may be in flight (Astro's glob() loader works on ten at a time).
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import type { EntrySource } from './entry-source.ts';
import { markdownProcessor } from './markdown-plugins.ts';

export type RenderedContent = NonNullable<ReturnType<LoaderContext['store']['values']>[number]['rendered']>;
/** The options Astro gives a Markdown processor's createRenderer (astro/dist/vite-plugin-markdown/content-entry-type.js). */
export type RenderOptions = Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0];

export interface ContentWorkerRequest {
  id: number;
  filePath: string;
  contents: string;
  /** Render the body as Markdown (false for MDX, which Astro renders itself). */
  render: boolean;
}
export type ContentWorkerReply =
  | { id: number; source: EntrySource; rendered?: RenderedContent }
  | { id: number; error: { name: string; message: string } };

export interface ContentWorker {
  read(filePath: string, contents: string, render: boolean): Promise<{ source: EntrySource; rendered?: RenderedContent }>;
  close(): Promise<void>;
}

/**
 * The options for the worker's renderer, taken from the site's config as Astro takes them; none
 * when the worker could not render exactly as Astro would: the config's processor is not the one
 * markdownProcessor() builds (an integration added plugins), or an option holds functions
 * (Shiki transformers), which cannot cross to another thread.
 */
export function workerRenderOptions(config: AstroConfig): RenderOptions | undefined {
  const { markdown, image } = config;
  const processor = markdown.processor as unknown as Partial<ReturnType<typeof markdownProcessor>>;
  const expected = markdownProcessor();
  // By name: the config and this module may be different copies of markdown-plugins.ts (Node's and Vite's).
  const nameOf = (plugin: unknown) => (plugin as { name?: string } | undefined)?.name;
  const pluginNames = (options: typeof expected.options | undefined) =>
    JSON.stringify([options?.mdastPlugins.map(nameOf), options?.hastPlugins.map(nameOf), options?.features]);
  if (processor.name !== expected.name || pluginNames(processor.options) !== pluginNames(expected.options)) return undefined;
  // Only the remote-image rules of the image config matter to Markdown rendering (its image-collecting step).
  const options = { image: { domains: image.domains, remotePatterns: image.remotePatterns }, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
  try {
    return structuredClone(options) as RenderOptions;
  } catch {
    return undefined;
  }
}

const workerFile = fileURLToPath(new URL('./content-worker.ts', import.meta.url));

export function startContentWorker(renderOptions: RenderOptions): ContentWorker {
  const worker = new Worker(workerFile, { workerData: { renderOptions } });
  const pending = new Map<number, { resolve: (value: { source: EntrySource; rendered?: RenderedContent }) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: ContentWorkerReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ('error' in reply) waiting.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    else waiting.resolve(reply);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The content worker stopped (exit code ${code}).`)));
  return {
    read(filePath, contents, render) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, filePath, contents, render } satisfies ContentWorkerRequest);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
