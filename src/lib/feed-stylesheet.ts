/**
 * The XSL style sheet every RSS feed points to, so a reader who opens a feed in a browser sees a
 * Vietnamese page explaining what it is and how to subscribe, with the items listed, instead of
 * raw XML. Feed readers ignore it. XSLT 1.0 only (what browsers run), no script.
 */
import { escapeMarkup } from './markup.ts';

export interface FeedStylesheetText {
  banner: string;
  intro: string;
  subscribe: string;
  address: string;
  visit: string;
  allFeeds: string;
  latest: string;
  empty: string;
}

export interface FeedStylesheetOptions {
  text: FeedStylesheetText;
  /** Site path of the page listing every feed. */
  feedsPagePath: string;
}

/**
 * Item descriptions are HTML-escaped plain text (see feeds.ts); this template undoes the five
 * escapes so the page shows the lead's characters. Firefox ignores disable-output-escaping,
 * so string replacement is the portable way.
 */
/**
 * pubDate is RFC 822 in Vietnam time ("Thu, 19 Nov 2026 20:00:00 +0700", see feeds.ts), so the
 * page shows its parts in Vietnamese order, "20:00 19/11/2026", with no date arithmetic.
 */
const DATE_TEMPLATE = `
  <xsl:template name="vietnam-date">
    <xsl:param name="date"/>
    <xsl:variable name="month" select="substring($date, 9, 3)"/>
    <xsl:variable name="monthNumber" select="string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', $month)) div 3 + 1"/>
    <time><xsl:value-of select="concat(substring($date, 18, 5), ' ', substring($date, 6, 2), '/', format-number($monthNumber, '00'), '/', substring($date, 13, 4))"/></time>
  </xsl:template>`;

const UNESCAPE_TEMPLATES = `
  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="unescape-html">
    <xsl:param name="text"/>
    <xsl:variable name="lt"><xsl:call-template name="replace"><xsl:with-param name="text" select="$text"/><xsl:with-param name="from" select="'&amp;lt;'"/><xsl:with-param name="to" select="'&lt;'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="gt"><xsl:call-template name="replace"><xsl:with-param name="text" select="$lt"/><xsl:with-param name="from" select="'&amp;gt;'"/><xsl:with-param name="to" select="'&gt;'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="quot"><xsl:call-template name="replace"><xsl:with-param name="text" select="$gt"/><xsl:with-param name="from" select="'&amp;quot;'"/><xsl:with-param name="to" select="'&quot;'"/></xsl:call-template></xsl:variable>
    <xsl:variable name="single"><xsl:call-template name="replace"><xsl:with-param name="text" select="$quot"/><xsl:with-param name="from" select="'&amp;#39;'"/><xsl:with-param name="to">'</xsl:with-param></xsl:call-template></xsl:variable>
    <xsl:call-template name="replace"><xsl:with-param name="text" select="$single"/><xsl:with-param name="from" select="'&amp;amp;'"/><xsl:with-param name="to" select="'&amp;'"/></xsl:call-template>
  </xsl:template>`;

const STYLE = `
      :root { color-scheme: light dark; --bg: #fff; --soft: #f3f6f9; --text: #1a1d21; --muted: #4a5360; --brand: #0b4f8a; --border: #d5dce4; }
      @media (prefers-color-scheme: dark) { :root { --bg: #121417; --soft: #1c2026; --text: #e8eaed; --muted: #b4bcc7; --brand: #8cc4ff; --border: #3a424d; } }
      body { margin: 0; background: var(--bg); color: var(--text); font: 1.0625rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; }
      main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
      a { color: var(--brand); }
      .banner { background: var(--soft); border: 1px solid var(--border); border-radius: 6px; padding: 1rem; }
      .banner h1 { margin-top: 0; font-size: 1.25rem; }
      code { display: block; overflow-wrap: anywhere; background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: .5rem; }
      ol.items { list-style: none; padding: 0; }
      ol.items li { border-bottom: 1px solid var(--border); padding: .75rem 0; }
      ol.items h3 { margin: 0; font-size: 1.125rem; }
      .meta { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
      .lead { margin: .25rem 0 0; }`;

export function feedStylesheet({ text, feedsPagePath }: FeedStylesheetOptions): string {
  const t = Object.fromEntries(Object.entries(text).map(([key, value]) => [key, escapeMarkup(value)])) as unknown as FeedStylesheetText;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/"
  exclude-result-prefixes="atom dc media">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="rss/channel/title"/> – RSS</title>
        <style>${STYLE}
        </style>
      </head>
      <body>
        <main>
          <section class="banner" aria-labelledby="rss-banner">
            <h1 id="rss-banner">${t.banner}: <xsl:value-of select="rss/channel/title"/></h1>
            <p>${t.intro}</p>
            <p>${t.subscribe}</p>
            <p><strong>${t.address}</strong></p>
            <code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code>
            <p>
              <a href="{rss/channel/link}">${t.visit}: <xsl:value-of select="rss/channel/link"/></a>
              · <a href="${escapeMarkup(feedsPagePath)}">${t.allFeeds}</a>
            </p>
          </section>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <h2>${t.latest}</h2>
          <xsl:choose>
            <xsl:when test="rss/channel/item">
              <ol class="items">
                <xsl:for-each select="rss/channel/item">
                  <li>
                    <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                    <p class="meta">
                      <xsl:value-of select="category"/>
                      <xsl:if test="pubDate">
                        <xsl:text> · </xsl:text>
                        <xsl:call-template name="vietnam-date"><xsl:with-param name="date" select="pubDate"/></xsl:call-template>
                      </xsl:if>
                    </p>
                    <p class="lead"><xsl:call-template name="unescape-html"><xsl:with-param name="text" select="description"/></xsl:call-template></p>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise><p>${t.empty}</p></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>
${DATE_TEMPLATE}
${UNESCAPE_TEMPLATES}
</xsl:stylesheet>
`;
}
