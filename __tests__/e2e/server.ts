import { startNextServer, type RunningServer, type ServerOptions } from '@/scripts/lib/next-server';

export const E2E_PORT = Number(process.env.E2E_PORT || 3210);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The production build served on loopback for the browser tests. */
export function startServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startNextServer({ port: E2E_PORT, ...options });
}
