import { contentSecurityPolicy, securityHeaders } from '@/lib/site/security-headers';

describe('security headers', () => {
  it('send the full set on every response', () => {
    expect(securityHeaders(false).map((header) => header.key)).toEqual([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
  });

  it('never allow eval in production, only in development where React needs it', () => {
    expect(contentSecurityPolicy(false)).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy(true)).toContain("'unsafe-eval'");
  });

  it('allow frames only from the YouTube nocookie player and let nobody frame the wiki', () => {
    const policy = contentSecurityPolicy(false);
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it('let the YouTube player autoplay and go fullscreen, and nothing else use devices', () => {
    const permissions = securityHeaders(false).find((header) => header.key === 'Permissions-Policy')?.value ?? '';
    expect(permissions).toContain('fullscreen=(self "https://www.youtube-nocookie.com")');
    expect(permissions).toContain('camera=()');
    expect(permissions).toContain('geolocation=()');
  });
});
