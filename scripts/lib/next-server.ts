import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The repository's `next` command (scripts run from the repository root). */
export const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next');

export interface ServerOptions {
  port: number;
  /** Build directory (NEXT_DIST_DIR); `.next` by default. */
  distDir?: string;
  /** Content directory the server reads at run time (search, suggestions, health). */
  contentDir?: string;
  /** The Next.js project folder holding the build; the repository by default. */
  cwd?: string;
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for error reports. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `next start` on an existing production build and waits until it answers. Started with
 * node directly, not npx, so the PID held is the server's own and stopping it stops the server.
 */
export async function startNextServer({ port, distDir = '.next', contentDir, cwd = process.cwd() }: ServerOptions): Promise<RunningServer> {
  if (!fs.existsSync(path.join(cwd, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${path.join(cwd, distDir)}: run \`npm run build\` first.`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir };
  if (contentDir) env.CONTENT_DIR = contentDir;
  // next itself always comes from the repository's node_modules, whichever project it serves.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) return { url, process: child, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`next start did not answer within 30 s:\n${output}`);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function processTreeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}
