import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cellRangeKm,
  distanceForLossKm,
  pathLossDb,
  pathLossLine,
  patternAttenuationDb,
  radioHorizonKm,
} from './propagation.js';

const base = { heightM: 30, erpDbw: 30 };

test('800 MHz ranges have the known order of magnitude: urban 2–4 km, rural 15–30 km', () => {
  const urban = cellRangeKm({ ...base, frequencyMhz: 800, environment: 'urban' });
  const suburban = cellRangeKm({ ...base, frequencyMhz: 800, environment: 'suburban' });
  const rural = cellRangeKm({ ...base, frequencyMhz: 800, environment: 'rural' });
  assert.ok(urban >= 2 && urban <= 4, String(urban));
  assert.ok(rural >= 15 && rural <= 30, String(rural));
  assert.ok(urban < suburban && suburban < rural);
  // Higher bands reach less far; more power reaches farther.
  const r1800 = cellRangeKm({ ...base, frequencyMhz: 1800, environment: 'urban' });
  const r2600 = cellRangeKm({ ...base, frequencyMhz: 2600, environment: 'urban' });
  assert.ok(r2600 < r1800 && r1800 < urban);
  assert.ok(cellRangeKm({ ...base, erpDbw: 33, frequencyMhz: 800, environment: 'urban' }) > urban);
});

test('Okumura–Hata urban at 900 MHz, 30 m, 1 km: the textbook 126.4 dB', () => {
  // 69.55 + 26.16·log10(900) − 13.82·log10(30) − a(1.5) with a(1.5) ≈ 0.016 dB.
  const line = pathLossLine(900, 30, 'urban');
  assert.ok(Math.abs(pathLossDb(line, 1) - 126.4) < 0.1, String(pathLossDb(line, 1)));
  assert.ok(Math.abs(line.slopeDb - 35.22) < 0.01);
  assert.equal(line.extrapolated, false);
  // The suburban and open-area corrections lower the loss.
  assert.ok(pathLossLine(900, 30, 'suburban').interceptDb < line.interceptDb);
  assert.ok(
    pathLossLine(900, 30, 'rural').interceptDb < pathLossLine(900, 30, 'suburban').interceptDb,
  );
  assert.ok(Math.abs(distanceForLossKm(line, pathLossDb(line, 7)) - 7) < 1e-9);
});

test('COST-231 from 1500 MHz; 2100 and 2600 MHz are extrapolated with the free-space term', () => {
  const at2000 = pathLossLine(2000, 30, 'urban');
  const at2600 = pathLossLine(2600, 30, 'urban');
  assert.equal(at2000.extrapolated, false);
  assert.equal(at2600.extrapolated, true);
  assert.ok(Math.abs(at2600.interceptDb - at2000.interceptDb - 20 * Math.log10(1.3)) < 1e-9);
});

test('the horizontal pattern: 3 dB at half the beamwidth, capped at the front-to-back ratio', () => {
  assert.equal(patternAttenuationDb(0), 0);
  assert.ok(Math.abs(patternAttenuationDb(32.5) - 3) < 1e-9);
  assert.ok(Math.abs(patternAttenuationDb(-32.5) - 3) < 1e-9);
  assert.equal(patternAttenuationDb(180), 25);
  assert.equal(patternAttenuationDb(350), patternAttenuationDb(10));
  assert.equal(patternAttenuationDb(45, 90, 20), 3);
});

test('the radio horizon caps the range of tall rural masts', () => {
  assert.ok(Math.abs(radioHorizonKm(30) - 4.12 * (Math.sqrt(30) + Math.sqrt(1.5))) < 1e-9);
  const optimistic = cellRangeKm(
    { heightM: 60, erpDbw: 33, frequencyMhz: 800, environment: 'rural' },
    { marginDb: 10 },
  );
  assert.equal(optimistic, radioHorizonKm(60));
});
