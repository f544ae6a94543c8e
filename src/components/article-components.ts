/**
 * Components MDX articles may use, passed to every place that renders an article body (the
 * article page and the feeds), so a component added here works everywhere.
 */
import Callout from './Callout.astro';

export const articleComponents = { Callout };
