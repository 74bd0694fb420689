// Where an element's up-front bytes come from: a quick companion to the bundle-size bench.
//
//   node scripts/bundle-breakdown.mjs <package> [detail-package]
//   e.g. node scripts/bundle-breakdown.mjs checklist checklist
//
// Bundles packages/<package>/dist/sirene-<tag>.js (run `npx tsc -b tsconfig.build.json`
// first) the way bench/bundle-size.bench.ts does (@sirene/core external, node-resolve,
// commonjs, terser), prints the combined gzip size of what loads up front — the figure the
// bench compares with the target — and then one line per package (or per file of
// `detail-package`), each minified and gzipped on its own: separate compression makes
// those parts add up to a little more than the combined figure. Takes seconds, where the
// whole bench takes minutes.
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { minifyLitTemplates } from './rollup-minify-lit.mjs';

const [pkg, detail] = process.argv.slice(2);
if (!pkg) {
  console.error('usage: node scripts/bundle-breakdown.mjs <package> [detail-package]');
  process.exit(2);
}
const dist = new URL(`../packages/${pkg}/dist/`, import.meta.url).pathname;
const define = readdirSync(dist).find((f) => /^sirene-.*\.js$/.test(f));
if (!define) {
  console.error(`no dist/sirene-*.js in packages/${pkg}: run npx tsc -b tsconfig.build.json`);
  process.exit(2);
}

/** The group a module's bytes are counted under. */
function group(id) {
  let m = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)/);
  if (m) return m[1] === detail ? `${m[1]}/${m[2]}` : m[1];
  m = id.match(/packages\/([^/]+)\/(?:dist\/)?(.*)/);
  if (m) return m[1] === detail ? `@sirene/${m[1]}/${m[2]}` : `@sirene/${m[1]}`;
  return 'other';
}

async function build(manualChunks) {
  const bundle = await rollup({
    input: dist + define,
    external: (id) => id === '@sirene/core' || id.startsWith('@sirene/core/'),
    onwarn() {},
    plugins: [
      ...minifyLitTemplates(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
      commonjs(),
    ],
  });
  const { output } = await bundle.generate({
    format: 'es',
    manualChunks,
    plugins: [terser({ format: { comments: false } })],
  });
  await bundle.close();
  const chunks = new Map();
  for (const c of output) if (c.type === 'chunk') chunks.set(c.fileName, c);
  const initial = new Set();
  const visit = (name) => {
    const c = chunks.get(name);
    if (!c || initial.has(name)) return;
    initial.add(name);
    c.imports.forEach(visit);
  };
  for (const c of chunks.values()) if (c.isEntry) visit(c.fileName);
  const rows = [...chunks.values()].map((c) => ({
    name: c.name,
    upFront: initial.has(c.fileName),
    kB: gzipSync(c.code, { level: 9 }).length / 1000,
  }));
  const upFrontModules = new Set(
    [...chunks.values()].filter((c) => initial.has(c.fileName)).flatMap((c) => c.moduleIds),
  );
  return { rows, upFrontModules };
}

const { rows: combined, upFrontModules } = await build(undefined);
const sum = (rows) => rows.reduce((s, r) => s + r.kB, 0).toFixed(2);
console.log(
  `${define}: up front ${sum(combined.filter((r) => r.upFront))} kB gzip (core external),`,
);
console.log(`  lazy chunks ${sum(combined.filter((r) => !r.upFront))} kB\n`);
// Group only what loads up front: grouping a lazily loaded module would pull it up front.
const { rows: parts } = await build((id) =>
  upFrontModules.has(id) ? group(id).replace(/[^\w@/.-]/g, '_') : undefined,
);
parts.sort((a, b) => b.kB - a.kB);
for (const p of parts.filter((r) => r.kB >= 0.05)) {
  console.log(`${p.upFront ? 'up front' : 'lazy    '}  ${p.kB.toFixed(1).padStart(6)}  ${p.name}`);
}
