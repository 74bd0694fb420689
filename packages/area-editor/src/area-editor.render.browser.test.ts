/**
 * Rendering test, after OpenLayers' own: the map of a fixed area at a fixed view, on the
 * embedded base layer, is drawn into a canvas and compared with a committed reference
 * PNG with a per-pixel tolerance and a largest share of differing pixels.
 *
 * Regenerate the references (after an intended change of the map's look) with
 *   npx web-test-runner --config web-test-runner.config.mjs \
 *     --files 'packages/area-editor/src/area-editor.render.browser.test.ts' --update-snapshots
 * and look at the new PNGs in packages/area-editor/test/reference/ before committing
 * them. On a mismatch the actual image is written beside the reference as
 * `<name>.actual.png` (do not commit it).
 */
import { expect } from '@esm-bundle/chai';
import { getSnapshotConfig, readFile, setViewport, writeFile } from '@web/test-runner-commands';
import { loadDefaultBoundaryLayer, type BoundaryLayer, type SireneArea } from '@sirene/geo';
import '../sirene-area-editor.js';
import type { SireneAreaEditor } from './area-editor.js';
import { expectAccessible } from '../../../test/browser/helpers/a11y.js';

const REFERENCES = '../test/reference';
/** A pixel differs when any channel differs by more than this (of 255). */
const CHANNEL_TOLERANCE = 48;
/** At most this share of pixels may differ (anti-aliasing, font hinting). */
const MAX_MISMATCH = 0.01;

let layer: BoundaryLayer;
before(async () => {
  layer = await loadDefaultBoundaryLayer();
  await setViewport({ width: 1000, height: 900 });
});

afterEach(() => document.body.replaceChildren());

/** An effect area in Utrecht with a notch, a source circle inside, and a bow-tie that crosses itself. */
const AREA: SireneArea = {
  effect: [
    {
      type: 'Polygon',
      coordinates: [
        [
          [5.08, 52.07],
          [5.16, 52.07],
          [5.16, 52.11],
          [5.12, 52.095],
          [5.08, 52.11],
          [5.08, 52.07],
        ],
      ],
    },
    {
      type: 'Polygon',
      coordinates: [
        [
          [5.17, 52.06],
          [5.21, 52.09],
          [5.21, 52.06],
          [5.17, 52.09],
          [5.17, 52.06],
        ],
      ],
    },
  ],
  source: [{ type: 'Circle', center: [5.12, 52.08], radiusKm: 0.8 }],
};

interface Comparison {
  mismatched: number;
  total: number;
  ratio: number;
}

/** Compares two RGBA images of the same size pixel by pixel. */
function compare(a: ImageData, b: ImageData, tolerance: number): Comparison {
  let mismatched = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        mismatched++;
        break;
      }
    }
  }
  const total = a.width * a.height;
  return { mismatched, total, ratio: mismatched / total };
}

function pixels(canvas: HTMLCanvasElement): ImageData {
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
}

/** A file's base64 content, or undefined when it does not exist (the file plugin then reports an unknown command). */
async function readBase64(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path, encoding: 'base64' });
  } catch {
    return undefined;
  }
}

async function decodePng(base64: string): Promise<ImageData> {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

function pngBase64(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** Compares the canvas with `name`.png, or writes it when updating or missing. */
async function expectToMatchReference(canvas: HTMLCanvasElement, name: string): Promise<void> {
  const path = `${REFERENCES}/${name}.png`;
  const { updateSnapshots } = await getSnapshotConfig();
  const stored = updateSnapshots ? undefined : await readBase64(path);
  if (!stored) {
    await writeFile({ path, content: pngBase64(canvas), encoding: 'base64' });
    console.warn(`Reference ${path} written: look at it before committing.`);
    return;
  }
  const expected = await decodePng(stored);
  const actual = pixels(canvas);
  expect([actual.width, actual.height], 'image size').to.deep.equal([
    expected.width,
    expected.height,
  ]);
  const result = compare(actual, expected, CHANNEL_TOLERANCE);
  if (result.ratio > MAX_MISMATCH) {
    await writeFile({
      path: `${REFERENCES}/${name}.actual.png`,
      content: pngBase64(canvas),
      encoding: 'base64',
    });
  }
  expect(
    result.ratio,
    `${result.mismatched} of ${result.total} pixels differ from ${path} (actual written beside it)`,
  ).to.be.at.most(MAX_MISMATCH);
}

async function mount(lang = 'en'): Promise<SireneAreaEditor> {
  const el = document.createElement('sirene-area-editor');
  el.lang = lang;
  el.boundaries = layer;
  el.view = { center: [5.145, 52.085], zoom: 12 };
  el.value = AREA;
  el.style.width = '640px';
  el.style.setProperty('--sirene-area-editor-height', '420px');
  document.body.append(el);
  await el.whenMapRendered();
  return el;
}

describe('<sirene-area-editor> rendering', () => {
  it('draws the embedded base map, both areas and an invalid shape like the reference', async () => {
    const el = await mount();
    const canvas = el.map!.toCanvas();
    expect(canvas.width).to.be.greaterThan(600);
    await expectToMatchReference(canvas, 'utrecht-areas');
    await expectAccessible(el);
  });

  it('the comparer tells a different picture apart', async () => {
    const el = await mount();
    el.map!.setView({ center: [5.3, 52.2], zoom: 12 });
    await el.map!.whenRendered();
    const moved = pixels(el.map!.toCanvas());
    const stored = await readBase64(`${REFERENCES}/utrecht-areas.png`);
    if (!stored) return;
    const result = compare(moved, await decodePng(stored), CHANNEL_TOLERANCE);
    expect(result.ratio).to.be.greaterThan(MAX_MISMATCH);
  });
});
