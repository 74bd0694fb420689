import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main, type CliIo } from './main.js';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: async () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

interface Report {
  lang: string | null;
  context: string;
  phase: string | null;
  findings: {
    code: string;
    severity: string;
    range?: { start: number; end: number };
    suggestion?: string;
  }[];
}

test('text lint: a safe text exits 0 and says so', async () => {
  const t = fakeIo();
  const code = await main(
    [
      'text',
      'lint',
      'Grote schietpartij bij Stationsplein. Verlaat direct het gebied. https://www.politie.nl',
      '--context',
      'extreme-violence',
    ],
    t.io,
  );
  assert.equal(code, 0, t.out() + t.err());
  assert.match(t.out(), /no findings/);
});

test('text lint --json: findings with ranges and suggestions; exit 1 on an error', async () => {
  const text = 'Schietpartij. Verzamel bij het stadhuis. Meer informatie op politie.nl';
  const t = fakeIo();
  assert.equal(
    await main(
      ['text', 'lint', text, '--context', 'extreme-violence', '--lang', 'nl', '--json'],
      t.io,
    ),
    1,
  );
  const report = JSON.parse(t.out()) as Report;
  assert.equal(report.lang, 'nl');
  assert.equal(report.context, 'extreme-violence');
  const gather = report.findings.find((f) => f.code === 'lint.gather-at-place');
  assert.equal(gather?.severity, 'error');
  assert.equal(text.slice(gather!.range!.start, gather!.range!.end), 'Verzamel bij het stadhuis');
  assert.match(gather?.suggestion ?? '', /Verlaat direct het gebied/);
});

test('text lint: the human listing names the place, the match and what to do instead; a warning exits 1', async () => {
  const t = fakeIo();
  assert.equal(
    await main(['text', 'lint', 'GO INSIDE NOW and close the windows.', '--lang', 'en'], t.io),
    1,
  );
  assert.match(t.out(), /1 warning, 1 note/);
  assert.match(t.out(), /warning lint\.all-caps\s+col 1 “GO INSIDE NOW”: .*capitals/);
  assert.match(t.out(), /→ Write it in normal sentence case: “Go inside now”\./);
});

test('text lint: only notes (no more information) exit 0', async () => {
  const t = fakeIo();
  assert.equal(await main(['text', 'lint', 'Grote brand. Sluit ramen en deuren.'], t.io), 0);
  assert.match(t.out(), /1 note/);
});

test('text lint reads standard input with -, and reports line and column', async () => {
  const t = fakeIo('Grote brand.\nKijk op http://www.vru.nl en sluit ramen.\n');
  assert.equal(await main(['text', 'lint', '-'], t.io), 1);
  assert.match(t.out(), /lint\.insecure-url\s+line 2, col 9 “http:\/\/www\.vru\.nl”/);
});

test('text lint --lang is the text’s language: Dutch patterns only, Dutch messages', async () => {
  const text = 'Gather at the town hall. Verlaat het gebied.';
  const en = fakeIo();
  assert.equal(
    await main(['text', 'lint', text, '--context', 'extreme-violence', '--json'], en.io),
    1,
  );
  assert.ok(
    (JSON.parse(en.out()) as Report).findings.some((f) => f.code === 'lint.gather-at-place'),
  );
  const nl = fakeIo();
  assert.equal(
    await main(['text', 'lint', text, '--context', 'extreme-violence', '--lang', 'nl'], nl.io),
    0,
  );
  assert.match(nl.out(), /1 note/);
  assert.match(nl.out(), /De tekst zegt niet waar meer informatie te vinden is/);
});

test('text lint: the after-phase turns a revealed direction of flight into a warning', async () => {
  const text = 'De dader is gevlucht richting Zeist. Blijf binnen. Meer informatie op politie.nl';
  const acute = fakeIo();
  assert.equal(
    await main(
      ['text', 'lint', text, '--context', 'extreme-violence', '--phase', 'acute'],
      acute.io,
    ),
    0,
  );
  const after = fakeIo();
  assert.equal(
    await main(
      ['text', 'lint', text, '--context', 'extreme-violence', '--phase', 'after'],
      after.io,
    ),
    1,
  );
  assert.match(after.out(), /warning lint\.search-area/);
});

test('text lint usage errors exit 2 with a message that says what to do', async () => {
  const cases: [string[], RegExp][] = [
    [['text', 'lint'], /Give the text to lint: sirene text lint "<text>" \(or - /],
    [
      ['text', 'lint', 'x', '--context', 'war'],
      /Unknown context "war"\. Use one of: general, extreme-violence\./,
    ],
    [
      ['text', 'lint', 'x', '--context', 'extreme-violence', '--phase', 'later'],
      /Unknown phase "later"\. Use one of: threat, acute, after\./,
    ],
    [
      ['text', 'lint', 'x', '--phase', 'after'],
      /--phase applies to extreme violence only: add --context extreme-violence/,
    ],
    [['text', 'lint', 'x', '--lang', 'es'], /Unknown language "es"/],
  ];
  for (const [argv, message] of cases) {
    const t = fakeIo();
    assert.equal(await main(argv, t.io), 2, argv.join(' '));
    assert.match(t.err(), message);
  }
});

test('the help lists text lint', async () => {
  const t = fakeIo();
  assert.equal(await main(['--help'], t.io), 0);
  assert.match(t.out(), /sirene text lint <text\|-> \[--context general\|extreme-violence\]/);
});
