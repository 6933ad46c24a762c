/**
 * Headers sent with every response (pages, 404s, API, static files).
 *
 * The Content Security Policy allows scripts and styles from this origin plus inline ones:
 * statically prerendered Next.js pages carry their RSC payload in inline scripts and Shiki
 * colours code with inline styles, and a nonce would force every page to render per request.
 * What the policy does lock down: no plugins, no <base> hijacking, forms only to this site,
 * frames only from the YouTube privacy-enhanced player, no framing of this site at all.
 */
export function contentSecurityPolicy(development: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React's dev tooling evaluates code; production never needs eval.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // Entries may show https images; video thumbnails come from YouTube's image host.
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'frame-src': ['https://www.youtube-nocookie.com'],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

const YOUTUBE = '"https://www.youtube-nocookie.com"';

export function securityHeaders(development = process.env.NODE_ENV === 'development'): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(development) },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // YouTube embeds fail without a referrer (error 153); this sends only the origin across sites.
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: `accelerometer=(), autoplay=(self ${YOUTUBE}), camera=(), encrypted-media=(self ${YOUTUBE}), fullscreen=(self ${YOUTUBE}), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), picture-in-picture=(self ${YOUTUBE}), usb=(), browsing-topics=()`,
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}
