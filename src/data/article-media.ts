/**
 * What feeds and link previews need from an article beyond its data: the share image (a
 * 1200-pixel JPEG made by Astro's image pipeline) and the body rendered to an HTML string.
 * Both are memoized per article: the site feed, the category feed, the JSON feed and the
 * article page ask for the same ones.
 */
import { getImage } from 'astro:assets';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { articleComponents } from '../components/article-components.ts';
import type { FeedImage } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/site.ts';
import type { SiteArticle } from './catalog.ts';

/** Width of the share image: Facebook and Zalo recommend 1200 pixels for large previews. */
export const SHARE_IMAGE_WIDTH = 1200;

const shareImages = new Map<string, Promise<FeedImage | undefined>>();

async function makeShareImage(article: SiteArticle): Promise<FeedImage | undefined> {
  if (!article.image) return undefined;
  // JPEG, not WebP: every preview crawler and feed reader shows it.
  const image = await getImage({ src: article.image.src, width: SHARE_IMAGE_WIDTH, format: 'jpeg' });
  return {
    url: absoluteUrl(image.src),
    width: Number(image.attributes.width),
    height: Number(image.attributes.height),
    type: 'image/jpeg',
    alt: article.image.alt,
    credit: article.image.credit,
  };
}

/** The article's hero image as a 1200-wide JPEG with absolute URL, or undefined when it has none. */
export function shareImage(article: SiteArticle): Promise<FeedImage | undefined> {
  let image = shareImages.get(article.slug);
  if (!image) {
    image = makeShareImage(article);
    shareImages.set(article.slug, image);
  }
  return image;
}

let containerPromise: Promise<experimental_AstroContainer> | undefined;

function container(): Promise<experimental_AstroContainer> {
  // The MDX renderer is needed for .mdx bodies; .md bodies are plain Astro components.
  containerPromise ??= loadRenderers([getContainerRenderer()]).then((renderers) => experimental_AstroContainer.create({ renderers }));
  return containerPromise;
}

const bodies = new Map<string, Promise<string>>();

async function renderBody(article: SiteArticle): Promise<string> {
  // Rendering the Content component (rather than reading entry.rendered.html) works for .md and
  // .mdx alike and resolves local images in the body to their built files.
  const { Content } = await render(article.entry);
  return (await container()).renderToString(Content, { props: { components: articleComponents } });
}

/** The article body as an HTML string (site-relative URLs; feeds make them absolute). */
export function articleBodyHtml(article: SiteArticle): Promise<string> {
  let body = bodies.get(article.slug);
  if (!body) {
    body = renderBody(article);
    bodies.set(article.slug, body);
  }
  return body;
}
