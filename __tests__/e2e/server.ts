import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT || 3210);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export interface ServerOptions {
  port?: number;
  /** Build directory (NEXT_DIST_DIR); `.next` by default. */
  distDir?: string;
  /** Content directory the server reads at run time (search, suggestions). */
  contentDir?: string;
}

/**
 * Starts `next start` on an existing production build. Started through node directly, not npx,
 * so the PID we hold is the server's own and killing it stops the server.
 */
export async function startServer({ port = E2E_PORT, distDir = '.next', contentDir }: ServerOptions = {}): Promise<ChildProcess> {
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` before \`npm run test:e2e\`.`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir };
  if (contentDir) env.CONTENT_DIR = contentDir;
  const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`next start did not answer within 30 s:\n${output}`);
}
