import { translate } from '@sirene/core';
import type { Finding, Lang, MessageCatalog, MessageParams, Severity } from '@sirene/core';

/**
 * Every finding code of the overshoot engine, with its English and Dutch (and French,
 * German) text. Row findings name the row, the column and what to do, so an operator can
 * fix a cell file without reading this code.
 */
export const OVERSHOOT_MESSAGES = {
  'overshoot.input-empty': {
    en: 'The cell file is empty: give a CSV with a header row, or GeoJSON points.',
    nl: 'Het cellenbestand is leeg: geef een CSV met een kopregel, of GeoJSON-punten.',
    fr: 'Le fichier de cellules est vide : fournissez un CSV avec une ligne d’en-tête, ou des points GeoJSON.',
    de: 'Die Zellendatei ist leer: Geben Sie eine CSV-Datei mit Kopfzeile oder GeoJSON-Punkte an.',
  },
  'overshoot.input-format': {
    en: 'Unrecognised {what} file: expected GeoJSON (a FeatureCollection of Points) or CSV with a header row.',
    nl: 'Onbekend {what}bestand: verwacht GeoJSON (een FeatureCollection van punten) of CSV met een kopregel.',
    fr: 'Fichier {what} non reconnu : GeoJSON (FeatureCollection de points) ou CSV avec en-tête attendu.',
    de: 'Unbekannte {what}-Datei: erwartet GeoJSON (FeatureCollection von Punkten) oder CSV mit Kopfzeile.',
  },
  'overshoot.json-syntax': {
    en: 'The JSON is malformed: {detail}. Check the file with a JSON validator.',
    nl: 'De JSON is ongeldig: {detail}. Controleer het bestand met een JSON-validator.',
    fr: 'Le JSON est mal formé : {detail}. Vérifiez le fichier avec un validateur JSON.',
    de: 'Das JSON ist fehlerhaft: {detail}. Prüfen Sie die Datei mit einem JSON-Validator.',
  },
  'overshoot.csv-quote': {
    en: 'Line {line}: a quoted field is never closed. Close the quote (") or remove it.',
    nl: 'Regel {line}: een veld tussen aanhalingstekens wordt niet afgesloten. Sluit het aanhalingsteken (") of verwijder het.',
    fr: 'Ligne {line} : un champ entre guillemets n’est jamais fermé. Fermez le guillemet (") ou supprimez-le.',
    de: 'Zeile {line}: Ein Feld in Anführungszeichen wird nie geschlossen. Schließen Sie das Anführungszeichen (") oder entfernen Sie es.',
  },
  'overshoot.csv-field-count': {
    en: 'Row {row} (line {line}) has {count} fields but the header has {expected}. Check separators and quotes on that line.',
    nl: 'Rij {row} (regel {line}) heeft {count} velden, de kopregel {expected}. Controleer scheidingstekens en aanhalingstekens op die regel.',
    fr: 'La ligne de données {row} (ligne {line}) a {count} champs, l’en-tête {expected}. Vérifiez séparateurs et guillemets sur cette ligne.',
    de: 'Datensatz {row} (Zeile {line}) hat {count} Felder, die Kopfzeile {expected}. Prüfen Sie Trennzeichen und Anführungszeichen in dieser Zeile.',
  },
  'overshoot.csv-no-position': {
    en: 'The header has no position columns: add “lon” and “lat” (WGS84), or “x” and “y” with a coordinate system (--crs EPSG:28992).',
    nl: 'De kopregel heeft geen positiekolommen: voeg “lon” en “lat” (WGS84) toe, of “x” en “y” met een coördinatenstelsel (--crs EPSG:28992).',
    fr: 'L’en-tête n’a pas de colonnes de position : ajoutez « lon » et « lat » (WGS84), ou « x » et « y » avec un système de coordonnées (--crs EPSG:28992).',
    de: 'Die Kopfzeile hat keine Positionsspalten: Fügen Sie „lon“ und „lat“ (WGS84) hinzu oder „x“ und „y“ mit Koordinatensystem (--crs EPSG:28992).',
  },
  'overshoot.crs-required': {
    en: 'Columns “x” and “y” need a coordinate system: pass one (EPSG:28992 for the Dutch Antenneregister, EPSG:3812 or EPSG:31370 for Belgium).',
    nl: 'Kolommen “x” en “y” hebben een coördinatenstelsel nodig: geef er een op (EPSG:28992 voor het Antenneregister, EPSG:3812 of EPSG:31370 voor België).',
    fr: 'Les colonnes « x » et « y » exigent un système de coordonnées : indiquez-en un (EPSG:28992 pour les Pays-Bas, EPSG:3812 ou EPSG:31370 pour la Belgique).',
    de: 'Die Spalten „x“ und „y“ brauchen ein Koordinatensystem: Geben Sie eines an (EPSG:28992 für die Niederlande, EPSG:3812 oder EPSG:31370 für Belgien).',
  },
  'overshoot.unknown-column': {
    en: 'Column “{column}” is not used (known columns: {known}); it is ignored.',
    nl: 'Kolom “{column}” wordt niet gebruikt (bekende kolommen: {known}); hij wordt genegeerd.',
    fr: 'La colonne « {column} » n’est pas utilisée (colonnes connues : {known}) ; elle est ignorée.',
    de: 'Die Spalte „{column}“ wird nicht verwendet (bekannte Spalten: {known}); sie wird ignoriert.',
  },
  'overshoot.cell-missing': {
    en: 'Row {row}, {column}: missing. {hint}',
    nl: 'Rij {row}, {column}: ontbreekt. {hint}',
    fr: 'Ligne {row}, {column} : manquant. {hint}',
    de: 'Datensatz {row}, {column}: fehlt. {hint}',
  },
  'overshoot.cell-not-number': {
    en: 'Row {row}, {column}: “{value}” is not a number. Write a plain number with a decimal point, e.g. 30.5.',
    nl: 'Rij {row}, {column}: “{value}” is geen getal. Schrijf een gewoon getal met een decimale punt, bijv. 30.5.',
    fr: 'Ligne {row}, {column} : « {value} » n’est pas un nombre. Écrivez un nombre simple avec un point décimal, p. ex. 30.5.',
    de: 'Datensatz {row}, {column}: „{value}“ ist keine Zahl. Schreiben Sie eine einfache Zahl mit Dezimalpunkt, z. B. 30.5.',
  },
  'overshoot.cell-out-of-range': {
    en: 'Row {row}, {column}: {value} is outside {min}–{max} {unit}. Check the unit and the value.',
    nl: 'Rij {row}, {column}: {value} ligt buiten {min}–{max} {unit}. Controleer de eenheid en de waarde.',
    fr: 'Ligne {row}, {column} : {value} est hors de {min}–{max} {unit}. Vérifiez l’unité et la valeur.',
    de: 'Datensatz {row}, {column}: {value} liegt außerhalb von {min}–{max} {unit}. Prüfen Sie Einheit und Wert.',
  },
  'overshoot.cell-position': {
    en: 'Row {row}: the position {value} is not a valid place. {hint}',
    nl: 'Rij {row}: de positie {value} is geen geldige plaats. {hint}',
    fr: 'Ligne {row} : la position {value} n’est pas un lieu valide. {hint}',
    de: 'Datensatz {row}: Die Position {value} ist kein gültiger Ort. {hint}',
  },
  'overshoot.cell-environment': {
    en: 'Row {row}, environment: “{value}” is not one of urban, suburban, rural. Leave it empty to derive it.',
    nl: 'Rij {row}, environment: “{value}” is niet urban, suburban of rural. Laat het leeg om het af te leiden.',
    fr: 'Ligne {row}, environment : « {value} » n’est pas urban, suburban ou rural. Laissez vide pour le déduire.',
    de: 'Datensatz {row}, environment: „{value}“ ist nicht urban, suburban oder rural. Leer lassen, um es abzuleiten.',
  },
  'overshoot.feature-not-point': {
    en: 'Feature {row}: geometry “{value}” is not a Point. Give each cell as a Point feature.',
    nl: 'Feature {row}: geometrie “{value}” is geen Point. Geef elke cel als Point-feature.',
    fr: 'Entité {row} : la géométrie « {value} » n’est pas un Point. Donnez chaque cellule comme entité Point.',
    de: 'Feature {row}: Geometrie „{value}“ ist kein Point. Geben Sie jede Zelle als Point-Feature an.',
  },
  'overshoot.no-operator': {
    en: '{count} cell(s) have no operator; they are treated as one network named “{name}”. Add an “operator” column to separate the networks.',
    nl: '{count} cel(len) hebben geen operator; ze worden als één netwerk “{name}” behandeld. Voeg een kolom “operator” toe om de netwerken te scheiden.',
    fr: '{count} cellule(s) sans opérateur ; elles sont traitées comme un seul réseau « {name} ». Ajoutez une colonne « operator ».',
    de: '{count} Zelle(n) ohne Betreiber; sie werden als ein Netz „{name}“ behandelt. Fügen Sie eine Spalte „operator“ hinzu.',
  },
  'overshoot.too-many-operators': {
    en: 'The cells name {count} operators; at most {max} are supported. Check the operator column for typos.',
    nl: 'De cellen noemen {count} operators; hoogstens {max} worden ondersteund. Controleer de kolom operator op tikfouten.',
    fr: 'Les cellules nomment {count} opérateurs ; {max} au plus sont pris en charge. Vérifiez la colonne operator.',
    de: 'Die Zellen nennen {count} Betreiber; höchstens {max} werden unterstützt. Prüfen Sie die Spalte operator auf Tippfehler.',
  },
  'overshoot.model-extrapolated': {
    en: '{count} cell(s) use {band} MHz, outside the Hata/COST-231 range (150–2000 MHz); their ranges are extrapolated (free-space frequency term) and less certain.',
    nl: '{count} cel(len) gebruiken {band} MHz, buiten het bereik van Hata/COST-231 (150–2000 MHz); hun bereik is geëxtrapoleerd (vrije-ruimteterm) en minder zeker.',
    fr: '{count} cellule(s) utilisent {band} MHz, hors du domaine Hata/COST-231 (150–2000 MHz) ; leur portée est extrapolée et moins sûre.',
    de: '{count} Zelle(n) nutzen {band} MHz, außerhalb des Hata/COST-231-Bereichs (150–2000 MHz); ihre Reichweite ist extrapoliert und unsicherer.',
  },
  'overshoot.no-cells': {
    en: 'No usable cells: fix the rows reported above.',
    nl: 'Geen bruikbare cellen: herstel de hierboven gemelde rijen.',
    fr: 'Aucune cellule utilisable : corrigez les lignes signalées ci-dessus.',
    de: 'Keine verwendbaren Zellen: Korrigieren Sie die oben gemeldeten Datensätze.',
  },
  'overshoot.population-row': {
    en: 'Population row {row}, {column}: “{value}” is not usable. {hint}',
    nl: 'Bevolkingsrij {row}, {column}: “{value}” is niet bruikbaar. {hint}',
    fr: 'Ligne de population {row}, {column} : « {value} » n’est pas utilisable. {hint}',
    de: 'Bevölkerungsdatensatz {row}, {column}: „{value}“ ist nicht verwendbar. {hint}',
  },
  'overshoot.population-secret': {
    en: '{count} population squares have a secret count (CBS writes −99997 where fewer than 5 people live); they count as 0 residents.',
    nl: '{count} bevolkingsvierkanten hebben een geheime waarde (CBS schrijft −99997 waar minder dan 5 mensen wonen); ze tellen als 0 inwoners.',
    fr: '{count} carrés de population ont une valeur secrète (le CBS écrit −99997 là où vivent moins de 5 personnes) ; ils comptent pour 0 habitant.',
    de: '{count} Bevölkerungsquadrate haben einen geheimen Wert (CBS schreibt −99997, wo weniger als 5 Menschen wohnen); sie zählen als 0 Einwohner.',
  },
  'overshoot.population-grid-id': {
    en: 'Population row {row}: square “{value}” is not a CBS grid id like E1210N4870 or E121000N487000. Fix or remove the row.',
    nl: 'Bevolkingsrij {row}: vierkant “{value}” is geen CBS-vierkantcode zoals E1210N4870 of E121000N487000. Verbeter of verwijder de rij.',
    fr: 'Ligne de population {row} : le carré « {value} » n’est pas un code de grille CBS comme E1210N4870 ou E121000N487000. Corrigez ou supprimez la ligne.',
    de: 'Bevölkerungsdatensatz {row}: Quadrat „{value}“ ist kein CBS-Rastercode wie E1210N4870 oder E121000N487000. Korrigieren oder entfernen Sie die Zeile.',
  },
  'overshoot.area-empty': {
    en: 'The area is empty: draw the area to estimate.',
    nl: 'Het gebied is leeg: teken het gebied om te schatten.',
    fr: 'La zone est vide : dessinez la zone à estimer.',
    de: 'Das Gebiet ist leer: Zeichnen Sie das zu schätzende Gebiet.',
  },
  'overshoot.area-outside-cells': {
    en: '{percent} % of the area lies where the cell file has no coverage; figures there are missing, not zero.',
    nl: '{percent} % van het gebied ligt waar het cellenbestand geen dekking heeft; cijfers daar ontbreken, ze zijn niet nul.',
    fr: '{percent} % de la zone est hors de la couverture du fichier de cellules ; les chiffres y manquent, ils ne sont pas nuls.',
    de: '{percent} % des Gebiets liegen dort, wo die Zellendatei keine Abdeckung hat; Zahlen fehlen dort, sie sind nicht null.',
  },
  'overshoot.grid-edge': {
    en: 'Coverage reaches the edge of the computed grid ({km} km beyond the outermost cells); the spill may be larger than shown.',
    nl: 'De dekking reikt tot de rand van het rekenraster ({km} km buiten de buitenste cellen); de overloop kan groter zijn dan getoond.',
    fr: 'La couverture atteint le bord de la grille de calcul ({km} km au-delà des cellules extérieures) ; le débordement peut être plus grand.',
    de: 'Die Abdeckung erreicht den Rand des Rechenrasters ({km} km jenseits der äußersten Zellen); der Überlauf kann größer sein.',
  },
  'overshoot.not-ready': {
    en: 'The overshoot engine is not ready: send the cells first (init) and wait for “ready”.',
    nl: 'De overloopberekening is niet klaar: stuur eerst de cellen (init) en wacht op “ready”.',
    fr: 'Le moteur de débordement n’est pas prêt : envoyez d’abord les cellules (init) et attendez « ready ».',
    de: 'Die Überlaufberechnung ist nicht bereit: Senden Sie zuerst die Zellen (init) und warten Sie auf „ready“.',
  },
  'overshoot.cancelled': {
    en: 'Cancelled.',
    nl: 'Geannuleerd.',
    fr: 'Annulé.',
    de: 'Abgebrochen.',
  },
  'overshoot.failed': {
    en: 'The overshoot estimate failed: {detail}.',
    nl: 'De overloopschatting is mislukt: {detail}.',
    fr: 'L’estimation du débordement a échoué : {detail}.',
    de: 'Die Überlaufschätzung ist fehlgeschlagen: {detail}.',
  },
} satisfies MessageCatalog<string>;

/** Every finding code the overshoot engine emits. */
export type OvershootCode = keyof typeof OVERSHOOT_MESSAGES;

/**
 * A finding of the overshoot engine: a core `Finding` (code, severity, path, localized
 * message) plus where in the input it is. Same conventions as `GeoFinding`.
 */
export interface OvershootFinding extends Finding {
  code: OvershootCode;
  /** The 1-based data row (CSV rows after the header; GeoJSON feature index + 1). */
  row?: number;
  /** The column or property the finding is about (`erp_dbw`). */
  field?: string;
  /** For CSV: the 1-based column number of `field`. */
  column?: number;
}

/** Fields of a finding besides its code and message. */
export interface OvershootFindingExtras {
  severity: Severity;
  path?: string;
  line?: number;
  row?: number;
  field?: string;
  column?: number;
  params?: MessageParams;
}

/** Builds an overshoot finding with its message rendered in `lang`. */
export function overshootFinding(
  code: OvershootCode,
  lang: Lang,
  extras: OvershootFindingExtras,
): OvershootFinding {
  const finding: OvershootFinding = {
    code,
    severity: extras.severity,
    path: extras.path ?? '',
    message: translate(OVERSHOOT_MESSAGES, code, lang, extras.params ?? {}).trim(),
    source: 'rules',
  };
  if (extras.line !== undefined) finding.line = extras.line;
  if (extras.row !== undefined) finding.row = extras.row;
  if (extras.field !== undefined) finding.field = extras.field;
  if (extras.column !== undefined) finding.column = extras.column;
  return finding;
}

/** Short hints used inside row messages, per language. */
export const OVERSHOOT_HINTS = {
  'frequency-or-range': {
    en: 'Give frequency_mhz (and erp_dbw), or range_m when the range is known.',
    nl: 'Geef frequency_mhz (en erp_dbw), of range_m als het bereik bekend is.',
    fr: 'Indiquez frequency_mhz (et erp_dbw), ou range_m si la portée est connue.',
    de: 'Geben Sie frequency_mhz (und erp_dbw) an oder range_m, wenn die Reichweite bekannt ist.',
  },
  'erp-or-range': {
    en: 'Give erp_dbw (transmit power in dBW ERP, as the Antenneregister lists it), or range_m.',
    nl: 'Geef erp_dbw (zendvermogen in dBW ERP, zoals het Antenneregister het vermeldt), of range_m.',
    fr: 'Indiquez erp_dbw (puissance en dBW PAR), ou range_m.',
    de: 'Geben Sie erp_dbw (Sendeleistung in dBW ERP) oder range_m an.',
  },
  position: {
    en: 'Give lon/lat in degrees (WGS84) or x/y in the coordinate system passed.',
    nl: 'Geef lon/lat in graden (WGS84) of x/y in het opgegeven coördinatenstelsel.',
    fr: 'Indiquez lon/lat en degrés (WGS84) ou x/y dans le système de coordonnées indiqué.',
    de: 'Geben Sie lon/lat in Grad (WGS84) oder x/y im angegebenen Koordinatensystem an.',
  },
  'position-swapped': {
    en: 'Latitude and longitude look swapped; exchange the two columns.',
    nl: 'Breedte- en lengtegraad lijken verwisseld; wissel de twee kolommen om.',
    fr: 'Latitude et longitude semblent inversées ; échangez les deux colonnes.',
    de: 'Breite und Länge scheinen vertauscht; tauschen Sie die beiden Spalten.',
  },
  population: {
    en: 'Give a non-negative number of residents.',
    nl: 'Geef een niet-negatief aantal inwoners.',
    fr: 'Indiquez un nombre d’habitants positif ou nul.',
    de: 'Geben Sie eine nicht negative Einwohnerzahl an.',
  },
  'population-geometry': {
    en: 'Give a Point (residents at that place) or a Polygon/MultiPolygon (residents spread over it).',
    nl: 'Geef een Point (inwoners op die plek) of een Polygon/MultiPolygon (inwoners erover verdeeld).',
    fr: 'Donnez un Point (habitants en ce lieu) ou un Polygon/MultiPolygon (habitants répartis).',
    de: 'Geben Sie einen Point (Einwohner an diesem Ort) oder ein Polygon/MultiPolygon (Einwohner darüber verteilt) an.',
  },
} satisfies MessageCatalog<string>;

/** A hint in `lang`. */
export function overshootHint(key: keyof typeof OVERSHOOT_HINTS, lang: Lang): string {
  return translate(OVERSHOOT_HINTS, key, lang);
}
