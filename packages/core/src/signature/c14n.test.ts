import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalize, canonicalizeMany } from './c14n.js';

test('canonicalize runs libxml2: attributes sorted, empty tags expanded, comments kept', async () => {
  const result = await canonicalize(
    "<?xml version='1.0'?>\n<a xmlns='urn:a' z='1' b=\"2\"><!--c--><e/>x&#xD;é</a>\n",
    'c14n11',
  );
  assert.deepEqual(result, {
    ok: true,
    text: '<a xmlns="urn:a" b="2" z="1"><!--c--><e></e>x&#xD;é</a>',
  });
  const noBlanks = await canonicalize('<a>\n  <b> </b>\n</a>', 'c14n', { noBlanks: true });
  assert.deepEqual(noBlanks, { ok: true, text: '<a><b> </b></a>' });
});

test('exclusive C14N renders only the namespaces an element uses', async () => {
  const xml = '<a xmlns="urn:a" xmlns:p="urn:p"><p:b></p:b></a>';
  assert.deepEqual(await canonicalize(xml, 'exc-c14n'), {
    ok: true,
    text: '<a xmlns="urn:a"><p:b xmlns:p="urn:p"></p:b></a>',
  });
  assert.deepEqual(await canonicalize(xml, 'c14n'), { ok: true, text: xml });
  const inner = '<p:b xmlns="urn:a" xmlns:p="urn:p"></p:b>';
  assert.deepEqual(await canonicalize(inner, 'exc-c14n'), {
    ok: true,
    text: '<p:b xmlns:p="urn:p"></p:b>',
  });
});

test('canonicalizeMany keeps documents apart and reports each failure on its own', async () => {
  const results = await canonicalizeMany(['<a/>', '<b>', '<c>1</c>'], 'c14n');
  assert.deepEqual(results[0], { ok: true, text: '<a></a>' });
  assert.equal(results[1]?.ok, false);
  assert.deepEqual(results[2], { ok: true, text: '<c>1</c>' });
  // libxml2 refuses relative namespace URIs; the whole run fails and each is redone alone.
  const relative = await canonicalizeMany(['<a xmlns="rel"/>', '<d/>'], 'c14n');
  assert.equal(relative[0]?.ok, false);
  assert.deepEqual(relative[1], { ok: true, text: '<d></d>' });
});
