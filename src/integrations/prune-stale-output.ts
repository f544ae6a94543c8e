/**
 * Incremental builds keep the previous output folder (emptying ~12,000 folders cost 2–17 s), so
 * what the previous build wrote and this one did not (an article deleted, turned back into a
 * draft, a list page that no longer exists) must be removed here. Otherwise a withdrawn article
 * would stay online. For the same reason the incremental build's own copies of the pages are the
 * output folder's files (incremental-output.ts), which Astro then need not write again
 * (incremental-copies.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesBelow, readTextFile } from '../lib/file-tree.ts';
import { staleOutputFiles } from '../lib/stale-output.ts';
import { shareIncrementalCopies } from '../lib/incremental-output.ts';
import { skipRewritingLinkedCopies } from './incremental-copies.ts';

/**
 * In the cache folder: the output folder and the files the last build wrote there. A rebuild looks
 * for stale files among those instead of walking the ~23,000 files of the output folder (0.2–0.4 s
 * at 10,000 articles). Removed when a build starts and written when it ends, so after a build that
 * failed halfway (and may have written files no list names) the next one walks the folder again.
 * Files put into the output folder by hand are no build's and are left alone.
 */
const OUTPUT_LIST_FILE = 'khcn-output-files.json';

interface OutputList {
  outDir: string;
  files: string[];
}

function readOutputList(file: string, outDir: string): string[] | undefined {
  try {
    const list = JSON.parse(readTextFile(file)) as OutputList;
    return list.outDir === outDir && Array.isArray(list.files) ? list.files : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the stale files and the folders they leave empty, up to the output root. */
function removeStaleOutput(outputRoot: string, stale: readonly string[], logger: { info: (message: string) => void }): void {
  // A listed file may have been deleted by hand since.
  for (const file of stale) fs.rmSync(path.join(outputRoot, file), { force: true });
  for (const folder of new Set(stale.map((file) => path.dirname(path.join(outputRoot, file))))) {
    let current = folder;
    while (current.startsWith(outputRoot + path.sep) && fs.existsSync(current) && fs.readdirSync(current).length === 0) {
      fs.rmdirSync(current);
      current = path.dirname(current);
    }
  }
  if (stale.length > 0) logger.info(`Removed ${stale.length} page(s) left from an earlier build: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}`);
}

export default function pruneStaleOutput(): AstroIntegration {
  let publicDir = '';
  let cacheDir = '';
  let outDir = '';
  // A build that starts from an empty output folder writes everything in it: nothing can be stale,
  // and the walk over its ~23,000 files (0.2–0.4 s at 10,000 articles) is skipped.
  let startedEmpty = false;
  let previousFiles: string[] | undefined;
  const listFile = () => path.join(cacheDir, OUTPUT_LIST_FILE);
  return {
    name: 'khcn-prune-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ logger }) => {
        startedEmpty = !fs.existsSync(outDir) || fs.readdirSync(outDir).length === 0;
        previousFiles = startedEmpty ? undefined : readOutputList(listFile(), outDir);
        fs.rmSync(listFile(), { force: true });
        shareIncrementalCopies(cacheDir, outDir);
        if (!(await skipRewritingLinkedCopies())) logger.info('Astro writes each page twice (its incremental cache changed: see src/integrations/incremental-copies.ts).');
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // path.resolve drops the trailing slash, so the empty-folder walk below stops at the root.
        const outputRoot = path.resolve(fileURLToPath(dir));
        const written = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) written.add(path.relative(outputRoot, fileURLToPath(url)).split(path.sep).join('/'));
        // A build that started from an empty folder wrote everything in it: nothing to look for.
        if (!startedEmpty) removeStaleOutput(outputRoot, staleOutputFiles(previousFiles ?? filesBelow(outputRoot), written, new Set(filesBelow(publicDir))), logger);
        const list: OutputList = { outDir, files: [...written] };
        fs.mkdirSync(cacheDir, { recursive: true });
        fs.writeFileSync(listFile(), JSON.stringify(list));
      },
    },
  };
}
