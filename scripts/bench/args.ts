/** Command-line options of `npm run bench` (scripts/bench/run.ts). */
import { DEFAULT_SEED } from './generate-corpus.ts';

export interface BenchOptions {
  /** Corpus sizes to build, in order. */
  sizes: number[];
  hugo: boolean;
  warm: boolean;
  keep: boolean;
  verbose: boolean;
  /** Wait (up to a limit) for other processes to calm down before each measured build. */
  waitIdle: boolean;
  seed: number;
  /** Where to write the JSON results (default .bench/results-<date>.json). */
  json: string | undefined;
}

export const DEFAULT_SIZES = [1000, 10000];

export const USAGE = `Usage: npm run bench -- [options]

  --articles N      corpus size; repeat it or give a comma list (1000,10000); "10k" works (default: 1000,10000)
  --no-hugo         do not build the corpus with Hugo
  --no-warm         skip the warm rebuild (one edited and one new article)
  --keep            keep the temporary folders (corpus, outputs, caches; logs are always kept in .bench/logs)
  --no-wait         do not wait before each measured build for a settled file system and an idle machine (default: up to 4 and 2 min)
  --seed N          corpus seed (default ${DEFAULT_SEED})
  --json FILE       write the results there (default .bench/results-<date>.json)
  --verbose         echo every build log line
`;

/** "10000", "10_000", "10k", "1.5k" → a whole number of articles. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k)?$/i.exec(text.trim().replace(/_/g, ''));
  const value = match ? Number(match[1]) * (match[2] ? 1000 : 1) : NaN;
  if (!Number.isInteger(value) || value < 1) throw new Error(`Not a number of articles: “${text}”`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const sizes: number[] = [];
  const options: BenchOptions = { sizes, hugo: true, warm: true, keep: false, verbose: false, waitIdle: true, seed: DEFAULT_SEED, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--articles':
        for (const part of value().split(',')) if (part.trim()) sizes.push(parseSize(part));
        break;
      case '--no-hugo':
        options.hugo = false;
        break;
      case '--no-warm':
        options.warm = false;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--no-wait':
        options.waitIdle = false;
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--seed': {
        const seed = Number(value());
        if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
        options.seed = seed;
        break;
      }
      case '--json':
        options.json = value();
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new Error(`Unknown option “${arg}”.\n\n${USAGE}`);
    }
  }
  if (sizes.length === 0) sizes.push(...DEFAULT_SIZES);
  return options;
}
