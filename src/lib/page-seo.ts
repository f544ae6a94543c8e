/** The metadata of this site's pages, built from article and site data (see seo.ts for the pieces). */
import type { Article, Category } from './articles.ts';
import { PUBLISHER_LOGO, SQUARE_LOGO } from './brand.ts';
import { breadcrumbJsonLd, newsArticleJsonLd, organizationJsonLd, webSiteJsonLd, type PageSeo, type Publisher, type SocialImage } from './seo.ts';
import { categoryFeedLink } from './site-feeds.ts';
import { absoluteUrl, site } from './site.ts';
import { ui } from './strings.ts';
import { HOME_PATH, SEARCH_PATH, articlePath, authorPath, categoryPath } from './urls.ts';

/** The newsroom as publisher; `logo` is the square logo or the wide one articles use. */
export function sitePublisher(logo: 'square' | 'wide' = 'square'): Publisher {
  const file = logo === 'wide' ? PUBLISHER_LOGO : SQUARE_LOGO;
  return {
    name: site.name,
    url: absoluteUrl(HOME_PATH),
    logo: { url: absoluteUrl(file.path), width: file.width, height: file.height },
    email: site.contact.email,
    telephone: site.contact.phone,
    address: site.contact.address,
    parentOrganization: site.agency,
  };
}

/** The square logo as a page image: what previews show for pages without a picture of their own. */
export function siteLogoImage(): SocialImage {
  return { url: absoluteUrl(SQUARE_LOGO.path), width: SQUARE_LOGO.width, height: SQUARE_LOGO.height, type: SQUARE_LOGO.type, alt: site.name };
}

/** BreadcrumbList for a page of this site: "Trang chủ" first, as the visible breadcrumb shows it. */
export function siteBreadcrumbJsonLd(trail: { name: string; path: string }[]): Record<string, unknown> {
  return breadcrumbJsonLd([{ name: ui.home, path: HOME_PATH }, ...trail].map((item) => ({ name: item.name, url: absoluteUrl(item.path) })));
}

/** Home page: WebSite with its search box, and the Organization. */
export function homePageSeo(): PageSeo {
  const publisher = sitePublisher();
  return {
    jsonLd: [
      webSiteJsonLd({
        name: site.name,
        alternateName: site.shortName,
        url: absoluteUrl(HOME_PATH),
        description: site.description,
        searchUrlTemplate: `${absoluteUrl(SEARCH_PATH)}?q={search_term_string}`,
        publisher,
      }),
      organizationJsonLd(publisher),
    ],
  };
}

/** Article page: og:type article with its times, section and tags; NewsArticle and BreadcrumbList. */
export function articlePageSeo(article: Article & { category: Category }, image: SocialImage | undefined): PageSeo {
  const url = absoluteUrl(articlePath(article.slug));
  const authorUrl = article.author ? absoluteUrl(authorPath(article.author.slug)) : undefined;
  const tagNames = article.tags.map((tag) => tag.name);
  return {
    ogType: 'article',
    image,
    article: {
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      section: article.category.title,
      tags: tagNames,
      authorUrl,
    },
    feeds: [categoryFeedLink(article.category)],
    jsonLd: [
      newsArticleJsonLd({
        url,
        headline: article.title,
        description: article.description,
        // Google wants an image on every NewsArticle: the logo stands in, as it does for og:image.
        images: [image ?? siteLogoImage()],
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        author: article.author && authorUrl ? { name: article.author.name, url: authorUrl } : undefined,
        section: article.category.title,
        keywords: tagNames,
        publisher: sitePublisher('wide'),
      }),
      siteBreadcrumbJsonLd([
        { name: article.category.title, path: categoryPath(article.category.slug) },
        { name: article.title, path: articlePath(article.slug) },
      ]),
    ],
  };
}
