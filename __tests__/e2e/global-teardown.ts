import type { RunningServer } from '@/scripts/lib/next-server';

export default async function globalTeardown() {
  await (globalThis as { __E2E_SERVER__?: RunningServer }).__E2E_SERVER__?.stop();
}
