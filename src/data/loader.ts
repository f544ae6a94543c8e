/**
 * Astro's glob() loader, adapted to the content contract:
 * - every file is NFC-normalized before parsing, so bodies and frontmatter are NFC, and loses the
 *   control characters XML forbids (pasted from Word), so no page or feed carries them;
 * - frontmatter is parsed by our own parser (dates stay strings, read as Vietnam time by the schema);
 * - the id is the file name, unique across sub-folders (a duplicate stops the build);
 * - the body's word count is stored with the data (body-stats.ts);
 * - files unchanged since the last build are not parsed again.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseContentFile, prepareContentSource } from '../lib/frontmatter.ts';
import { slugFromPath } from '../lib/content-dir.ts';
import { BODY_WORDS_KEY, bodyWordCount } from '../lib/body-stats.ts';

/** The part of Astro's (internal) content entry type that we replace. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/** What a collection holds once loaded: every entry of Astro's content store. */
export type LoadedEntries = ReturnType<LoaderContext['store']['values']>;

/** `onLoaded` receives the collection's entries after every load (in a build, once). */
export function contentLoader(base: string, pattern: string, onLoaded?: (entries: LoadedEntries) => void): Loader {
  const inner = glob({ base, pattern, generateId: ({ entry }) => slugFromPath(entry) });
  return {
    name: 'vietnamese-content-loader',
    load: async (loaderContext) => {
      // entryTypes is passed to loaders but not part of the public LoaderContext type.
      const context = loaderContext as ContextWithEntryTypes;
      const fileById = new Map<string, string>();
      const bodyWordsById = new Map<string, number>();
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
        // glob() keeps an entry whose file is unchanged since the last build without looking at its
        // data or body, so a rebuild need not parse the thousands of files nobody edited.
        const stored = context.store.get(id);
        if (stored?.filePath && stored.digest === context.generateDigest(contents)) return { data: {}, body: '' };
        // One parse, ours: Astro's own frontmatter parser would read naive dates as UTC.
        const parsed = parseContentFile(prepareContentSource(contents));
        const body = parsed.body.trim();
        bodyWordsById.set(id, bodyWordCount(body));
        return { data: parsed.data, body };
      };
      // The word count goes into the stored data after validation (the schema knows only editors' fields).
      const parseData: LoaderContext['parseData'] = async (props) => ({ ...(await context.parseData(props)), [BODY_WORDS_KEY]: bodyWordsById.get(props.id) });
      const entryTypes = new Map([...context.entryTypes].map(([extension, type]) => [extension, { ...type, getEntryInfo }]));
      await inner.load({ ...context, entryTypes, parseData } as LoaderContext);
      onLoaded?.(context.store.values());
    },
  };
}
