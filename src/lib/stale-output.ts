/**
 * Which files in the output folder are pages or feeds of an earlier build that this build no
 * longer produces. Only route outputs are considered: public/ files, hashed assets (_astro/),
 * the search bundle (pagefind/) and the sitemap files written after this check are left alone.
 */
const ROUTE_OUTPUT = /\.(html|xml|json|txt|xsl)$/;
const NOT_ROUTES = [/^_astro\//, /^pagefind\//, /^sitemap-index\.xml$/, /^sitemap-\d+\.xml$/];

export function staleOutputFiles(existingFiles: Iterable<string>, writtenByThisBuild: ReadonlySet<string>, publicFiles: ReadonlySet<string> = new Set()): string[] {
  const stale: string[] = [];
  for (const file of existingFiles) {
    if (!ROUTE_OUTPUT.test(file) || writtenByThisBuild.has(file) || publicFiles.has(file)) continue;
    if (NOT_ROUTES.some((pattern) => pattern.test(file))) continue;
    stale.push(file);
  }
  return stale.sort();
}
