/**
 * The logo files in public/ (written by scripts/make-logos.mjs) and their pixel sizes, which
 * Open Graph, RSS and JSON-LD state next to each URL. site.logo is the square one.
 */
export interface LogoFile {
  path: string;
  width: number;
  height: number;
  type: string;
}

/** Square logo: Open Graph fallback image, JSON Feed icon, Organization logo. */
export const SQUARE_LOGO: LogoFile = { path: '/logo.png', width: 512, height: 512, type: 'image/png' };
/** RSS <image>: at most 144 pixels wide by the RSS 2.0 spec. */
export const FEED_LOGO: LogoFile = { path: '/logo-144.png', width: 144, height: 144, type: 'image/png' };
/** Wide publisher logo for NewsArticle JSON-LD (600 × 60, Google's long-standing size). */
export const PUBLISHER_LOGO: LogoFile = { path: '/logo-publisher.png', width: 600, height: 60, type: 'image/png' };
