/**
 * `npm run serve:prod [-- --replicas 2 --port 8080 --from-build]`: builds a release, starts N replicas of the standalone server on loopback and nginx in front of them in
 * the foreground. Ctrl-C stops everything, including replicas a later `npm run deploy` started.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { buildRelease, linkPublic, nginxArgs, nginxBinary, readState, replicaPort, startReplica, stopProcess, waitHealthy, writeNginxConfig, writeState, type LayoutState, type Replica } from './layout';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main() {
  const port = option('port', Number(process.env.PORT) || 8080);
  const count = option('replicas', Number(process.env.REPLICAS) || Math.max(1, os.availableParallelism()));
  const previous = readState();
  if (previous) for (const replica of previous.replicas) stopProcess(replica.pid);

  // --reuse: the release running before; --from-build: the existing .next build, not rebuilt.
  const release = process.argv.includes('--reuse') && previous ? previous.release : buildRelease(undefined, { build: !process.argv.includes('--from-build') });
  const replicas: Replica[] = [];
  for (let slot = 0; slot < count; slot += 1) {
    const replicaPortNumber = replicaPort(slot);
    const child = startReplica(release, replicaPortNumber);
    replicas.push({ slot, port: replicaPortNumber, pid: child.pid as number });
  }
  await Promise.all(replicas.map((replica) => waitHealthy(replica.port)));
  const state: LayoutState = { port, release, replicas };
  writeState(state);
  linkPublic(release);
  const config = writeNginxConfig(state);

  const nginx = spawn(nginxBinary(), [...nginxArgs(config), '-g', 'daemon off;'], { stdio: 'inherit' });
  console.log(`icp-wiki: http://127.0.0.1:${port}/ (nginx in front of ${count} replicas on ports ${replicas.map((replica) => replica.port).join(', ')}; release ${release})`);

  const shutdown = () => {
    for (const replica of readState()?.replicas ?? replicas) stopProcess(replica.pid);
    nginx.kill('SIGQUIT');
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  nginx.on('exit', (code) => {
    for (const replica of readState()?.replicas ?? replicas) stopProcess(replica.pid);
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
