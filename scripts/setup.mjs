#!/usr/bin/env node
// Installs what a fresh clone is missing, using nothing but Node's standard library so it
// can run before `npm install`. Called first by `npm start`, `npm test`, `npm run bench`
// and the Storybook scripts.
//
//   node scripts/setup.mjs            npm packages (npm ci when node_modules is missing or stale)
//   node scripts/setup.mjs --browser  also Debian's Chromium for browser tests (apt-get, as root)
//   node scripts/setup.mjs --postgres also Debian's PostgreSQL server for the backend's tests
//
// It never downloads a browser or binary of its own: Chromium comes from Debian.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const log = (msg) => console.log(`[setup] ${msg}`);
const fail = (msg) => {
  console.error(`[setup] ${msg}`);
  process.exit(1);
};

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    fail(
      `Node ${process.versions.node} is too old: Sirene needs Node 20.19 or newer (Vite and Storybook do). Install a newer Node and run the command again.`,
    );
  }
}

function run(cmd, cmdArgs, what) {
  log(`${what}: ${cmd} ${cmdArgs.join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    fail(
      `${what} failed (exit ${r.status ?? r.signal}). Fix the error above and run the command again.`,
    );
}

function ensureNodeModules() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.sirene-setup-stamp');
  const want = createHash('sha256')
    .update(readFileSync(lock))
    .update(readFileSync(join(root, 'package.json')))
    .digest('hex');
  const have = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
  if (have === want && existsSync(join(root, 'node_modules', '.package-lock.json'))) return;
  run('npm', ['ci', '--no-audit', '--no-fund'], 'Installing npm packages');
  writeFileSync(stamp, want + '\n');
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function aptInstall(packages, why) {
  if (!isRoot()) {
    fail(
      `${why} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}  (then run the command again)`,
    );
  }
  run('apt-get', ['update', '-qq'], 'Updating Debian package lists');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`Installing ${packages.join(', ')} from Debian`);
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (r.status !== 0)
    fail(
      `apt-get install ${packages.join(' ')} failed. Fix the error above and run the command again.`,
    );
}

function ensureChromium() {
  const path = chromiumPath;
  if (existsSync(path)) return;
  if (process.env.CHROME_PATH)
    fail(
      `CHROME_PATH is set to ${path}, which does not exist. Point it at a Chromium binary or unset it.`,
    );
  // Fonts are only recommended by the package; without them pages render without text.
  aptInstall(
    ['chromium', 'fonts-liberation', 'fonts-dejavu-core'],
    "Debian's Chromium (needed for the browser tests)",
  );
  if (!existsSync(path)) fail(`Chromium was installed but ${path} is still missing.`);
  try {
    log(execFileSync(path, ['--version'], { encoding: 'utf8' }).trim());
  } catch {
    /* the version is informative only */
  }
}

/**
 * Debian's PostgreSQL server for the backend's tests, installed here once rather than by
 * test files running in parallel (two apt-gets at once would fight over dpkg's lock).
 * Skipped when DATABASE_URL names a server to test against.
 */
function ensurePostgres() {
  if (process.env.DATABASE_URL) return;
  const base = '/usr/lib/postgresql';
  const installed =
    existsSync(base) && readdirSync(base).some((v) => existsSync(join(base, v, 'bin', 'postgres')));
  if (installed) return;
  aptInstall(['postgresql'], "Debian's PostgreSQL server (needed for the backend's tests)");
}

checkNode();
ensureNodeModules();
if (args.has('--browser')) ensureChromium();
if (args.has('--postgres')) ensurePostgres();
