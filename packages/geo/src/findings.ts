import { translate } from '@sirene/core';
import type { Finding, Lang, MessageCatalog, MessageParams, Severity } from '@sirene/core';
import type { LonLat } from './types.js';

/**
 * A repair that fixes what a finding reports. Apply it with `applyRepair`.
 *
 * - `make-valid`: rebuild the geometry so it is valid (self-intersections, wrong ring
 *   order, holes outside the shell…); never drops an enclosed area.
 * - `close-rings`: append the first position where a ring is not closed.
 * - `drop-duplicates`: remove consecutive repeated positions.
 * - `swap-axes`: swap every `[a, b]` to `[b, a]` (latitude read as longitude).
 * - `rewind`: exterior rings counter-clockwise, holes clockwise (RFC 7946).
 * - `fill-holes`: drop the holes (CAP polygons cannot have any).
 * - `simplify`: simplify to at most `maxPoints` points per polygon, never shrinking it.
 */
export type GeoRepair =
  | { kind: 'make-valid' }
  | { kind: 'close-rings' }
  | { kind: 'drop-duplicates' }
  | { kind: 'swap-axes' }
  | { kind: 'rewind' }
  | { kind: 'fill-holes' }
  | { kind: 'simplify'; maxPoints: number };

/** Every finding code @sirene/geo emits, with its English and Dutch (and French, German) text. */
export const GEO_MESSAGES = {
  'geo.empty': {
    en: 'The area is empty.',
    nl: 'Het gebied is leeg.',
    fr: 'La zone est vide.',
    de: 'Das Gebiet ist leer.',
  },
  'geo.invalid-coordinate': {
    en: 'Position {index} is not a valid longitude/latitude: {value}.',
    nl: 'Positie {index} is geen geldige lengte-/breedtegraad: {value}.',
    fr: 'La position {index} n’est pas une longitude/latitude valide : {value}.',
    de: 'Position {index} ist keine gültige Länge/Breite: {value}.',
  },
  'geo.ring-not-closed': {
    en: 'The outline is not closed: its last point differs from its first.',
    nl: 'De omtrek is niet gesloten: het laatste punt is niet gelijk aan het eerste.',
    fr: 'Le contour n’est pas fermé : son dernier point diffère du premier.',
    de: 'Der Umriss ist nicht geschlossen: Der letzte Punkt weicht vom ersten ab.',
  },
  'geo.too-few-points': {
    en: 'The outline has {count} distinct points; at least 3 are needed.',
    nl: 'De omtrek heeft {count} verschillende punten; er zijn er minstens 3 nodig.',
    fr: 'Le contour a {count} points distincts ; il en faut au moins 3.',
    de: 'Der Umriss hat {count} verschiedene Punkte; mindestens 3 sind nötig.',
  },
  'geo.duplicate-points': {
    en: 'The outline repeats a point {count} times in a row (first at {lat}, {lon}).',
    nl: 'De omtrek herhaalt {count} keer direct een punt (eerst bij {lat}, {lon}).',
    fr: 'Le contour répète {count} fois un point consécutif (d’abord à {lat}, {lon}).',
    de: 'Der Umriss wiederholt {count}-mal direkt einen Punkt (zuerst bei {lat}, {lon}).',
  },
  'geo.self-intersection': {
    en: 'The outline crosses itself at {lat}, {lon}.',
    nl: 'De omtrek snijdt zichzelf bij {lat}, {lon}.',
    fr: 'Le contour se croise lui-même à {lat}, {lon}.',
    de: 'Der Umriss schneidet sich selbst bei {lat}, {lon}.',
  },
  'geo.ring-order': {
    en: 'The rings are in the wrong order: the first ring (the outline) lies inside ring {index}.',
    nl: 'De ringen staan in de verkeerde volgorde: de eerste ring (de omtrek) ligt binnen ring {index}.',
    fr: 'Les anneaux sont dans le mauvais ordre : le premier (le contour) est à l’intérieur de l’anneau {index}.',
    de: 'Die Ringe sind falsch geordnet: Der erste Ring (der Umriss) liegt in Ring {index}.',
  },
  'geo.hole-outside-shell': {
    en: 'A hole lies outside the outline (near {lat}, {lon}).',
    nl: 'Een gat ligt buiten de omtrek (bij {lat}, {lon}).',
    fr: 'Un trou se trouve hors du contour (près de {lat}, {lon}).',
    de: 'Ein Loch liegt außerhalb des Umrisses (bei {lat}, {lon}).',
  },
  'geo.nested-holes': {
    en: 'A hole lies inside another hole (near {lat}, {lon}).',
    nl: 'Een gat ligt binnen een ander gat (bij {lat}, {lon}).',
    fr: 'Un trou se trouve dans un autre trou (près de {lat}, {lon}).',
    de: 'Ein Loch liegt in einem anderen Loch (bei {lat}, {lon}).',
  },
  'geo.disconnected-interior': {
    en: 'Holes split the area into separate pieces (near {lat}, {lon}).',
    nl: 'Gaten verdelen het gebied in losse stukken (bij {lat}, {lon}).',
    fr: 'Des trous coupent la zone en morceaux séparés (près de {lat}, {lon}).',
    de: 'Löcher teilen das Gebiet in getrennte Stücke (bei {lat}, {lon}).',
  },
  'geo.overlapping-parts': {
    en: 'Parts of the area overlap (near {lat}, {lon}).',
    nl: 'Delen van het gebied overlappen elkaar (bij {lat}, {lon}).',
    fr: 'Des parties de la zone se chevauchent (près de {lat}, {lon}).',
    de: 'Teile des Gebiets überlappen sich (bei {lat}, {lon}).',
  },
  'geo.invalid-topology': {
    en: 'The area is not a valid polygon: {detail} (near {lat}, {lon}).',
    nl: 'Het gebied is geen geldige polygoon: {detail} (bij {lat}, {lon}).',
    fr: 'La zone n’est pas un polygone valide : {detail} (près de {lat}, {lon}).',
    de: 'Das Gebiet ist kein gültiges Polygon: {detail} (bei {lat}, {lon}).',
  },
  'geo.winding-order': {
    en: 'The ring runs the other way than GeoJSON (RFC 7946) prescribes.',
    nl: 'De ring loopt andersom dan GeoJSON (RFC 7946) voorschrijft.',
    fr: 'L’anneau tourne dans le sens inverse de celui prescrit par GeoJSON (RFC 7946).',
    de: 'Der Ring läuft entgegen der Richtung, die GeoJSON (RFC 7946) vorschreibt.',
  },
  'geo.has-holes': {
    en: 'The area has {count} hole(s). CAP polygons cannot have holes: people inside the holes will be warned too.',
    nl: 'Het gebied heeft {count} gat(en). CAP-polygonen kunnen geen gaten hebben: mensen in de gaten krijgen de waarschuwing ook.',
    fr: 'La zone a {count} trou(s). Les polygones CAP n’ont pas de trous : les personnes dans les trous seront aussi alertées.',
    de: 'Das Gebiet hat {count} Loch/Löcher. CAP-Polygone können keine Löcher haben: Menschen in den Löchern werden mitgewarnt.',
  },
  'geo.area-too-small': {
    en: 'The area is {areaKm2} km², smaller than {minKm2} km²: cell broadcast cannot target that precisely.',
    nl: 'Het gebied is {areaKm2} km², kleiner dan {minKm2} km²: cell broadcast kan niet zo nauwkeurig richten.',
    fr: 'La zone fait {areaKm2} km², moins de {minKm2} km² : la diffusion cellulaire ne peut pas viser aussi précisément.',
    de: 'Das Gebiet ist {areaKm2} km² groß, kleiner als {minKm2} km²: Cell Broadcast kann nicht so genau zielen.',
  },
  'geo.area-too-large': {
    en: 'The area is {areaKm2} km², larger than {maxKm2} km². Is that intended?',
    nl: 'Het gebied is {areaKm2} km², groter dan {maxKm2} km². Is dat de bedoeling?',
    fr: 'La zone fait {areaKm2} km², plus de {maxKm2} km². Est-ce voulu ?',
    de: 'Das Gebiet ist {areaKm2} km² groß, größer als {maxKm2} km². Ist das gewollt?',
  },
  'geo.outside-region': {
    en: 'The area lies entirely outside {region} (first point at {lat}, {lon}).',
    nl: 'Het gebied ligt helemaal buiten {region} (eerste punt bij {lat}, {lon}).',
    fr: 'La zone est entièrement hors du territoire couvert ({region}) (premier point à {lat}, {lon}).',
    de: 'Das Gebiet liegt ganz außerhalb des abgedeckten Gebiets ({region}) (erster Punkt bei {lat}, {lon}).',
  },
  'geo.partly-outside-region': {
    en: '{count} point(s) of the area lie outside {region} (first at {lat}, {lon}).',
    nl: '{count} punt(en) van het gebied liggen buiten {region} (eerste bij {lat}, {lon}).',
    fr: '{count} point(s) de la zone sont hors du territoire couvert ({region}) (le premier à {lat}, {lon}).',
    de: '{count} Punkt(e) des Gebiets liegen außerhalb des abgedeckten Gebiets ({region}) (erster bei {lat}, {lon}).',
  },
  'geo.swapped-axes': {
    en: 'Latitude and longitude look swapped: read as longitude,latitude the area lies at {lat}, {lon}, far outside {region}; swapped, it lies inside.',
    nl: 'Breedte- en lengtegraad lijken verwisseld: als lengte,breedte gelezen ligt het gebied bij {lat}, {lon}, ver buiten {region}; omgedraaid ligt het erbinnen.',
    fr: 'Latitude et longitude semblent inversées : lue comme longitude,latitude, la zone est à {lat}, {lon}, loin du territoire couvert ({region}) ; inversée, elle s’y trouve.',
    de: 'Breite und Länge scheinen vertauscht: Als Länge,Breite gelesen liegt das Gebiet bei {lat}, {lon}, weit außerhalb des abgedeckten Gebiets ({region}); vertauscht liegt es darin.',
  },
  'geo.too-many-vertices': {
    en: 'The polygon has {count} points; the {profile} profile allows at most {max}.',
    nl: 'De polygoon heeft {count} punten; het profiel {profile} staat er hoogstens {max} toe.',
    fr: 'Le polygone a {count} points ; le profil {profile} en autorise au plus {max}.',
    de: 'Das Polygon hat {count} Punkte; das Profil {profile} erlaubt höchstens {max}.',
  },
  'geo.circle-radius': {
    en: 'The circle’s radius must be a positive number of kilometres, not {value}.',
    nl: 'De straal van de cirkel moet een positief aantal kilometers zijn, niet {value}.',
    fr: 'Le rayon du cercle doit être un nombre positif de kilomètres, pas {value}.',
    de: 'Der Radius des Kreises muss eine positive Zahl von Kilometern sein, nicht {value}.',
  },
  'geo.effect-empty': {
    en: 'No effect area: draw where people must be warned.',
    nl: 'Geen effectgebied: teken waar mensen gewaarschuwd moeten worden.',
    fr: 'Pas de zone d’effet : dessinez où la population doit être alertée.',
    de: 'Kein Wirkungsgebiet: Zeichnen Sie, wo Menschen gewarnt werden müssen.',
  },
  'geo.source-outside-effect': {
    en: 'Part of the source area lies outside the effect area: people there will not be warned.',
    nl: 'Een deel van de bronlocatie ligt buiten het effectgebied: mensen daar krijgen geen waarschuwing.',
    fr: 'Une partie de la zone source est hors de la zone d’effet : les personnes qui s’y trouvent ne seront pas alertées.',
    de: 'Ein Teil des Quellgebiets liegt außerhalb des Wirkungsgebiets: Menschen dort werden nicht gewarnt.',
  },
  'geo.simplified': {
    en: 'Simplified from {before} to {after} points; the area grew by {addedKm2} km² ({addedPercent} %).',
    nl: 'Vereenvoudigd van {before} naar {after} punten; het gebied werd {addedKm2} km² ({addedPercent} %) groter.',
    fr: 'Simplifié de {before} à {after} points ; la zone a grandi de {addedKm2} km² ({addedPercent} %).',
    de: 'Von {before} auf {after} Punkte vereinfacht; das Gebiet wuchs um {addedKm2} km² ({addedPercent} %).',
  },
  'geo.operation-failed': {
    en: 'A geometry operation failed: {detail}.',
    nl: 'Een geometrische bewerking is mislukt: {detail}.',
    fr: 'Une opération géométrique a échoué : {detail}.',
    de: 'Eine Geometrieoperation ist fehlgeschlagen: {detail}.',
  },
  'import.empty': {
    en: 'Nothing to import: the input is empty.',
    nl: 'Niets te importeren: de invoer is leeg.',
    fr: 'Rien à importer : l’entrée est vide.',
    de: 'Nichts zu importieren: Die Eingabe ist leer.',
  },
  'import.unknown-format': {
    en: 'Unrecognised input: expected GeoJSON, WKT, KML, a CAP polygon or circle, or a list of coordinates.',
    nl: 'Onbekende invoer: verwacht GeoJSON, WKT, KML, een CAP-polygoon of -cirkel, of een lijst coördinaten.',
    fr: 'Entrée non reconnue : GeoJSON, WKT, KML, un polygone ou cercle CAP, ou une liste de coordonnées attendu.',
    de: 'Unbekannte Eingabe: erwartet GeoJSON, WKT, KML, ein CAP-Polygon oder einen CAP-Kreis oder eine Koordinatenliste.',
  },
  'import.json-syntax': {
    en: 'The JSON is malformed at line {line}, column {column}, at {detail}.',
    nl: 'De JSON is ongeldig op regel {line}, kolom {column}, bij {detail}.',
    fr: 'Le JSON est mal formé à la ligne {line}, colonne {column}, à {detail}.',
    de: 'Das JSON ist fehlerhaft in Zeile {line}, Spalte {column}, bei {detail}.',
  },
  'import.geojson-type': {
    en: 'GeoJSON type “{type}” at {where} is not an area; use Polygon, MultiPolygon or a Point with radiusKm.',
    nl: 'GeoJSON-type “{type}” bij {where} is geen gebied; gebruik Polygon, MultiPolygon of een Point met radiusKm.',
    fr: 'Le type GeoJSON « {type} » à {where} n’est pas une zone ; utilisez Polygon, MultiPolygon ou un Point avec radiusKm.',
    de: 'GeoJSON-Typ „{type}“ bei {where} ist kein Gebiet; verwenden Sie Polygon, MultiPolygon oder einen Point mit radiusKm.',
  },
  'import.geojson-coordinates': {
    en: 'GeoJSON coordinates at {where} are malformed: {detail}.',
    nl: 'GeoJSON-coördinaten bij {where} zijn ongeldig: {detail}.',
    fr: 'Les coordonnées GeoJSON à {where} sont mal formées : {detail}.',
    de: 'GeoJSON-Koordinaten bei {where} sind fehlerhaft: {detail}.',
  },
  'import.wkt-syntax': {
    en: 'The WKT is malformed at line {line}, column {column}: {detail}.',
    nl: 'De WKT is ongeldig op regel {line}, kolom {column}: {detail}.',
    fr: 'Le WKT est mal formé à la ligne {line}, colonne {column} : {detail}.',
    de: 'Das WKT ist fehlerhaft in Zeile {line}, Spalte {column}: {detail}.',
  },
  'import.wkt-type': {
    en: 'WKT type {type} is not an area; use POLYGON or MULTIPOLYGON.',
    nl: 'WKT-type {type} is geen gebied; gebruik POLYGON of MULTIPOLYGON.',
    fr: 'Le type WKT {type} n’est pas une zone ; utilisez POLYGON ou MULTIPOLYGON.',
    de: 'WKT-Typ {type} ist kein Gebiet; verwenden Sie POLYGON oder MULTIPOLYGON.',
  },
  'import.xml-syntax': {
    en: 'The XML is malformed at line {line}, column {column}: {detail}.',
    nl: 'De XML is ongeldig op regel {line}, kolom {column}: {detail}.',
    fr: 'Le XML est mal formé à la ligne {line}, colonne {column} : {detail}.',
    de: 'Das XML ist fehlerhaft in Zeile {line}, Spalte {column}: {detail}.',
  },
  'import.kml-no-polygon': {
    en: 'The KML contains no Polygon.',
    nl: 'De KML bevat geen Polygon.',
    fr: 'Le KML ne contient aucun Polygon.',
    de: 'Das KML enthält kein Polygon.',
  },
  'import.kml-coordinates': {
    en: 'KML coordinates at line {line} are malformed: “{value}” is not lon,lat[,alt].',
    nl: 'KML-coördinaten op regel {line} zijn ongeldig: “{value}” is geen lengte,breedte[,hoogte].',
    fr: 'Les coordonnées KML à la ligne {line} sont mal formées : « {value} » n’est pas lon,lat[,alt].',
    de: 'KML-Koordinaten in Zeile {line} sind fehlerhaft: „{value}“ ist nicht Länge,Breite[,Höhe].',
  },
  'import.cap-polygon': {
    en: 'CAP polygon pair {index} “{value}” is not “latitude,longitude”.',
    nl: 'CAP-polygoonpaar {index} “{value}” is geen “breedte,lengte”.',
    fr: 'La paire {index} « {value} » du polygone CAP n’est pas « latitude,longitude ».',
    de: 'CAP-Polygonpaar {index} „{value}“ ist nicht „Breite,Länge“.',
  },
  'import.cap-circle': {
    en: 'CAP circle “{value}” is not “latitude,longitude radius” (radius in km).',
    nl: 'CAP-cirkel “{value}” is geen “breedte,lengte straal” (straal in km).',
    fr: 'Le cercle CAP « {value} » n’est pas « latitude,longitude rayon » (rayon en km).',
    de: 'CAP-Kreis „{value}“ ist nicht „Breite,Länge Radius“ (Radius in km).',
  },
  'import.cap-no-area': {
    en: 'The CAP area has no polygon or circle.',
    nl: 'Het CAP-gebied heeft geen polygoon of cirkel.',
    fr: 'La zone CAP n’a ni polygone ni cercle.',
    de: 'Das CAP-Gebiet hat kein Polygon und keinen Kreis.',
  },
  'import.coordinate-list': {
    en: 'Line {line}: “{value}” is not a coordinate pair.',
    nl: 'Regel {line}: “{value}” is geen coördinatenpaar.',
    fr: 'Ligne {line} : « {value} » n’est pas une paire de coordonnées.',
    de: 'Zeile {line}: „{value}“ ist kein Koordinatenpaar.',
  },
  'import.unsupported-crs': {
    en: 'Coordinate system {crs} is not supported; use EPSG:4326, 3857, 28992, 31370 or 3812.',
    nl: 'Coördinatenstelsel {crs} wordt niet ondersteund; gebruik EPSG:4326, 3857, 28992, 31370 of 3812.',
    fr: 'Le système de coordonnées {crs} n’est pas pris en charge ; utilisez EPSG:4326, 3857, 28992, 31370 ou 3812.',
    de: 'Koordinatensystem {crs} wird nicht unterstützt; verwenden Sie EPSG:4326, 3857, 28992, 31370 oder 3812.',
  },
  'admin.unknown-code': {
    en: 'No administrative area with code {code}.',
    nl: 'Geen bestuurlijk gebied met code {code}.',
    fr: 'Aucune entité administrative avec le code {code}.',
    de: 'Kein Verwaltungsgebiet mit dem Code {code}.',
  },
  'admin.nothing-selected': {
    en: 'No administrative areas selected.',
    nl: 'Geen bestuurlijke gebieden gekozen.',
    fr: 'Aucune entité administrative choisie.',
    de: 'Keine Verwaltungsgebiete ausgewählt.',
  },
} satisfies MessageCatalog<string>;

/** Every finding code @sirene/geo emits. */
export type GeoCode = keyof typeof GEO_MESSAGES;

/** A finding about geometry: a core `Finding` plus where it is and how to fix it. */
export interface GeoFinding extends Finding {
  code: GeoCode;
  /** Where on the map, `[lon, lat]`, when the problem has a place (a crossing, a point). */
  location?: LonLat;
  /** For text input: the 1-based column on `line`. */
  column?: number;
  /** The repair that fixes it, when one exists. */
  repair?: GeoRepair;
}

/** Options shared by the functions that report findings. */
export interface FindingOptions {
  /** Language of the messages (default English). */
  lang?: Lang;
  /** Model path the findings' `path` is relative to, e.g. `infos[0].areas[1]`. */
  path?: string;
}

/** Fields of a finding besides its code and message. */
interface FindingExtras {
  severity: Severity;
  path?: string;
  source?: Finding['source'];
  location?: LonLat;
  line?: number;
  column?: number;
  repair?: GeoRepair;
  params?: MessageParams;
}

/** Formats a coordinate for a message: 5 decimals (about 1 m). */
export function fmtCoord(value: number): string {
  return Number.isFinite(value) ? value.toFixed(5) : String(value);
}

/** Joins a base path and a relative one: `join('a', 'b[0]')` → `a.b[0]`, `join('a', '[0]')` → `a[0]`. */
export function joinPath(base: string | undefined, rel: string): string {
  if (!base) return rel;
  if (!rel) return base;
  return rel.startsWith('[') ? base + rel : `${base}.${rel}`;
}

/** Builds a finding with its message rendered in `lang`. */
export function geoFinding(code: GeoCode, lang: Lang, extras: FindingExtras): GeoFinding {
  const params: MessageParams = { ...extras.params };
  params.lon ??= extras.location ? fmtCoord(extras.location[0]) : '?';
  params.lat ??= extras.location ? fmtCoord(extras.location[1]) : '?';
  const finding: GeoFinding = {
    code,
    severity: extras.severity,
    path: extras.path ?? '',
    message: translate(GEO_MESSAGES, code, lang, params),
    source: extras.source ?? 'rules',
  };
  if (extras.location) finding.location = extras.location;
  if (extras.line !== undefined) finding.line = extras.line;
  if (extras.column !== undefined) finding.column = extras.column;
  if (extras.repair) finding.repair = extras.repair;
  return finding;
}

/** Whether any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
