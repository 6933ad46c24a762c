import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown() {
  const server = (globalThis as { __E2E_SERVER__?: ChildProcess }).__E2E_SERVER__;
  server?.kill('SIGTERM');
}
