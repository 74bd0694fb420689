/**
 * Who an alert reaches: subscribers whose address lies in the alert's area
 * (point-in-polygon, circles by great-circle distance), and the cells that cover it.
 */
import type { CapAlert, CapArea, LonLat } from '@sirene/core';
import { capAreaToShapes, distanceKm } from '@sirene/geo';
import { networkCellsFor } from './channels/network.js';

/** Ray casting on one ring of `[lon, lat]`; points on an edge count as inside. */
export function pointInRing(point: LonLat, ring: readonly LonLat[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    const [xi, yi] = a;
    const [xj, yj] = b;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (
      cross === 0 &&
      Math.min(xi, xj) <= x &&
      x <= Math.max(xi, xj) &&
      Math.min(yi, yj) <= y &&
      y <= Math.max(yi, yj)
    ) {
      return true;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a CAP area (any of its polygons or circles). */
export function pointInArea(point: LonLat, area: CapArea): boolean {
  return (
    area.polygons.some((ring) => pointInRing(point, ring)) ||
    area.circles.some((c) => distanceKm(point, c.center) <= c.radiusKm)
  );
}

/** Whether a point lies in any area of any info block of the alert. */
export function pointInAlert(point: LonLat, alert: CapAlert): boolean {
  return alert.infos.some((info) => info.areas.some((area) => pointInArea(point, area)));
}

/** The bounding box `[west, south, east, north]` of an alert's areas, or undefined. */
export function alertBBox(alert: CapAlert): [number, number, number, number] | undefined {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const add = ([x, y]: LonLat, padLon = 0, padLat = 0) => {
    w = Math.min(w, x - padLon);
    e = Math.max(e, x + padLon);
    s = Math.min(s, y - padLat);
    n = Math.max(n, y + padLat);
  };
  for (const info of alert.infos) {
    for (const area of info.areas) {
      for (const ring of area.polygons) for (const p of ring) add(p);
      for (const c of area.circles) {
        const dLat = c.radiusKm / 111.32;
        add(c.center, dLat / Math.max(Math.cos((c.center[1] * Math.PI) / 180), 0.01), dLat);
      }
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

/** Side of a simulated cell in kilometres (a city cell covers a few square kilometres). */
export const CELL_KM = 2;
/** At most this many cells per alert; larger areas get larger cells. */
export const MAX_CELLS = 5000;

/**
 * The cells an alert goes out on: the network's cells that the overshoot model selects
 * (see channels/network.ts: any-overlap for cell broadcast, site-inside for LB-SMS), so
 * the server sends on the cells the page's estimator shows. Where an area lies outside
 * the network (the synthetic network covers Rotterdam and south-west Drenthe only), it
 * falls back to {@link gridCellsForAlert}. Ids are stable for one alert.
 */
export async function cellsForAlert(
  alert: CapAlert,
  mode: 'any-overlap' | 'site-inside' = 'any-overlap',
): Promise<string[]> {
  const shapes = alert.infos.flatMap((info) => info.areas.flatMap(capAreaToShapes));
  const cells = [...new Set(await networkCellsFor(shapes, mode))];
  return cells.length > 0 ? cells.sort() : gridCellsForAlert(alert);
}

/**
 * Simulated cells where there is no network: a grid of about {@link CELL_KM} km over the
 * alert's bounding box, keeping the cells whose centre lies in the area (at least one per
 * area, so a small area still gets its cell).
 */
export function gridCellsForAlert(alert: CapAlert): string[] {
  const bbox = alertBBox(alert);
  if (!bbox) return [];
  const [w, s, e, n] = bbox;
  const midLat = ((s + n) / 2) * (Math.PI / 180);
  let stepLat = CELL_KM / 111.32;
  let stepLon = CELL_KM / (111.32 * Math.max(Math.cos(midLat), 0.01));
  const count = () => Math.ceil((e - w) / stepLon + 1) * Math.ceil((n - s) / stepLat + 1);
  while (count() > MAX_CELLS * 4) {
    stepLat *= 2;
    stepLon *= 2;
  }
  const cells: string[] = [];
  for (let i = 0; w + i * stepLon <= e + stepLon / 2; i++) {
    for (let j = 0; s + j * stepLat <= n + stepLat / 2; j++) {
      const centre: LonLat = [w + (i + 0.5) * stepLon, s + (j + 0.5) * stepLat];
      if (pointInAlert(centre, alert))
        cells.push(`cell:${centre[0].toFixed(4)},${centre[1].toFixed(4)}`);
    }
  }
  if (cells.length === 0)
    cells.push(`cell:${((w + e) / 2).toFixed(4)},${((s + n) / 2).toFixed(4)}`);
  return cells.slice(0, MAX_CELLS);
}
