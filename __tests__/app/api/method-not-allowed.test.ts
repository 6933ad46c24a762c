import path from 'node:path';

process.env.CONTENT_DIR = path.relative(process.cwd(), path.join(__dirname, '..', '..', 'fixtures', 'valid-corpus'));

/* eslint-disable @typescript-eslint/no-require-imports */
const routes = {
  health: require('@/app/api/health/route') as typeof import('@/app/api/health/route'),
  search: require('@/app/api/search/route') as typeof import('@/app/api/search/route'),
  suggest: require('@/app/api/suggest/route') as typeof import('@/app/api/suggest/route'),
  'anything-else': require('@/app/api/[...path]/route') as typeof import('@/app/api/[...path]/route'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

describe('the API routes refuse writes', () => {
  it.each(Object.entries(routes))('/api/%s/ answers POST, PUT, PATCH and DELETE with 405 naming the methods it allows', (_, route) => {
    for (const write of [route.POST, route.PUT, route.PATCH, route.DELETE]) {
      const response = write();
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
  });
});
