import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { main, type CliIo } from './main.js';

const fixtures = new URL('../../../test/fixtures/cap/', import.meta.url);

function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) {
        if (path.startsWith('/')) return new Uint8Array(await readFile(path));
        throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      }
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const spec = (n: number) =>
  new URL(`spec-examples/v1dot2_appendix_adot${n}.xml`, fixtures).pathname;

test('cap validate: a valid message exits 0 and says so', async () => {
  const t = fakeIo();
  assert.equal(await main(['cap', 'validate', spec(1)], t.io), 0);
  assert.match(t.out(), /: valid/);
});

test('cap validate --json: one report with valid and findings', async () => {
  const t = fakeIo();
  assert.equal(await main(['cap', 'validate', spec(3), '--json'], t.io), 0);
  const report = JSON.parse(t.out()) as { valid: boolean; findings: unknown[] };
  assert.equal(report.valid, true);
  assert.ok(Array.isArray(report.findings));
});

test('cap validate: a message with a schema error exits 1 and names the element', async () => {
  const file = new URL('corpus/google__cap-library/testdata__invalid.cap', fixtures).pathname;
  const t = fakeIo();
  assert.equal(await main(['cap', 'validate', file, '--json'], t.io), 1);
  const report = JSON.parse(t.out()) as {
    valid: boolean;
    findings: { code: string; message: string }[];
  };
  assert.equal(report.valid, false);
  assert.ok(report.findings.some((f) => f.code === 'schema.invalid' && /info/.test(f.message)));
});

test('cap validate reads standard input with -', async () => {
  const xml = await readFile(spec(2), 'utf8');
  const t = fakeIo({}, xml);
  assert.equal(await main(['cap', 'validate', '-'], t.io), 0);
});

test('cap validate: CAP 1.1 is refused as the wrong version', async () => {
  const file = new URL('corpus/willglynn__oasiscap/fixtures__v1dot1_appendix_adot1.xml', fixtures)
    .pathname;
  const t = fakeIo();
  assert.equal(await main(['cap', 'validate', file, '--json'], t.io), 1);
  assert.match(t.out(), /cap\.version-unsupported/);
});

test('usage errors exit 2 with a message that says what to do', async () => {
  const cases: [string[], RegExp][] = [
    [['cap', 'validate'], /Name the CAP file/],
    [['cap', 'validate', 'missing.xml'], /Cannot read missing\.xml: no such file/],
    [
      ['cap', 'validate', 'x.xml', '--profile', 'uk-alert'],
      /Unknown profile "uk-alert"\. Use one of: .*nl-alert/,
    ],
    [['cap', 'frobnicate'], /Unknown command "cap frobnicate"/],
    [['cap', 'validate', 'x.xml', '--bogus'], /bogus/],
    [['text', 'measure', 'x', '--channel', 'fax'], /Unknown channel "fax"/],
    [['text', 'measure', 'x', '--wea-limit', '100'], /--wea-limit must be 90 or 360/],
  ];
  for (const [argv, message] of cases) {
    const t = fakeIo();
    assert.equal(await main(argv, t.io), 2, argv.join(' '));
    assert.match(t.err(), message);
  }
});

test('cap parse → cap build round trip gives a schema-valid equivalent message', async () => {
  const parsed = fakeIo();
  assert.equal(await main(['cap', 'parse', spec(3)], parsed.io), 0);
  const alert = JSON.parse(parsed.out()) as {
    identifier: string;
    infos: { areas: { circles: unknown[] }[] }[];
  };
  assert.equal(alert.identifier, 'TRI13970876.2');
  const built = fakeIo({ 'alert.json': parsed.out() });
  assert.equal(await main(['cap', 'build', 'alert.json'], built.io), 0, built.err());
  const again = fakeIo({ 'again.xml': built.out() });
  assert.equal(await main(['cap', 'parse', 'again.xml'], again.io), 0);
  assert.deepEqual(JSON.parse(again.out()), alert);
});

test('cap build refuses broken JSON and wrong fields, and writes no XML', async () => {
  const broken = fakeIo({ 'a.json': '{"identifier": ' });
  assert.equal(await main(['cap', 'build', 'a.json'], broken.io), 1);
  assert.match(broken.err(), /not valid JSON/);
  assert.equal(broken.out(), '');

  const wrong = fakeIo({
    'b.json': JSON.stringify({
      identifier: 'x',
      sender: 's',
      sent: '2026-11-23T03:00:00+01:00',
      status: 'Real',
      msgType: 'Alert',
      scope: 'Public',
    }),
  });
  assert.equal(await main(['cap', 'build', 'b.json'], wrong.io), 1);
  assert.match(wrong.err(), /status/);
  assert.equal(wrong.out(), '');
});

test('text measure reports encoding, pages and the characters that forced UCS-2', async () => {
  const t = fakeIo();
  assert.equal(
    await main(
      ['text', 'measure', 'Bewoners zijn geïnformeerd.', '--channel', 'cell-broadcast', '--json'],
      t.io,
    ),
    0,
  );
  const m = JSON.parse(t.out()) as {
    encoding: string;
    segments: number;
    forcedUcs2: { char: string; suggestion?: string }[];
  };
  assert.equal(m.encoding, 'UCS-2');
  assert.equal(m.segments, 1);
  assert.equal(m.forcedUcs2[0]?.char, 'ï');
  assert.equal(m.forcedUcs2[0]?.suggestion, 'i');

  const all = fakeIo();
  assert.equal(await main(['text', 'measure', 'Verlaat het gebied'], all.io), 0);
  assert.match(all.out(), /cell-broadcast: fits[\s\S]*sms: fits[\s\S]*wea: fits/);

  const long = fakeIo();
  assert.equal(
    await main(['text', 'measure', 'x'.repeat(1396), '--channel', 'cell-broadcast'], long.io),
    1,
  );
  assert.match(long.out(), /TOO LONG/);
});

test('the sirene bin runs as a program with the documented exit codes', () => {
  const bin = new URL('../bin/sirene.js', import.meta.url).pathname;
  const ok = spawnSync(process.execPath, [bin, 'cap', 'validate', spec(4)], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const usage = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Unknown command/);
});

test('sirene area … reaches the area commands through main', async () => {
  const square = JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [4.47, 51.92],
        [4.5, 51.92],
        [4.5, 51.94],
        [4.47, 51.94],
        [4.47, 51.92],
      ],
    ],
  });
  const t = fakeIo({ 'a.geojson': square });
  assert.equal(await main(['area', 'check', 'a.geojson', '--json'], t.io), 0, t.err());
  const help = fakeIo();
  await main(['--help'], help.io);
  assert.match(help.out(), /sirene area check\|repair\|simplify\|convert/);
});

test('sirene overshoot … reaches the overshoot estimate through main', async () => {
  const cells = new URL('../../geo/data/synthetic/rotterdam.csv', import.meta.url).pathname;
  const area = JSON.stringify({
    type: 'Polygon',
    coordinates: [
      [
        [4.455, 51.925],
        [4.49, 51.925],
        [4.49, 51.945],
        [4.455, 51.945],
        [4.455, 51.925],
      ],
    ],
  });
  const t = fakeIo({ 'area.geojson': area });
  assert.equal(
    await main(
      ['overshoot', 'estimate', '--cells', cells, '--area', 'area.geojson', '--json'],
      t.io,
    ),
    0,
    t.err(),
  );
  assert.match(t.out(), /overshoot/i);
  const usage = fakeIo();
  assert.equal(await main(['overshoot', 'estimate'], usage.io), 2);
});
