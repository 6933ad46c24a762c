import path from 'node:path';
import { getAllEntries, getEntry } from '@/lib/content';
import { checkBuildHealth } from '@/lib/site/health';

export const dynamic = 'force-dynamic';

/** The entry a health check renders: the owner's seed when present, else the first entry. */
const PROBE_SLUG = process.env.HEALTH_ENTRY || 'internet-computer-protocol';

/** `GET /api/health/`: 200 when the server can serve a real entry from its build, 503 otherwise. */
export function GET(): Response {
  let report;
  try {
    const entry = getEntry(PROBE_SLUG) ?? getAllEntries()[0] ?? null;
    report = checkBuildHealth(path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next'), entry);
  } catch (error) {
    report = { healthy: false, checks: [{ name: 'content', ok: false, detail: error instanceof Error ? error.message.split('\n')[0] ?? 'error' : 'error' }] };
  }
  return Response.json({ status: report.healthy ? 'ok' : 'unhealthy', checks: report.checks }, { status: report.healthy ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/site/method-not-allowed';
