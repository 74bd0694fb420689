import type { RadioEnvironment } from './types.js';

/**
 * Propagation: Okumura–Hata (150–1500 MHz) and COST-231 Hata (1500–2000 MHz) with the
 * urban, suburban and open-area corrections, the 3GPP horizontal antenna pattern, and the
 * radio horizon. Distances in km, heights in m, frequencies in MHz, losses in dB.
 *
 * Every Hata variant is linear in log10(d): L(d) = L0 + B·log10(d). The engine uses that
 * to turn a loss budget into a range in closed form.
 */

/** Default maximum outdoor path loss (dB) at the reference ERP. */
export const DEFAULT_MAX_PATH_LOSS_DB = 145;
/** Default reference ERP (dBW): a typical macro cell (1 kW ERP). */
export const DEFAULT_REFERENCE_ERP_DBW = 30;
/** Default phone height (m). */
export const DEFAULT_MOBILE_HEIGHT_M = 1.5;
/** Default horizontal half-power beamwidth (degrees). */
export const DEFAULT_BEAMWIDTH_DEG = 65;
/** Default front-to-back ratio (dB), the floor of the horizontal pattern. */
export const DEFAULT_FRONT_TO_BACK_DB = 25;
/** Default antenna height (m) when a cell has none. */
export const DEFAULT_HEIGHT_M = 30;

/** Hata's validated frequency range (MHz): Okumura–Hata up to 1500, COST-231 to 2000. */
export const HATA_MIN_MHZ = 150;
/** Upper end of COST-231 Hata. */
export const HATA_MAX_MHZ = 2000;

/** `L(d) = intercept + slope·log10(d_km)`: one cell's path-loss line. */
export interface PathLossLine {
  /** Loss at 1 km (dB). */
  interceptDb: number;
  /** dB per decade of distance. */
  slopeDb: number;
  /** Whether the frequency lies outside 150–2000 MHz (extrapolated). */
  extrapolated: boolean;
}

const log10 = Math.log10;

/** Hata's mobile-antenna correction a(hm) for small and medium cities. */
function mobileCorrection(f: number, hm: number): number {
  return (1.1 * log10(f) - 0.7) * hm - (1.56 * log10(f) - 0.8);
}

/**
 * The path-loss line of a cell: Okumura–Hata below 1500 MHz, COST-231 Hata from 1500 to
 * 2000 MHz (C = 0 dB, medium city), each with the suburban
 * (−2·log10(f/28)² − 5.4) or open-area (−4.78·log10(f)² + 18.33·log10(f) − 40.94)
 * correction. Outside 150–2000 MHz the formula is taken at the nearest end and the
 * free-space frequency term 20·log10(f/f_end) is added (marked `extrapolated`).
 * Base-station heights are clamped to 10–200 m.
 */
export function pathLossLine(
  frequencyMhz: number,
  heightM: number,
  environment: RadioEnvironment,
  mobileHeightM = DEFAULT_MOBILE_HEIGHT_M,
): PathLossLine {
  const f = Math.min(Math.max(frequencyMhz, HATA_MIN_MHZ), HATA_MAX_MHZ);
  const hb = Math.min(Math.max(heightM, 10), 200);
  const lf = log10(f);
  const base =
    f < 1500
      ? 69.55 + 26.16 * lf - 13.82 * log10(hb) - mobileCorrection(f, mobileHeightM)
      : 46.3 + 33.9 * lf - 13.82 * log10(hb) - mobileCorrection(f, mobileHeightM);
  let intercept = base;
  if (environment === 'suburban') intercept -= 2 * log10(f / 28) ** 2 + 5.4;
  else if (environment === 'rural') intercept -= 4.78 * lf * lf - 18.33 * lf + 40.94;
  const extrapolated = frequencyMhz < HATA_MIN_MHZ || frequencyMhz > HATA_MAX_MHZ;
  if (extrapolated) intercept += 20 * log10(frequencyMhz / f);
  return { interceptDb: intercept, slopeDb: 44.9 - 6.55 * log10(hb), extrapolated };
}

/** Path loss (dB) at `distanceKm` from a line. */
export function pathLossDb(line: PathLossLine, distanceKm: number): number {
  return line.interceptDb + line.slopeDb * log10(distanceKm);
}

/** Distance (km) at which a line reaches `lossDb`. */
export function distanceForLossKm(line: PathLossLine, lossDb: number): number {
  return 10 ** ((lossDb - line.interceptDb) / line.slopeDb);
}

/**
 * Radio horizon (km) over a smooth earth with the standard 4/3 radius:
 * 4.12·(√h_base + √h_mobile). Beyond it the model gives no coverage.
 */
export function radioHorizonKm(heightM: number, mobileHeightM = DEFAULT_MOBILE_HEIGHT_M): number {
  return 4.12 * (Math.sqrt(Math.max(heightM, 0)) + Math.sqrt(Math.max(mobileHeightM, 0)));
}

/**
 * Attenuation (dB, ≥ 0) of the 3GPP horizontal pattern at `offsetDeg` from the main
 * beam: min(12·(θ/θ3dB)², front-to-back). 3 dB at half the beamwidth either side.
 */
export function patternAttenuationDb(
  offsetDeg: number,
  beamwidthDeg = DEFAULT_BEAMWIDTH_DEG,
  frontToBackDb = DEFAULT_FRONT_TO_BACK_DB,
): number {
  let a = Math.abs(offsetDeg) % 360;
  if (a > 180) a = 360 - a;
  return Math.min(12 * (a / beamwidthDeg) ** 2, frontToBackDb);
}

/** What a cell's range computation needs. */
export interface RangeInput {
  frequencyMhz: number;
  heightM: number;
  erpDbw: number;
  environment: RadioEnvironment;
}

/** Loss budget options. */
export interface RangeOptions {
  maxPathLossDb?: number;
  referenceErpDbw?: number;
  mobileHeightM?: number;
  /** Extra allowed loss (dB): +10 is the optimistic end of the sweep. */
  marginDb?: number;
}

/**
 * Main-beam range (km) of a cell: where its path loss reaches the budget
 * `maxPathLossDb + (erp − referenceErp) + marginDb`, capped at the radio horizon.
 */
export function cellRangeKm(cell: RangeInput, options: RangeOptions = {}): number {
  const line = pathLossLine(
    cell.frequencyMhz,
    cell.heightM,
    cell.environment,
    options.mobileHeightM,
  );
  const budget =
    (options.maxPathLossDb ?? DEFAULT_MAX_PATH_LOSS_DB) +
    (cell.erpDbw - (options.referenceErpDbw ?? DEFAULT_REFERENCE_ERP_DBW)) +
    (options.marginDb ?? 0);
  return Math.min(
    distanceForLossKm(line, budget),
    radioHorizonKm(cell.heightM, options.mobileHeightM),
  );
}
