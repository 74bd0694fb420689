// What a consumer gets from npm: `npm pack` every publishable workspace package, install
// the tarballs into a fresh project (third-party dependencies from the registry or the
// npm cache), import the DOM-free packages in Node, run the installed `sirene` bin, and
// check each tarball holds what its package.json promises (exports targets, define file,
// built JS and types) and nothing from the tests.
// Needs `npm run build` first (npm test does that).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjsModule, { type RollupCommonJSOptions } from '@rollup/plugin-commonjs';

// The plugin's CommonJS-style typings make its default import the module namespace under
// NodeNext; at run time the ESM default import is the plugin function itself.
const commonjs = commonjsModule as unknown as (options?: RollupCommonJSOptions) => Plugin;
const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

interface PackageJson {
  name: string;
  private?: boolean;
  bin?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
}

interface Packed {
  dir: string;
  manifest: PackageJson;
  tarball: string;
  files: Set<string>;
}

/** Packages `npm run build` builds (tsconfig.build.json's references). */
const built = new Set(
  (
    JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as {
      references: { path: string }[];
    }
  ).references.map((r) => join(root, r.path)),
);

/**
 * Workspace packages that are published: not private, with sources, and part of the build
 * (a package still being written joins the test when it joins tsconfig.build.json).
 */
const publishable = readdirSync(join(root, 'packages'))
  .sort()
  .map((name) => join(root, 'packages', name))
  .filter((dir) => built.has(dir) && existsSync(join(dir, 'src')))
  .map((dir) => ({
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson,
  }))
  .filter(({ manifest }) => !manifest.private);

/** Packages with one custom element each, recognised by their `sirene-<tag>.ts` define file. */
const elementPackages = publishable.filter(({ dir }) =>
  readdirSync(dir).some((f) => /^sirene-[a-z-]+\.ts$/.test(f)),
);

const work = mkdtempSync(join(tmpdir(), 'sirene-pack-'));
const project = join(work, 'consumer');
const packed = new Map<string, Packed>();

before(async () => {
  const missing = publishable
    .map(({ dir }) => join(dir, 'dist'))
    .filter((dist) => !existsSync(dist) || readdirSync(dist).length === 0);
  assert.deepEqual(
    missing,
    [],
    `run \`npm run build\` first: these packages have no dist/ to pack:\n${missing.join('\n')}`,
  );
  const { stdout } = await run(
    'npm',
    [
      'pack',
      '--json',
      '--pack-destination',
      work,
      ...publishable.flatMap(({ manifest }) => ['-w', manifest.name]),
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  const reports = JSON.parse(stdout) as {
    name: string;
    filename: string;
    files: { path: string }[];
  }[];
  for (const report of reports) {
    const pkg = publishable.find(({ manifest }) => manifest.name === report.name);
    assert.ok(pkg, `npm pack reported an unexpected package ${report.name}`);
    packed.set(report.name, {
      ...pkg,
      tarball: join(work, report.filename),
      files: new Set(report.files.map((f) => f.path)),
    });
  }
  assert.equal(packed.size, publishable.length, 'npm pack did not pack every package');

  // A fresh project that depends on every tarball, as a consumer's would.
  const dependencies = Object.fromEntries(
    [...packed.values()].map(({ manifest, tarball }) => [manifest.name, `file:${tarball}`]),
  );
  await run('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: project,
    maxBuffer: 64 * 1024 * 1024,
  });
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Every file an `exports` map points at, with the subpath and condition it is for. */
function exportTargets(manifest: PackageJson): { where: string; file: string }[] {
  return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) =>
    typeof target === 'string'
      ? [{ where: subpath, file: target }]
      : Object.entries(target).map(([condition, file]) => ({
          where: `${subpath} [${condition}]`,
          file,
        })),
  );
}

const isTestFile = (path: string): boolean =>
  /(^|\/)(test|tests|__tests__)\//.test(path) ||
  /\.(test|spec)\.[cm]?[jt]s(\.map)?$/.test(path) ||
  /\.test\.d\.ts(\.map)?$/.test(path) ||
  /test-(helper|fixtures?)\.[cm]?[jt]s/.test(path) ||
  /\.tsbuildinfo$/.test(path);

test('every publishable package is packed and installs cleanly in a fresh project', () => {
  assert.ok(publishable.length >= 8, `only ${publishable.length} publishable packages found`);
  for (const name of packed.keys()) {
    assert.ok(existsSync(join(project, 'node_modules', name, 'package.json')), `${name} missing`);
  }
});

test('each tarball contains every file its exports map points at, and no test files', () => {
  const problems: string[] = [];
  for (const { manifest, files } of packed.values()) {
    for (const { where, file } of exportTargets(manifest)) {
      if (!files.has(file.replace(/^\.\//, ''))) {
        problems.push(`${manifest.name}: exports ${where} → ${file} is not in the tarball`);
      }
    }
    for (const bin of Object.values(manifest.bin ?? {})) {
      if (!files.has(bin.replace(/^\.\//, ''))) {
        problems.push(`${manifest.name}: bin ${bin} is not in the tarball`);
      }
    }
    for (const file of files) {
      if (isTestFile(file)) problems.push(`${manifest.name}: ships test or build artefact ${file}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('each element package ships its define file, built JS and type declarations', () => {
  assert.ok(elementPackages.length >= 4, `only ${elementPackages.length} element packages found`);
  const problems: string[] = [];
  for (const { dir, manifest } of elementPackages) {
    const { files } = packed.get(manifest.name)!;
    const define = readdirSync(dir).find((f) => /^sirene-[a-z-]+\.ts$/.test(f))!;
    const base = define.replace(/\.ts$/, '');
    const subpath = `./${base}.js`;
    for (const file of [
      define,
      `dist/${base}.js`,
      `dist/${base}.d.ts`,
      'dist/src/index.js',
      'dist/src/index.d.ts',
    ]) {
      if (!files.has(file)) problems.push(`${manifest.name}: ${file} is not in the tarball`);
    }
    if (!manifest.exports?.[subpath]) {
      problems.push(`${manifest.name}: exports has no "${subpath}" for the define file`);
    }
    // The installed copy resolves the same way (npm kept what pack listed).
    for (const { where, file } of exportTargets(manifest)) {
      if (!existsSync(join(project, 'node_modules', manifest.name, file))) {
        problems.push(`${manifest.name}: installed package lacks ${file} (${where})`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('each installed element resolves all its imports from the consumer project, as a bundler would', async () => {
  // Element packages need a DOM, so they are not imported in Node; bundling the installed
  // define file proves every import (own files, @sirene/*, lit, ol) resolves in the tarballs.
  // One build over all define files shares the parsing of lit, ol and @sirene/*.
  const input = elementPackages.map(({ dir, manifest }) => {
    const define = readdirSync(dir).find((f) => /^sirene-[a-z-]+\.ts$/.test(f))!;
    return join(project, 'node_modules', manifest.name, 'dist', define.replace(/\.ts$/, '.js'));
  });
  const logs: RollupLog[] = [];
  const bundle = await rollup({
    input,
    onwarn: (log) => void logs.push(log),
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      commonjs(),
    ],
  });
  await bundle.generate({ format: 'es' });
  await bundle.close();
  const problems = logs
    .filter((l) => l.code === 'UNRESOLVED_IMPORT')
    .map((l) => `${l.exporter ?? ''} ${l.message}`);
  assert.deepEqual(problems, []);
});

test('@sirene/core and @sirene/geo import in plain Node and work', async () => {
  const script = `
    import * as core from '@sirene/core';
    import * as geo from '@sirene/geo';
    const worker = await import('@sirene/geo/overshoot-worker.js').then(() => true, (e) => String(e));
    console.log(JSON.stringify({
      core: Object.keys(core).length,
      geo: Object.keys(geo).length,
      coreFunctions: Object.values(core).filter((v) => typeof v === 'function').length,
      geoFunctions: Object.values(geo).filter((v) => typeof v === 'function').length,
      worker,
    }));
  `;
  writeFileSync(join(project, 'check.mjs'), script);
  const { stdout, stderr } = await run(process.execPath, ['check.mjs'], { cwd: project });
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  assert.ok((result['coreFunctions'] as number) > 10, `${stdout}${stderr}`);
  assert.ok((result['geoFunctions'] as number) > 10, `${stdout}${stderr}`);
  // The worker entry is for Worker threads; importing it on the main thread may decline,
  // but it must resolve (a missing file shows as ERR_MODULE_NOT_FOUND).
  assert.doesNotMatch(String(result['worker']), /ERR_MODULE_NOT_FOUND|ERR_PACKAGE_PATH/);
});

test('the installed type declarations type-check in a strict TypeScript consumer', async () => {
  // Every package's entry and each element's define file, as a TypeScript host imports
  // them; skipLibCheck stays off so broken or unresolved .d.ts files show up.
  const lines = [...packed.values()].map(
    ({ manifest }, i) => `import * as entry${i} from '${manifest.name}';\nvoid entry${i};`,
  );
  for (const { dir, manifest } of elementPackages) {
    const define = readdirSync(dir).find((f) => /^sirene-[a-z-]+\.ts$/.test(f))!;
    const tag = define.replace(/\.ts$/, '');
    lines.push(
      `import '${manifest.name}/${tag}.js';`,
      `const ${tag.replace(/-/g, '_')}: HTMLElementTagNameMap['${tag}'] = document.createElement('${tag}');`,
      `void ${tag.replace(/-/g, '_')};`,
    );
  }
  writeFileSync(join(project, 'check.ts'), lines.join('\n') + '\n');
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2023', 'dom', 'dom.iterable'],
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project }).then(
    () => '',
    (e: { stdout?: string; stderr?: string }) => `${e.stdout ?? ''}${e.stderr ?? ''}`,
  );
  assert.equal(result, '', `tsc in the consumer project:\n${result}`);
});

test('the installed `sirene` bin prints its help', async () => {
  const bin = join(project, 'node_modules', '.bin', 'sirene');
  assert.ok(existsSync(bin), 'node_modules/.bin/sirene was not linked');
  const { stdout, stderr } = await run(bin, ['--help'], { cwd: project });
  assert.match(stdout + stderr, /sirene/i);
  assert.match(stdout + stderr, /validate/);
});
