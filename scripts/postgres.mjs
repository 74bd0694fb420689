#!/usr/bin/env node
// A throwaway PostgreSQL server for tests: Debian's `postgresql` package, a fresh
// cluster in a temporary directory, on a free port of 127.0.0.1, removed afterwards.
// When DATABASE_URL is set, that server is used instead and nothing is started.
//
//   import { startPostgres } from '../scripts/postgres.mjs';
//   const pg = await startPostgres(); … pg.url … await pg.stop();
//
//   node scripts/postgres.mjs                 # start, print the URL, stop on Ctrl+C
//   node scripts/postgres.mjs npm test        # run a command with DATABASE_URL set
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The newest installed server's bin directory, or undefined. */
function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

/** Installs Debian's postgresql when missing (needs root), or says how to. */
function ensureInstalled() {
  let bin = findBin();
  if (bin) return bin;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'PostgreSQL is not installed and this is not root. Install it with ' +
        '`sudo apt-get install -y postgresql`, or set DATABASE_URL to a server to test against.',
    );
  }
  console.error('Installing Debian postgresql for the tests (apt-get)…');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
    const r = spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status})`);
  }
  bin = findBin();
  if (!bin) throw new Error('apt-get installed postgresql but no server binary was found');
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Root cannot run postgres: run it as the `postgres` OS user then. */
function osUser() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts a throwaway server, or uses DATABASE_URL when set.
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPostgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const bin = ensureInstalled();
  const user = osUser();
  const dir = mkdtempSync(join(tmpdir(), 'sirene-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'sirene', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C'],
    { ...user, encoding: 'utf8' },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freePort();
  const child = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    { ...user, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`postgres did not start:\n${log}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      log += chunk.toString();
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited with ${code}:\n${log}`));
    });
  });
  child.stderr.resume();
  let stopped;
  const stop = () =>
    (stopped ??= new Promise((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGINT'); // fast shutdown
    }));
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: `postgres://sirene@127.0.0.1:${port}/postgres`, stop };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const pg = await startPostgres();
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.log(`DATABASE_URL=${pg.url}`);
    console.log('Ctrl+C stops the server and removes its data.');
    for (const signal of ['SIGINT', 'SIGTERM'])
      process.on(signal, () => pg.stop().then(() => process.exit(0)));
  } else {
    const run = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: pg.url },
    });
    run.on('exit', async (code) => {
      await pg.stop();
      process.exit(code ?? 1);
    });
  }
}
