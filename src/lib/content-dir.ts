import path from 'node:path';

/** The content folder: CONTENT_DIR when set (tests, benchmarks), else content/ in the project. */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR?.trim() || 'content');
}

/** The slug of an article is its file name without the extension, whatever folder it is in. */
export function slugFromPath(filePath: string): string {
  return path.basename(filePath).replace(/\.(md|mdx)$/i, '');
}
