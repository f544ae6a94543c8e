/** Page budgets, in one place. Tests assert them and print the measured figures. */
export const budgets = {
  /** An article page's HTML plus every stylesheet it loads, gzipped. */
  articleHtmlCssGzipBytes: 30 * 1024,
  /** Script files an article page loads before any interaction (inline JSON-LD data is not a script file). */
  articleScriptFilesBeforeInteraction: 0,
} as const;
