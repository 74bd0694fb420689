import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childNamed, cutText, prepareSource, scanCanonical } from './document.js';

const DS = 'http://www.w3.org/2000/09/xmldsig#';

test('prepareSource drops the BOM and XML declaration and refuses a DOCTYPE', () => {
  assert.deepEqual(prepareSource('\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?>\n<a/>'), {
    ok: true,
    text: '\n<a/>',
  });
  assert.deepEqual(prepareSource('<?xml-stylesheet href="s.xsl"?><a/>'), {
    ok: true,
    text: '<?xml-stylesheet href="s.xsl"?><a/>',
  });
  assert.deepEqual(prepareSource('<?xml version="1.0"?><!-- c --><?p?>\n<!DOCTYPE a><a/>'), {
    ok: false,
    reason: 'doctype',
  });
  // A DOCTYPE-like string inside content is content (libxml2 judges the rest).
  assert.equal(prepareSource('<a><![CDATA[<!DOCTYPE html>]]></a>').ok, true);
  assert.deepEqual(prepareSource('  '), { ok: false, reason: 'empty' });
});

test('scanCanonical finds elements, namespaces, comments and blank text', () => {
  const text =
    '<?pi x?>\n<!-- a -->\n<r xmlns="urn:r" xmlns:ds="' +
    DS +
    '" xml:lang="nl"> <ds:Signature><ds:SignedInfo a="1 &amp; &quot;2&quot;">v&lt;w</ds:SignedInfo></ds:Signature><!--b--></r>\n<!--c-->';
  const doc = scanCanonical(text);
  assert.equal(doc.topLevelInstructions, true);
  assert.equal(doc.blankText, true);
  assert.equal(doc.root.uri, 'urn:r');
  assert.deepEqual(
    doc.comments.map((c) => text.slice(c.start, c.end)),
    ['<!-- a -->\n', '<!--b-->', '\n<!--c-->'],
  );
  const signature = childNamed(doc.root, DS, 'Signature');
  const signedInfo = signature && childNamed(signature, DS, 'SignedInfo');
  assert.ok(signature && signedInfo);
  assert.equal(text.slice(signature.start, signature.end).startsWith('<ds:Signature>'), true);
  assert.equal(text.slice(signature.start, signature.end).endsWith('</ds:Signature>'), true);
  assert.equal(signedInfo.text, 'v<w');
  assert.deepEqual(signedInfo.attributes, [
    { name: 'a', prefix: '', local: 'a', uri: '', value: '1 & "2"' },
  ]);
  assert.deepEqual(
    [...signedInfo.inScope],
    [
      ['', 'urn:r'],
      ['ds', DS],
    ],
  );
  assert.equal(doc.root.attributes[0]?.uri, 'http://www.w3.org/XML/1998/namespace');
  assert.equal(
    cutText(text, 0, text.length, [...doc.comments, signature]),
    '<?pi x?>\n<r xmlns="urn:r" xmlns:ds="' + DS + '" xml:lang="nl"> </r>',
  );
  assert.equal(
    cutText(text, signedInfo.start, signedInfo.end, [], { at: signedInfo.nameEnd, text: ' x="y"' }),
    '<ds:SignedInfo x="y" a="1 &amp; &quot;2&quot;">v&lt;w</ds:SignedInfo>',
  );
});

test('scanCanonical refuses what libxml2 would not write', () => {
  for (const text of ['<a/>', "<a b='c'></a>", '<a><b></a>', '<a></a>x', '<p:a></p:a>']) {
    assert.throws(() => scanCanonical(text), /offset/, text);
  }
});
