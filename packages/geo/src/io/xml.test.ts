import { test } from 'node:test';
import assert from 'node:assert/strict';
import { child, escapeXml, findAll, lineColumn, parseXml } from './xml.js';

test('parses elements, prefixes, attributes, entities, CDATA and line numbers', () => {
  const r = parseXml(
    '<?xml version="1.0"?>\n<!-- c -->\n<kml:kml xmlns:kml="x">\n  <kml:name a="1 &amp; 2">A &lt; B</kml:name>\n  <d><![CDATA[<raw>]]></d>\n  <e/>\n</kml:kml>',
  );
  assert.ok(r.ok);
  assert.equal(r.root.name, 'kml');
  const name = child(r.root, 'name');
  assert.equal(name?.text, 'A < B');
  assert.equal(name?.attributes.a, '1 & 2');
  assert.equal(name?.line, 4);
  assert.equal(child(r.root, 'd')?.text, '<raw>');
  assert.equal(findAll(r.root, 'e').length, 1);
});

test('reports malformed XML with line and column', () => {
  const cases: [string, number, RegExp][] = [
    ['<a>\n  <b>\n</a>', 3, /does not match <b>/],
    ['<a>\n<b></b>', 2, /<a> of line 1 is not closed/],
    ['<a></a>\n<b/>', 2, /more than one root/],
    ['<a><!-- x </a>', 1, /unterminated comment/],
    ['</a>', 1, /without a start tag/],
    ['text', 1, /text outside the root/],
    ['', 1, /no element/],
  ];
  for (const [xml, line, message] of cases) {
    const r = parseXml(xml);
    assert.equal(r.ok, false, xml);
    if (!r.ok) {
      assert.equal(r.error.line, line, xml);
      assert.match(r.error.message, message);
    }
  }
  assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
});

test('escapeXml escapes markup', () => {
  assert.equal(escapeXml('a < b & "c"'), 'a &lt; b &amp; &quot;c&quot;');
});
