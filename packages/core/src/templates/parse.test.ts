import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { instantiateTemplate } from './instantiate.js';
import { parseMessageTemplate } from './parse.js';
import { messageTemplateSchema } from './schema.js';
import { fireSmokeTemplate } from './shipped/index.js';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

/** The example of the README's format section. */
function readmeExample(): string {
  const block = /## The format\s+```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(block, 'README has a JSON example under "The format"');
  return block;
}

function copy(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(fireSmokeTemplate)) as Record<string, unknown>;
}

function problems(json: unknown): string[] {
  const result = parseMessageTemplate(json);
  assert.equal(result.ok, false, 'expected the template to be rejected');
  return result.ok ? [] : result.findings.map((f) => `${f.code}@${f.path}`);
}

test('the README example parses from JSON text and makes a valid alert', () => {
  const parsed = parseMessageTemplate(readmeExample());
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.findings));
  const result = instantiateTemplate(parsed.template, {
    identifier: 'VRU-1',
    sender: 'vr-utrecht@nl-alert.nl',
    senderName: 'Veiligheidsregio Utrecht',
    location: 'A12 bij Bunnik',
    sent: new Date('2026-11-23T02:12:00Z'),
  });
  assert.ok(result.ok);
  assert.equal(
    result.alert.cap.infos[0]?.headline,
    'Gevaarlijke stoffen vrijgekomen bij A12 bij Bunnik',
  );
  assert.equal(result.alert.cap.infos[0]?.web, 'https://www.nl-alert.nl');
});

test('a parsed template is a copy: changing it leaves the input alone', () => {
  const input = copy();
  const parsed = parseMessageTemplate(input);
  assert.ok(parsed.ok);
  parsed.template.risks[0]!.id = 'changed';
  assert.equal((input.risks as { id: string }[])[0]?.id, 'large-fire');
});

test('malformed templates are rejected with the JSON path of each problem', () => {
  assert.deepEqual(problems('{"id": '), ['template.schema.invalid-json@']);
  assert.deepEqual(problems([]), ['template.schema.type@']);

  const missing = copy();
  delete missing.defaultRisk;
  missing.colour = 'red';
  assert.deepEqual(problems(missing), [
    'template.schema.required@defaultRisk',
    'template.schema.unknown-property@colour',
  ]);

  const broken = copy();
  broken.id = 'Fire Smoke';
  broken.version = 0;
  broken.context = 'disaster';
  broken.languages = ['nl', 'en', 'fr', 'de', 'es'];
  assert.deepEqual(problems(broken), [
    'template.schema.invalid-id@id',
    'template.schema.out-of-range@version',
    'template.schema.enum@context',
    'template.schema.enum@languages[4]',
  ]);

  const texts = copy() as { risks: { text: Record<string, string>; label: unknown }[] };
  delete texts.risks[1]!.text.fr;
  texts.risks[0]!.text.de = 'Brand bei {location}';
  texts.risks[0]!.label = 'Brand';
  assert.deepEqual(problems(texts), [
    'template.schema.type@risks[0].label',
    'template.schema.placeholder@risks[0].text.de',
    'template.schema.missing-translation@risks[1].text.fr',
  ]);

  const refs = copy() as Record<string, unknown> & { actions: { id: string }[] };
  refs.defaultAction = 'run';
  refs.actions[1]!.id = 'shelter';
  assert.deepEqual(problems(refs), [
    'template.schema.duplicate@actions[1].id',
    'template.schema.unknown-reference@defaultAction',
  ]);

  const cap = copy() as { cap: Record<string, unknown> };
  cap.cap.categories = [];
  cap.cap.urgency = 'Now';
  cap.cap.durationMinutes = 20_000;
  delete cap.cap.msgType;
  assert.deepEqual(problems(cap), [
    'template.schema.required@cap.msgType',
    'template.schema.empty@cap.categories',
    'template.schema.enum@cap.urgency',
    'template.schema.out-of-range@cap.durationMinutes',
  ]);

  const components = copy() as { components: Record<string, Record<string, string>>; web: string };
  components.components.headline!.nl = '{risk} bij {plaats}';
  components.components.instruction!.en = ' ';
  components.web = 'http://www.nl-alert.nl';
  assert.deepEqual(problems(components), [
    'template.schema.placeholder@components.headline.nl',
    'template.schema.empty@components.instruction.en',
    'template.schema.invalid-url@web',
  ]);
});

test('finding messages are localized and name what to do', () => {
  const t = copy();
  t.defaultRisk = 'storm';
  const result = parseMessageTemplate(t, { lang: 'de' });
  assert.ok(!result.ok);
  assert.equal(result.findings[0]?.source, 'schema');
  assert.match(
    result.findings[0]?.message ?? '',
    /„storm“ ist nicht die ID eines der Risiken\. Verwenden Sie eine von: large-fire, harmful-smoke\./,
  );
});

test('template.schema.json is the exported schema object', () => {
  const file = JSON.parse(
    readFileSync(new URL('./template.schema.json', import.meta.url), 'utf8'),
  ) as unknown;
  assert.deepEqual(file, messageTemplateSchema);
});

test('the schema’s pattern regexes accept the shipped patterns and refuse unknown placeholders', () => {
  const defs = messageTemplateSchema.$defs;
  const pattern = new RegExp(defs.patternText.pattern, 'u');
  const plain = new RegExp(defs.noPlaceholder.pattern, 'u');
  assert.ok(pattern.test('{risk} bij {location}'));
  assert.ok(pattern.test('Dit geldt voor {area}.'));
  assert.ok(!pattern.test('{risk} bij {plaats}'));
  assert.ok(!pattern.test(''));
  assert.ok(new RegExp(defs.patternTextOrEmpty.pattern, 'u').test(''));
  assert.ok(plain.test('Grote brand'));
  assert.ok(!plain.test('Brand bij {location}'));
});
