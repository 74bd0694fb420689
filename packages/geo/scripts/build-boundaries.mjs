#!/usr/bin/env node
// Builds the embedded boundary layer of @sirene/geo from the shared geodata:
//
//   node packages/geo/scripts/build-boundaries.mjs [path/to/geodata/]
//
// Reads ../shared/geodata (relative to the repository; override with an argument):
// - nl_gemeenten_2023_wgs84.geojson: the Dutch municipalities (CBS / Kadaster, CC-BY 4.0),
//   already simplified upstream; "Buitenland" (GM0998) is dropped.
// - be_municipalities_arr_prov_2019_topojson.json: Belgian municipalities, arrondissements
//   and provinces (CC0), TopoJSON — simplified here with topojson-simplify (shared arcs
//   stay shared, so neighbours keep meeting exactly) and converted with topojson-client.
// Writes packages/geo/data/boundaries.js (+ .d.ts), formatted with the repository's
// Prettier config so `prettier --check` passes. Geometry is stored compactly: coordinates
// rounded to 1e-5° (about 1 m) and encoded with the polyline algorithm (see decoder in
// src/admin.ts). Deterministic: the same input gives the same output.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { feature, merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { tsImport } from 'tsx/esm/api';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import Coordinate from 'jsts/org/locationtech/jts/geom/Coordinate.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import UnaryUnionOp from 'jsts/org/locationtech/jts/operation/union/UnaryUnionOp.js';
import TopologyPreservingSimplifier from 'jsts/org/locationtech/jts/simplify/TopologyPreservingSimplifier.js';
import 'jsts/org/locationtech/jts/monkey.js';

const GEODATA = new URL(process.argv[2] ?? '../../../../shared/geodata/', import.meta.url);
const OUT = new URL('../data/', import.meta.url);
const PRECISION = 5;
const SCALE = 10 ** PRECISION;
/** Share of Belgian arc points topojson-simplify keeps (by Visvalingam weight). */
const BE_KEEP = 0.22;

// ---------------------------------------------------------------------------------------
// Geometry helpers

const round = (v) => Math.round(v * SCALE);

/** Rounds a ring to the grid, drops repeats, returns it open (no closing point). */
function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected geometry ${geometry.type}`);
}

/** Encodes one signed integer with the polyline algorithm. */
function encodeValue(v) {
  let n = v < 0 ? ~(v << 1) : v << 1;
  let s = '';
  while (n >= 0x20) {
    s += String.fromCharCode((0x20 | (n & 0x1f)) + 63);
    n >>= 5;
  }
  return s + String.fromCharCode(n + 63);
}

/** Encodes an open ring of grid integers as deltas: lon, lat, lon, lat … */
function encodeRing(ring) {
  let px = 0;
  let py = 0;
  let s = '';
  for (const [x, y] of ring) {
    s += encodeValue(x - px) + encodeValue(y - py);
    px = x;
    py = y;
  }
  return s;
}

// The package's own make-valid (non-zero winding, loses no area), from source. It works on
// plain arrays: its jsts is a separate module instance from the one imported here.
const { makeValidPolygons } = await tsImport('../src/jts.ts', import.meta.url);

const factory = new GeometryFactory();
const geoJsonReader = new GeoJSONReader(factory);
const toJts = (polys) =>
  factory.createMultiPolygon(
    polys.map(([shell, ...holes]) =>
      factory.createPolygon(
        factory.createLinearRing(
          [...shell, shell[0]].map(([x, y]) => new Coordinate(x / SCALE, y / SCALE)),
        ),
        holes.map((h) =>
          factory.createLinearRing(
            [...h, h[0]].map(([x, y]) => new Coordinate(x / SCALE, y / SCALE)),
          ),
        ),
      ),
    ),
  );

const stats = { features: 0, rings: 0, points: 0, repaired: [] };

function roundPolygons(polys) {
  return polys
    .map((rings) => rings.map(roundRing).filter((r) => r.length >= 3))
    .filter((rings) => rings.length > 0);
}

function invalidity(polys) {
  const op = new IsValidOp(toJts(polys));
  if (op.isValid()) return null;
  const err = op.getValidationError();
  return `${err.getMessage()} at ${err.getCoordinate()?.x.toFixed(5)},${err.getCoordinate()?.y.toFixed(5)}`;
}

/**
 * Rounds, cleans and encodes a geometry: polygons joined by ';', rings by ' '. Invalid
 * geometry (five Dutch municipalities are invalid upstream; rounding or simplifying can
 * add more) is made valid and rounded again.
 */
function encodeGeometry(code, geometry) {
  let polys = roundPolygons(polygonsOf(geometry));
  const problem = invalidity(polys);
  if (problem) {
    // Rounding the repaired geometry can create a new tiny crossing: repeat a few times.
    let left = problem;
    for (let round = 0; round < 4 && left; round++) {
      const closed = polys.map((rings) =>
        rings.map((r) => [...r, r[0]].map(([x, y]) => [x / SCALE, y / SCALE])),
      );
      polys = roundPolygons(makeValidPolygons(closed));
      left = invalidity(polys);
    }
    if (left) throw new Error(`${code} stays invalid: ${left}`);
    stats.repaired.push(`${code}: ${problem}`);
  }
  stats.features++;
  for (const rings of polys) {
    stats.rings += rings.length;
    for (const r of rings) stats.points += r.length;
  }
  return polys.map((rings) => rings.map(encodeRing).join(' ')).join(';');
}

// ---------------------------------------------------------------------------------------
// Sources

async function readJson(name) {
  return JSON.parse(await readFile(new URL(name, GEODATA), 'utf8'));
}

function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

async function netherlands() {
  const fc = await readJson('nl_gemeenten_2023_wgs84.geojson');
  return fc.features
    .filter((f) => f.properties.gemeentecode !== 'GM0998') // "Buitenland": not a municipality
    .map((f) => {
      const p = f.properties;
      const pop = p.aantalInwoners;
      return compact({
        code: p.gemeentecode,
        level: 'municipality',
        country: 'NL',
        nameNl: p.gemeentenaam,
        population: Number.isInteger(pop) && pop >= 0 ? pop : undefined,
        geometry: encodeGeometry(p.gemeentecode, f.geometry),
      });
    });
}

/** A jsts geometry and an interior point of a GeoJSON geometry. */
function jtsOf(geometry) {
  return geoJsonReader.read(geometry);
}

async function belgium() {
  const topo = await readJson('be_municipalities_arr_prov_2019_topojson.json');
  const pre = presimplify(topo);
  const simple = simplify(pre, quantile(pre, 1 - BE_KEEP));
  const municipalities = feature(simple, simple.objects.municipalities).features;
  const arrondissements = feature(simple, simple.objects.arrondissements).features;
  const provinces = feature(simple, simple.objects.provinces).features;

  // The 2019 arrondissement reform (La Louvière, 58000) is in the boundaries but not in
  // the municipalities' arr_nis: assign arrondissements by where each municipality lies.
  const arrGeoms = arrondissements.map((f) => [f.properties.nis, jtsOf(f.geometry)]);
  const provGeoms = provinces.map((f) => [
    f.properties.nis ?? f.properties.reg_nis,
    jtsOf(f.geometry),
  ]);
  const containing = (geoms, geometry) => {
    const pt = jtsOf(geometry).getInteriorPoint();
    return geoms.find(([, g]) => g.covers(pt))?.[0];
  };

  const out = [];
  const popOf = new Map();
  let reassigned = 0;
  for (const f of municipalities) {
    const p = f.properties;
    const arr = containing(arrGeoms, f.geometry) ?? p.arr_nis;
    if (arr !== p.arr_nis) reassigned++;
    const parents = [arr, p.prov_nis, p.reg_nis].filter(Boolean);
    out.push(
      compact({
        code: p.nis,
        level: 'municipality',
        country: 'BE',
        nameNl: p.name_nl,
        nameFr: p.name_fr,
        population: Number.isInteger(p.population) ? p.population : undefined,
        parents,
        geometry: encodeGeometry(p.nis, f.geometry),
      }),
    );
    for (const parent of parents) {
      popOf.set(parent, (popOf.get(parent) ?? 0) + (p.population ?? 0));
    }
  }
  console.log(
    `Belgium: ${reassigned} municipalities assigned to a different arrondissement by location`,
  );

  for (const f of arrondissements) {
    const p = f.properties;
    const prov = containing(provGeoms, f.geometry);
    out.push(
      compact({
        code: p.nis,
        level: 'arrondissement',
        country: 'BE',
        nameNl: p.name_nl,
        nameFr: p.name_fr,
        population: popOf.get(p.nis),
        parents: [prov, p.reg_nis].filter((c, i, a) => c && a.indexOf(c) === i),
        geometry: encodeGeometry(p.nis, f.geometry),
      }),
    );
  }

  for (const f of provinces) {
    const p = f.properties;
    // The Brussels-Capital Region belongs to no province; the source lists it with them.
    if (!p.nis) continue;
    out.push(
      compact({
        code: p.nis,
        level: 'province',
        country: 'BE',
        nameNl: p.name_nl,
        nameFr: p.name_fr,
        population: popOf.get(p.nis),
        parents: [p.reg_nis],
        geometry: encodeGeometry(p.nis, f.geometry),
      }),
    );
  }

  // Regions: the union of their provinces along shared arcs (topojson merge), and
  // Brussels-Capital as the source has it.
  const regionCodes = [
    ...new Set(simple.objects.provinces.geometries.map((g) => g.properties.reg_nis)),
  ];
  for (const code of regionCodes.sort()) {
    const members = simple.objects.provinces.geometries.filter(
      (g) => g.properties.reg_nis === code,
    );
    const p = members[0].properties;
    out.push(
      compact({
        code,
        level: 'region',
        country: 'BE',
        nameNl: p.reg_nl,
        nameFr: p.reg_fr,
        population: popOf.get(code),
        geometry: encodeGeometry(code, merge(simple, members)),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Country outlines for the region checks in src/profiles.ts

/** Margin around a country, degrees (about 9 km north-south, 5.5 km east-west). */
const OUTLINE_MARGIN = 0.08;

/**
 * A coarse outline that contains the country with a margin: the union of its areas,
 * buffered by OUTLINE_MARGIN and simplified (topology-preserving) with half that
 * tolerance, so the outline stays at least OUTLINE_MARGIN / 2 outside every border.
 * Exterior rings only, rounded to 3 decimals (0.001° ≪ the margin).
 */
function outline(features) {
  const geoms = features.map((f) => toJts(decodePolys(f.geometry)));
  const union = UnaryUnionOp.union(factory.createGeometryCollection(geoms)).buffer(
    OUTLINE_MARGIN,
    4,
  );
  const simple = TopologyPreservingSimplifier.simplify(union, OUTLINE_MARGIN / 2);
  const rings = [];
  for (let i = 0; i < simple.getNumGeometries(); i++) {
    const ring = simple.getGeometryN(i).getExteriorRing().getCoordinates();
    rings.push(ring.map((c) => [Number(c.x.toFixed(3)), Number(c.y.toFixed(3))]));
  }
  return rings;
}

/** Decodes our own encoding back to grid-integer polygons (for the outline union). */
function decodePolys(text) {
  return text.split(';').map((poly) =>
    poly.split(' ').map((enc) => {
      const ring = [];
      let i = 0;
      let x = 0;
      let y = 0;
      const next = () => {
        let result = 0;
        let shift = 0;
        let b;
        do {
          b = enc.charCodeAt(i++) - 63;
          result |= (b & 0x1f) << shift;
          shift += 5;
        } while (b >= 0x20);
        return result & 1 ? ~(result >> 1) : result >> 1;
      };
      while (i < enc.length) {
        x += next();
        y += next();
        ring.push([x, y]);
      }
      return ring;
    }),
  );
}

// ---------------------------------------------------------------------------------------

const features = [...(await netherlands()), ...(await belgium())];
const codes = new Set();
for (const f of features) {
  if (codes.has(f.code)) throw new Error(`duplicate code ${f.code}`);
  codes.add(f.code);
}
const layer = { version: 1, precision: PRECISION, features };
const header = `// Generated by packages/geo/scripts/build-boundaries.mjs — do not edit.
// Sources and licences: packages/geo/data/SOURCES.md (CBS / Kadaster CC-BY 4.0; Belgian data CC0).
`;
const js = `${header}/** @type {import('./boundaries.js').EncodedBoundaryLayer} */\nexport default ${JSON.stringify(layer)};\n`;
const config = await prettier.resolveConfig(fileURLToPath(new URL('boundaries.js', OUT)));
const formatted = await prettier.format(js, { ...config, parser: 'babel' });
await writeFile(new URL('boundaries.js', OUT), formatted);

const dts = `${header}
/** How geometry is stored: see \`decodeGeometry\` in src/admin.ts. */
export interface EncodedBoundaryFeature {
  code: string;
  level: 'municipality' | 'arrondissement' | 'province' | 'region';
  country: 'NL' | 'BE';
  nameNl: string;
  nameFr?: string;
  population?: number;
  parents?: string[];
  geometry: string;
}

/** The embedded layer. */
export interface EncodedBoundaryLayer {
  version: 1;
  precision: number;
  features: EncodedBoundaryFeature[];
}

declare const layer: EncodedBoundaryLayer;
export default layer;
`;
await writeFile(
  new URL('boundaries.d.ts', OUT),
  await prettier.format(dts, { ...config, parser: 'typescript' }),
);

const nlOutline = outline(features.filter((f) => f.country === 'NL'));
const beOutline = outline(features.filter((f) => f.country === 'BE' && f.level === 'region'));
const outlinesTs = `${header}
/**
 * Coarse outlines of the Netherlands and Belgium for the region checks: the union of
 * the embedded boundaries, ${OUTLINE_MARGIN}° wider on every side (about 9 km north-south,
 * 5.5 km east-west), simplified. Exterior rings, \`[lon, lat]\`, closed.
 */
export const NL_OUTLINE: readonly (readonly [number, number])[][] = ${JSON.stringify(nlOutline)};

/** See NL_OUTLINE. */
export const BE_OUTLINE: readonly (readonly [number, number])[][] = ${JSON.stringify(beOutline)};
`;
await writeFile(
  new URL('../src/region-outlines.ts', import.meta.url),
  await prettier.format(outlinesTs, { ...config, parser: 'typescript' }),
);
console.log(
  `outlines: NL ${nlOutline.map((r) => r.length).join('+')} points, BE ${beOutline.map((r) => r.length).join('+')} points`,
);

const bytes = Buffer.byteLength(formatted);
console.log(
  `${stats.features} features, ${stats.rings} rings, ${stats.points} points, ${(bytes / 1024).toFixed(0)} KiB`,
);
if (stats.repaired.length) {
  console.log(`${stats.repaired.length} made valid:\n  ${stats.repaired.join('\n  ')}`);
}
