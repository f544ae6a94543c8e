/**
 * What crawlers and link previews read in a page's head: Open Graph and Twitter tags, feed
 * autodiscovery links and JSON-LD (schema.org) objects. Plain data; SeoHead.astro prints it.
 */
import { toVietnamISOString } from './dates.ts';
import { pagePath } from './pagination.ts';
import { absoluteUrl } from './site.ts';
import { removeControlCharacters } from './text.ts';

export const OG_LOCALE = 'vi_VN';
export const CONTENT_LANGUAGE = 'vi';

export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width?: number | undefined;
  height?: number | undefined;
  /** MIME type. */
  type?: string | undefined;
  alt?: string | undefined;
}

export interface ArticleMetadata {
  publishedAt: Date;
  updatedAt?: Date | undefined;
  section: string;
  tags: string[];
  /** Absolute URL of the author's page. */
  authorUrl?: string | undefined;
}

export interface FeedLink {
  title: string;
  /** Absolute URL. */
  href: string;
  type: 'application/rss+xml' | 'application/feed+json';
}

/** What a page adds to the metadata every page has (title, description, canonical URL). */
export interface PageSeo {
  ogType?: 'website' | 'article';
  /** Falls back to the site logo. */
  image?: SocialImage | undefined;
  article?: ArticleMetadata | undefined;
  /** Feeds besides the site feeds every page links (e.g. the category feed). */
  feeds?: FeedLink[] | undefined;
  /** schema.org objects, each printed as its own JSON-LD script. */
  jsonLd?: object[] | undefined;
  /** Absolute URLs of the neighbouring pages of a paginated list. */
  prevUrl?: string | undefined;
  nextUrl?: string | undefined;
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for everything else. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export interface SocialTagInput {
  title: string;
  description: string;
  url: string;
  siteName: string;
  ogType: 'website' | 'article';
  image: SocialImage;
  /** Whether `image` is the page's own picture (large card) or the fallback logo (small card). */
  hasOwnImage: boolean;
  article?: ArticleMetadata | undefined;
}

/** Open Graph, article:* and Twitter card tags, in the order previews expect (og:image before its details). */
export function socialMetaTags(input: SocialTagInput): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const tags: MetaTag[] = [
    og('og:type', input.ogType),
    og('og:locale', OG_LOCALE),
    og('og:site_name', input.siteName),
    og('og:title', input.title),
    og('og:description', input.description),
    og('og:url', input.url),
    og('og:image', input.image.url),
  ];
  if (input.image.url.startsWith('https:')) tags.push(og('og:image:secure_url', input.image.url));
  if (input.image.type) tags.push(og('og:image:type', input.image.type));
  if (input.image.width) tags.push(og('og:image:width', String(input.image.width)));
  if (input.image.height) tags.push(og('og:image:height', String(input.image.height)));
  if (input.image.alt) tags.push(og('og:image:alt', input.image.alt));
  if (input.article) {
    const { publishedAt, section, tags: articleTags, authorUrl } = input.article;
    tags.push(og('article:published_time', toVietnamISOString(publishedAt)));
    tags.push(og('article:modified_time', toVietnamISOString(modifiedAt(input.article))));
    tags.push(og('article:section', section));
    if (authorUrl) tags.push(og('article:author', authorUrl));
    for (const tag of articleTags) tags.push(og('article:tag', tag));
  }
  tags.push({ attribute: 'name', key: 'twitter:card', content: input.hasOwnImage ? 'summary_large_image' : 'summary' });
  tags.push({ attribute: 'name', key: 'twitter:title', content: input.title });
  tags.push({ attribute: 'name', key: 'twitter:description', content: input.description });
  tags.push({ attribute: 'name', key: 'twitter:image', content: input.image.url });
  if (input.image.alt) tags.push({ attribute: 'name', key: 'twitter:image:alt', content: input.image.alt });
  return tags.map((tag) => ({ ...tag, content: removeControlCharacters(tag.content) }));
}

function modifiedAt(article: Pick<ArticleMetadata, 'publishedAt' | 'updatedAt'>): Date {
  return article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

export interface Publisher {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
  logo: { url: string; width: number; height: number };
  email?: string | undefined;
  telephone?: string | undefined;
  address?: string | undefined;
  /** The agency the site belongs to. */
  parentOrganization?: string | undefined;
}

const SCHEMA = 'https://schema.org';

function organizationId(publisher: Publisher): string {
  return `${publisher.url.replace(/\/?$/, '/')}#to-chuc`;
}

/** The news organization: publisher of every article, also printed on the home page. */
export function organizationJsonLd(publisher: Publisher): Record<string, unknown> {
  const organization: Record<string, unknown> = {
    '@context': SCHEMA,
    '@type': 'Organization',
    '@id': organizationId(publisher),
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
  if (publisher.email) organization.email = publisher.email;
  if (publisher.telephone) organization.telephone = publisher.telephone;
  if (publisher.address) organization.address = { '@type': 'PostalAddress', streetAddress: publisher.address, addressCountry: 'VN' };
  if (publisher.parentOrganization) organization.parentOrganization = { '@type': 'GovernmentOrganization', name: publisher.parentOrganization };
  return organization;
}

/** The site, with a search box crawlers can offer (Pagefind page reads `q`). */
export function webSiteJsonLd(input: { name: string; alternateName?: string; url: string; description: string; searchUrlTemplate: string; publisher: Publisher }): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'WebSite',
    name: input.name,
    ...(input.alternateName ? { alternateName: input.alternateName } : {}),
    url: input.url,
    description: input.description,
    inLanguage: CONTENT_LANGUAGE,
    publisher: { '@id': organizationId(input.publisher) },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  images: SocialImage[];
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author?: { name: string; url: string } | undefined;
  section: string;
  keywords: string[];
  publisher: Publisher;
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'Organization',
    '@id': organizationId(input.publisher),
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', url: input.publisher.logo.url, width: input.publisher.logo.width, height: input.publisher.logo.height },
  };
  return {
    '@context': SCHEMA,
    '@type': 'NewsArticle',
    headline: removeControlCharacters(input.headline),
    description: removeControlCharacters(input.description),
    image: input.images.map((image) => ({
      '@type': 'ImageObject',
      url: image.url,
      ...(image.width ? { width: image.width } : {}),
      ...(image.height ? { height: image.height } : {}),
    })),
    datePublished: toVietnamISOString(input.publishedAt),
    dateModified: toVietnamISOString(modifiedAt(input)),
    // Without a byline the newsroom itself is the author.
    author: input.author
      ? { '@type': 'Person', name: removeControlCharacters(input.author.name), url: input.author.url }
      : { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    articleSection: input.section,
    keywords: input.keywords,
    inLanguage: CONTENT_LANGUAGE,
  };
}

/** Breadcrumb trail, home first; each item's URL absolute. */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': SCHEMA,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: removeControlCharacters(item.name),
      item: item.url,
    })),
  };
}

/** rel="prev"/"next" of page `current` of a paginated list whose first page is `basePath`. */
export function paginationLinks(basePath: string, current: number, totalPages: number): Pick<PageSeo, 'prevUrl' | 'nextUrl'> {
  return {
    prevUrl: current > 1 ? absoluteUrl(pagePath(basePath, current - 1)) : undefined,
    nextUrl: current < totalPages ? absoluteUrl(pagePath(basePath, current + 1)) : undefined,
  };
}
