import helmet from 'helmet';

/**
 * helmet's headers, its Content-Security-Policy without the `https:` it allows for styles
 * and fonts: nothing Mosty serves — the web app, the verification page, the queue board —
 * loads a style, font or script from another site. The queue board's page links IBM Plex
 * from Google Fonts, which would tell Google every admin's address and visit (a transfer
 * EU courts have found unlawful); blocked, it falls back to a system font.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      ...helmet.contentSecurityPolicy.getDefaultDirectives(),
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'", 'data:'],
    },
  },
});
