import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectSeparator, parseCsv } from './csv.js';

test('quoted fields keep separators, doubled quotes and line breaks', () => {
  const r = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,2,3\n');
  assert.ok(r.ok);
  assert.deepEqual(
    r.records.map((x) => x.fields),
    [
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '2', '3'],
    ],
  );
  // The record after a quoted line break starts on line 4.
  assert.deepEqual(
    r.records.map((x) => x.line),
    [1, 2, 4],
  );
});

test('semicolons and tabs are detected from the header; a BOM and blank lines are skipped', () => {
  assert.equal(detectSeparator('lon;lat;erp_dbw\n'), ';');
  assert.equal(detectSeparator('lon\tlat\n'), '\t');
  assert.equal(detectSeparator('"a;b",c\n'), ',');
  const r = parseCsv('\uFEFFlon;lat\n\n4,5;52,1\n');
  assert.ok(r.ok);
  assert.equal(r.separator, ';');
  assert.deepEqual(
    r.records.map((x) => x.fields),
    [
      ['lon', 'lat'],
      ['4,5', '52,1'],
    ],
  );
});

test('an unclosed quote is reported with the line it opens on', () => {
  assert.deepEqual(parseCsv('a,b\n1,"open\n2,3\n'), { ok: false, line: 2 });
});

test('a last line without a line break, and empty fields, are kept', () => {
  const r = parseCsv('a,b,c\n1,,3');
  assert.ok(r.ok);
  assert.deepEqual(r.records[1]?.fields, ['1', '', '3']);
});
