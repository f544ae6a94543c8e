/**
 * Astro's glob() loader, adapted to the content contract:
 * - every file is NFC-normalized before parsing, so bodies and frontmatter are NFC, and loses the
 *   control characters XML forbids (pasted from Word), so no page or feed carries them;
 * - frontmatter is parsed by our own parser (dates stay strings, read as Vietnam time by the schema);
 * - the id is the file name, unique across sub-folders (a duplicate stops the build).
 */
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseContentFile, prepareContentSource } from '../lib/frontmatter.ts';
import { slugFromPath } from '../lib/content-dir.ts';

/** The part of Astro's (internal) content entry type that we wrap. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string } & Record<string, unknown>>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

function withNormalizedEntryInfo(entryType: EntryType): EntryType {
  return {
    ...entryType,
    getEntryInfo: async ({ contents, fileUrl }) => {
      const normalized = prepareContentSource(contents);
      const info = await entryType.getEntryInfo({ contents: normalized, fileUrl });
      return { ...info, data: parseContentFile(normalized).data };
    },
  };
}

export function contentLoader(base: string, pattern: string): Loader {
  const inner = glob({ base, pattern, generateId: ({ entry }) => slugFromPath(entry) });
  return {
    name: 'vietnamese-content-loader',
    load: async (loaderContext) => {
      // entryTypes is passed to loaders but not part of the public LoaderContext type.
      const context = loaderContext as ContextWithEntryTypes;
      const entryTypes = new Map([...context.entryTypes].map(([extension, type]) => [extension, withNormalizedEntryInfo(type)]));
      const fileById = new Map<string, string>();
      const parseData: LoaderContext['parseData'] = async (props) => {
        const known = fileById.get(props.id);
        if (known && props.filePath && known !== props.filePath) {
          throw new Error(
            `Trùng tên tệp bài viết “${props.id}”: ${path.relative(process.cwd(), known)} và ${path.relative(process.cwd(), props.filePath)}. ` +
              'Tên tệp là địa chỉ của bài viết nên phải khác nhau; hãy đổi tên một tệp.',
          );
        }
        if (props.filePath) fileById.set(props.id, props.filePath);
        return context.parseData(props);
      };
      await inner.load({ ...context, entryTypes, parseData } as LoaderContext);
    },
  };
}
