import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OL_CSS_TEXT } from './ol-styles.js';
import { RD_NEW_TILE_GRID, pdokRdNew } from './base-layers.js';

const require = createRequire(import.meta.url);

test('ol-styles.ts is the installed ol/ol.css (run generate-ol-styles.mjs after upgrading ol)', () => {
  assert.equal(OL_CSS_TEXT, readFileSync(require.resolve('ol/ol.css'), 'utf8'));
  assert.match(OL_CSS_TEXT, /:host\s*{\s*--ol-background-color/);
});

test('the RD New grid follows the Dutch tiling standard', () => {
  assert.equal(RD_NEW_TILE_GRID.resolutions[0], 3440.64);
  assert.equal(RD_NEW_TILE_GRID.resolutions[14], 0.21);
  assert.deepEqual(RD_NEW_TILE_GRID.origin, [-285401.92, 903401.92]);
  const pdok = pdokRdNew('standaard');
  assert.equal(pdok.type, 'wmts');
  if (pdok.type === 'wmts') {
    assert.equal(pdok.projection.code, 'EPSG:28992');
    assert.equal(pdok.layer, 'standaard');
  }
});
