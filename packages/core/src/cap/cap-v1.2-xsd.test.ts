import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CAP_V12_XSD } from './cap-v1.2-xsd.js';

test('the embedded XSD equals packages/core/schema/CAP-v1.2.xsd byte for byte', () => {
  const file = readFileSync(new URL('../../schema/CAP-v1.2.xsd', import.meta.url));
  const embedded = new TextEncoder().encode(CAP_V12_XSD);
  assert.equal(embedded.length, file.length);
  assert.ok(Buffer.from(embedded).equals(file), 'run node scripts/embed-xsd.mjs');
});
