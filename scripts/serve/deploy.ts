/**
 * `npm run deploy`: takes the working tree's code and content live with no failed request.
 * 1. builds a new release into a fresh directory (a failed build changes nothing);
 * 2. smoke-tests it on a spare port: the health check, and a sample of entries with their titles;
 * 3. switches the replicas one at a time: start the new one on its slot's other port (nginx
 *    lists both), wait until healthy, stop the old one; nginx retries its refused connections on
 *    the next server. nginx itself is never reloaded: a reload can reset a client's idle
 *    keep-alive connection, which a reader would see as a failed request.
 */
import { getAllEntries } from '@/lib/content';
import { escapeHtml } from '@/lib/site/health';
import { buildRelease, linkPublic, readState, replicaPort, startReplica, stopProcess, waitHealthy, writeState } from './layout';

const SMOKE_PORT = 3299;
const SAMPLE = 12;
const DRAIN_MS = 2_000;

async function smokeTest(release: string) {
  const candidate = startReplica(release, SMOKE_PORT);
  try {
    await waitHealthy(SMOKE_PORT);
    const entries = getAllEntries();
    const step = Math.max(1, Math.floor(entries.length / SAMPLE));
    for (const entry of entries.filter((_, index) => index % step === 0).slice(0, SAMPLE)) {
      const response = await fetch(`http://127.0.0.1:${SMOKE_PORT}/wiki/${entry.slug}/`);
      const html = await response.text();
      const title = /<h1 id="entry-title">([^<]*)<\/h1>/.exec(html)?.[1];
      const expected = escapeHtml(entry.title);
      if (response.status !== 200 || title !== expected) throw new Error(`smoke test: /wiki/${entry.slug}/ answered ${response.status} with title ${JSON.stringify(title)}, expected ${JSON.stringify(entry.title)}`);
    }
    console.log(`smoke test passed: health check and ${Math.min(SAMPLE, entries.length)} entries`);
  } finally {
    stopProcess(candidate.pid as number);
  }
}

async function main() {
  const state = readState();
  if (!state) throw new Error('No running layout: start one with npm run serve:prod first.');

  const release = buildRelease();
  await smokeTest(release);

  for (const replica of [...state.replicas]) {
    const port = replicaPort(replica.slot, replica.port);
    const next = startReplica(release, port);
    await waitHealthy(port);
    state.replicas = state.replicas.map((current) => (current.slot === replica.slot ? { slot: replica.slot, port, pid: next.pid as number } : current));
    state.release = release;
    writeState(state);
    linkPublic(release);
    // Both replicas serve now; give nginx's in-flight requests to the old one time to finish.
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    stopProcess(replica.pid);
    console.log(`replica ${replica.slot}: port ${replica.port} → ${port}`);
  }
  console.log(`deployed release ${release}`);
}

main().catch((error: unknown) => {
  console.error(`deploy failed, the running site is unchanged: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
