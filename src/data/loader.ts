/**
 * Astro's glob() loader, adapted to the content contract:
 * - every file is NFC-normalized before parsing, so bodies and frontmatter are NFC, and loses the
 *   control characters XML forbids (pasted from Word), so no page or feed carries them;
 * - frontmatter is parsed by our own parser (dates stay strings, read as Vietnam time by the schema);
 * - the id is the file name, unique across sub-folders (a duplicate stops the build);
 * - the body's word count is stored with the data (body-stats.ts); the body itself is not stored:
 *   Markdown keeps its rendered HTML, MDX (rendered with its page) its plain text for the search index;
 * - files unchanged since the last build are not parsed again, nor read when their stamps vouch
 *   for them (file-stamps.ts);
 * - while a collection loads, parsing, counting and Markdown rendering run on a second thread
 *   (content-worker.ts), so validation and storage on the main thread overlap with them, and the
 *   files are read synchronously (synchronous-reads.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slugFromPath } from '../lib/content-dir.ts';
import { BODY_TEXT_KEY, BODY_WORDS_KEY, storedBodyText, storedBodyWords } from '../lib/body-stats.ts';
import { markdownToPlainText } from '../lib/text.ts';
import { readEntrySource, type EntrySource } from './entry-source.ts';
import { readingSynchronously } from './synchronous-reads.ts';
import { fileStamp, stampsFromJson, stampsToJson, stampVouches, type RecordedStamp } from '../lib/file-stamps.ts';
import { startContentWorker, workerRenderOptions, type ContentWorker, type RenderedContent } from './content-worker-client.ts';

type RenderFunction = (entry: { filePath?: string } & Record<string, unknown>) => Promise<RenderedContent | undefined>;
/** The part of Astro's (internal) content entry type that we replace. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
  getRenderFunction?(config: LoaderContext['config']): Promise<RenderFunction>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * Files read on the main thread before the worker starts: a rebuild after a few edits never starts
 * it, and the test fixtures (30-odd articles) go through both paths.
 */
const FILES_BEFORE_WORKER = 20;

/**
 * Astro writes its content store 500 ms after the last change to it. A rebuild changes it at the
 * start (Astro's own meta entries) and then only where files changed, so the 85 MB store (10,000
 * articles) was serialized, compared with the file and written in the middle of loading and again
 * at the end, ~1.3 s of the main thread each time. Touching this meta entry more often than that
 * while a collection loads leaves the single write at the end of content sync.
 */
const HOLD_STORE_WRITE_MS = 200;
const LOADING_META_KEY = 'vietnamese-content-loader:loading';
/**
 * The stamp of each file as this loader last read it, kept in the collection's meta entries so that
 * it always describes the entries stored beside it (the store is written as a whole or a delta).
 */
const STAMPS_META_KEY = 'vietnamese-content-loader:file-stamps';
/** What glob() is given instead of the text of a file its stamp vouches for (then followed by the path). */
const UNCHANGED_FILE = '\u0000vietnamese-content-loader:unchanged\u0000';

/** What a collection holds once loaded: every entry of Astro's content store. */
export type LoadedEntries = ReturnType<LoaderContext['store']['values']>;

/** `onLoaded` receives the collection's entries after every load (in a build, once). */
export function contentLoader(base: string, pattern: string, onLoaded?: (entries: LoadedEntries) => void): Loader {
  // The Markdown source would double the store Astro parses and rewrites on every build.
  const inner = glob({ base, pattern, retainBody: false, generateId: ({ entry }) => slugFromPath(entry) });
  return {
    name: 'vietnamese-content-loader',
    load: async (loaderContext) => {
      // entryTypes is passed to loaders but not part of the public LoaderContext type.
      const context = loaderContext as ContextWithEntryTypes;
      const fileById = new Map<string, string>();
      const bodyWordsById = new Map<string, number>();
      // Plain text of the bodies the store keeps no HTML for.
      const bodyTextById = new Map<string, string>();
      // Bodies the worker rendered, until Astro asks for them (right after validating the entry).
      const renderedByFile = new Map<string, RenderedContent>();
      const renderOptions = workerRenderOptions(context.config);
      if (!renderOptions) context.logger.warn('Markdown is rendered on the main thread: the configured processor differs from markdownProcessor().');
      // Started once more files need reading than a rebuild usually has (starting it costs more than
      // reading a few files), and only during this load: in `astro dev`, files changed later are read
      // on the main thread.
      let worker: ContentWorker | undefined;
      let readOnMainThread = 0;
      let loading = true;
      const workerForNextFile = (): ContentWorker | undefined => {
        if (!worker && loading && renderOptions && ++readOnMainThread > FILES_BEFORE_WORKER) worker = startContentWorker(renderOptions);
        return worker;
      };

      // glob() digests each file right after getEntryInfo, which digested it already to tell whether
      // it changed: the second call gets the first's result (the same string, whose hash V8 keeps).
      const digestsToReuse = new Map<string, string>();
      const generateDigest: LoaderContext['generateDigest'] = (data) => {
        if (typeof data !== 'string') return context.generateDigest(data);
        const digest = digestsToReuse.get(data);
        if (digest === undefined) return context.generateDigest(data);
        digestsToReuse.delete(data);
        return digest;
      };
      const rendersToHtml = (filePath: string) => Boolean(context.entryTypes.get(path.extname(filePath))?.getRenderFunction);
      const isCurrentFormat = (stored: LoadedEntries[number], filePath: string) =>
        stored.body === undefined &&
        storedBodyWords(stored.data) !== undefined &&
        (rendersToHtml(filePath) || storedBodyText(stored.data) !== undefined);
      // Each file's stamp is taken before it is read; a file whose stamp the last build's vouches for
      // is not read (glob() gets a stand-in and keeps the stored entry, whose digest is reused).
      const recordedStamps = stampsFromJson(context.meta.get(STAMPS_META_KEY));
      const stamps = new Map<string, RecordedStamp>();
      const unchangedFileStandIn = (filePath: string): string | undefined => {
        const takenAt = Date.now();
        const stamp = fileStamp(filePath);
        if (stamp === undefined) return undefined;
        const recorded = recordedStamps.get(filePath);
        const stored = context.store.get(slugFromPath(filePath));
        if (recorded && stampVouches(recorded, stamp) && stored?.filePath && typeof stored.digest === 'string' && isCurrentFormat(stored, filePath)) {
          stamps.set(filePath, recorded);
          const standIn = UNCHANGED_FILE + filePath;
          digestsToReuse.set(standIn, stored.digest);
          return standIn;
        }
        stamps.set(filePath, { stamp, takenAt });
        return undefined;
      };
      const getEntryInfo: EntryType['getEntryInfo'] = async ({ contents, fileUrl }) => {
        const filePath = fileURLToPath(fileUrl);
        const id = slugFromPath(filePath);
        const known = fileById.get(id);
        if (known && known !== filePath) {
          throw new Error(
            `Trùng tên tệp bài viết “${id}”: ${path.relative(process.cwd(), known)} và ${path.relative(process.cwd(), filePath)}. ` +
              'Tên tệp là địa chỉ của bài viết nên phải khác nhau; hãy đổi tên một tệp.',
          );
        }
        fileById.set(id, filePath);
        // The stored entry is kept (its digest is the stand-in's, set when it was given).
        if (contents === UNCHANGED_FILE + filePath) return { data: {}, body: '' };
        // glob() keeps an entry whose file is unchanged since the last build without looking at its
        // data or body, so a rebuild need not parse the thousands of files nobody edited.
        const stored = context.store.get(id);
        const digest = context.generateDigest(contents);
        digestsToReuse.set(contents, digest);
        if (stored?.filePath && stored.digest === digest) {
          if (isCurrentFormat(stored, filePath)) return { data: {}, body: '' };
          // Stored by an earlier version of this loader: read again (glob() keeps an entry whose digest is unchanged).
          context.store.delete(id);
        }
        // One parse, ours: Astro's own frontmatter parser would read naive dates as UTC.
        let source: EntrySource;
        const reader = workerForNextFile();
        if (reader) {
          const read = await reader.read(filePath, contents, rendersToHtml(filePath));
          source = read.source;
          if (read.rendered) renderedByFile.set(filePath, read.rendered);
        } else {
          source = readEntrySource(contents);
          // Astro renders it; a result left from an earlier read of this file must not be used.
          renderedByFile.delete(filePath);
        }
        bodyWordsById.set(id, source.bodyWords);
        if (rendersToHtml(filePath)) bodyTextById.delete(id);
        else bodyTextById.set(id, markdownToPlainText(source.body));
        return { data: source.data, body: source.body };
      };
      const withWorkerRendering = (type: EntryType): EntryType['getRenderFunction'] => {
        const astroRenderFunction = type.getRenderFunction;
        if (!astroRenderFunction) return undefined;
        return async (config) => {
          const astroRender = await astroRenderFunction.call(type, config);
          return async (entry) => {
            const rendered = entry.filePath === undefined ? undefined : renderedByFile.get(entry.filePath);
            if (!rendered) return astroRender(entry);
            renderedByFile.delete(entry.filePath!);
            return rendered;
          };
        };
      };
      // Derived values go into the stored data after validation (the schema knows only editors' fields).
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = { ...(await context.parseData(props)), [BODY_WORDS_KEY]: bodyWordsById.get(props.id) };
        const bodyText = bodyTextById.get(props.id);
        return bodyText === undefined ? data : { ...data, [BODY_TEXT_KEY]: bodyText };
      };
      const entryTypes = new Map(
        [...context.entryTypes].map(([extension, type]) => [extension, { ...type, getEntryInfo, getRenderFunction: withWorkerRendering(type) }]),
      );
      const holdStoreWrite = setInterval(() => context.meta.set(LOADING_META_KEY, 'yes'), HOLD_STORE_WRITE_MS);
      try {
        await readingSynchronously(base, () => inner.load({ ...context, entryTypes, parseData, generateDigest } as LoaderContext), unchangedFileStandIn);
        // In one order whatever order the files were read in: an unchanged folder leaves the meta entry unchanged.
        context.meta.set(STAMPS_META_KEY, stampsToJson(new Map([...stamps].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))));
      } finally {
        clearInterval(holdStoreWrite);
        context.meta.delete(LOADING_META_KEY);
        loading = false;
        await worker?.close();
        worker = undefined;
      }
      onLoaded?.(context.store.values());
    },
  };
}
