/** One URL of every page type in a built site, found from its files (so any content works). */
import { htmlFiles } from './dist.ts';

export function pageTypeUrls(dist: string): Record<string, string> {
  const files = htmlFiles(dist);
  const first = (pattern: RegExp) => {
    const file = files.find((candidate) => pattern.test(candidate));
    return file ? `/${file.replace(/index\.html$/, '')}` : undefined;
  };
  const urls: Record<string, string | undefined> = {
    home: '/',
    article: first(/^tin-tuc\/[^/]+\/index\.html$/),
    category: first(/^chuyen-muc\/[^/]+\/index\.html$/),
    'category page 2': first(/^chuyen-muc\/[^/]+\/trang\/2\/index\.html$/),
    tag: first(/^the\/[^/]+\/index\.html$/),
    author: first(/^tac-gia\/[^/]+\/index\.html$/),
    search: '/tim-kiem/',
    feeds: '/rss/',
    'not found': '/404.html',
  };
  return Object.fromEntries(Object.entries(urls).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
