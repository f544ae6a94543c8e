/** Who may see an article: drafts and scheduled articles are never published. */

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export interface Publishable {
  draft: boolean;
  publishedAt: Date;
}

export function publicationStatus(article: Publishable, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  if (article.publishedAt.getTime() > now.getTime()) return 'scheduled';
  return 'published';
}

export function isPublished(article: Publishable, now: Date): boolean {
  return publicationStatus(article, now) === 'published';
}

/**
 * The instant the build treats as "now". BUILD_TIME (ISO 8601) pins it for reproducible builds
 * and tests; otherwise it is the real time, so a scheduled article appears at the first build after it.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_TIME?.trim();
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`BUILD_TIME is not a valid date: ${pinned}`);
    return date;
  }
  return new Date();
}
