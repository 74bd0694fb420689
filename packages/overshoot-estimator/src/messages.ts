/**
 * Texts of `<sirene-overshoot-estimator>`: English and Dutch complete, French and German
 * written. Findings about the cells come from @sirene/geo in the same four languages.
 */
import type { MessageCatalog } from '@sirene/core';

export const messages = {
  title: {
    en: 'Who else receives this alert',
    nl: 'Wie krijgt deze melding nog meer',
    fr: 'Qui d’autre reçoit cette alerte',
    de: 'Wer diese Warnung außerdem erhält',
  },
  intro: {
    en: 'Cell broadcast goes out on every cell that touches the area, so phones outside it get the alert too. Figures are nominal with a range for path loss ±{sweep} dB.',
    nl: 'Cell broadcast gaat uit via elke cel die het gebied raakt, dus ook telefoons erbuiten krijgen de melding. Cijfers zijn nominaal met een bandbreedte voor padverlies ±{sweep} dB.',
    fr: 'La diffusion cellulaire passe par chaque cellule qui touche la zone : des téléphones hors de la zone reçoivent aussi l’alerte. Valeurs nominales avec une fourchette pour un affaiblissement ±{sweep} dB.',
    de: 'Cell Broadcast geht über jede Zelle, die das Gebiet berührt, daher erhalten auch Telefone außerhalb die Warnung. Werte nominal mit einer Spanne für Pfadverlust ±{sweep} dB.',
  },
  'map-label': {
    en: 'Map: drawn area, coverage of the cells that broadcast, and overshoot (hatched)',
    nl: 'Kaart: getekend gebied, dekking van de uitzendende cellen en overshoot (gearceerd)',
    fr: 'Carte : zone dessinée, couverture des cellules qui diffusent et débordement (hachuré)',
    de: 'Karte: gezeichnetes Gebiet, Abdeckung der sendenden Zellen und Überreichweite (schraffiert)',
  },
  'legend-area': {
    en: 'Drawn area',
    nl: 'Getekend gebied',
    fr: 'Zone dessinée',
    de: 'Gezeichnetes Gebiet',
  },
  'legend-coverage': {
    en: 'Coverage of the sectors that broadcast (approximate)',
    nl: 'Dekking van de uitzendende sectoren (benadering)',
    fr: 'Couverture des secteurs qui diffusent (approximative)',
    de: 'Abdeckung der sendenden Sektoren (ungefähr)',
  },
  'legend-overshoot': {
    en: 'Hatched: overshoot — phones here get the alert',
    nl: 'Gearceerd: overshoot — telefoons hier krijgen de melding',
    fr: 'Hachuré : débordement — les téléphones ici reçoivent l’alerte',
    de: 'Schraffiert: Überreichweite — Telefone hier erhalten die Warnung',
  },
  'map-overshoot-label': {
    en: 'Overshoot {value}',
    nl: 'Overshoot {value}',
    fr: 'Débordement {value}',
    de: 'Überreichweite {value}',
  },
  'map-overshoot-legacy-label': {
    en: 'Older phones: overshoot {value}',
    nl: 'Oudere telefoons: overshoot {value}',
    fr: 'Téléphones anciens : débordement {value}',
    de: 'Ältere Telefone: Überreichweite {value}',
  },
  loading: {
    en: 'Preparing the network model…',
    nl: 'Netwerkmodel voorbereiden…',
    fr: 'Préparation du modèle de réseau…',
    de: 'Netzmodell wird vorbereitet…',
  },
  'phase-cells': { en: 'cells', nl: 'cellen', fr: 'cellules', de: 'Zellen' },
  'phase-grid': { en: 'grid', nl: 'raster', fr: 'grille', de: 'Raster' },
  'phase-servers': {
    en: 'best servers',
    nl: 'beste cellen',
    fr: 'meilleures cellules',
    de: 'beste Zellen',
  },
  'phase-population': { en: 'residents', nl: 'inwoners', fr: 'habitants', de: 'Einwohner' },
  'phase-index': { en: 'index', nl: 'index', fr: 'index', de: 'Index' },
  'no-cells': {
    en: 'No cells loaded: the overshoot cannot be estimated.',
    nl: 'Geen cellen geladen: de overshoot kan niet worden geschat.',
    fr: 'Aucune cellule chargée : le débordement ne peut pas être estimé.',
    de: 'Keine Zellen geladen: die Überreichweite kann nicht geschätzt werden.',
  },
  'no-area': {
    en: 'Draw an area to see who else receives the alert.',
    nl: 'Teken een gebied om te zien wie de melding nog meer krijgt.',
    fr: 'Dessinez une zone pour voir qui d’autre reçoit l’alerte.',
    de: 'Zeichnen Sie ein Gebiet, um zu sehen, wer die Warnung außerdem erhält.',
  },
  'findings-title': {
    en: 'Problems in the cell data',
    nl: 'Problemen in de celgegevens',
    fr: 'Problèmes dans les données de cellules',
    de: 'Probleme in den Zelldaten',
  },
  'findings-row': { en: 'row {row}', nl: 'rij {row}', fr: 'ligne {row}', de: 'Zeile {row}' },
  'findings-skipped': {
    en: '{count} of {rows} rows were left out; the figures may understate the overshoot.',
    nl: '{count} van {rows} rijen zijn weggelaten; de cijfers kunnen de overshoot onderschatten.',
    fr: '{count} lignes sur {rows} ont été écartées ; les valeurs peuvent sous-estimer le débordement.',
    de: '{count} von {rows} Zeilen wurden ausgelassen; die Werte können die Überreichweite unterschätzen.',
  },
  'severity-error': { en: 'Error', nl: 'Fout', fr: 'Erreur', de: 'Fehler' },
  'severity-warning': { en: 'Warning', nl: 'Waarschuwing', fr: 'Avertissement', de: 'Warnung' },
  'severity-info': { en: 'Note', nl: 'Opmerking', fr: 'Remarque', de: 'Hinweis' },
  'chart-title': {
    en: 'All networks together',
    nl: 'Alle netwerken samen',
    fr: 'Tous les réseaux ensemble',
    de: 'Alle Netze zusammen',
  },
  'chart-geofence': {
    en: 'Phones with geofencing (newer)',
    nl: 'Telefoons met geofencing (nieuwer)',
    fr: 'Téléphones avec géorepérage (récents)',
    de: 'Telefone mit Geofencing (neuer)',
  },
  'chart-legacy': {
    en: 'Older phones without geofencing',
    nl: 'Oudere telefoons zonder geofencing',
    fr: 'Téléphones anciens sans géorepérage',
    de: 'Ältere Telefone ohne Geofencing',
  },
  'chart-desc': {
    en: 'Bar: nominal value; whisker: range from low to high.',
    nl: 'Balk: nominale waarde; lijn: bereik van laag tot hoog.',
    fr: 'Barre : valeur nominale ; moustache : fourchette de bas à haut.',
    de: 'Balken: Nennwert; Linie: Spanne von niedrig bis hoch.',
  },
  'col-figure': { en: 'Figure', nl: 'Cijfer', fr: 'Valeur', de: 'Kennzahl' },
  'col-nominal': { en: 'Nominal', nl: 'Nominaal', fr: 'Nominal', de: 'Nennwert' },
  'col-low': { en: 'Low', nl: 'Laag', fr: 'Bas', de: 'Niedrig' },
  'col-high': { en: 'High', nl: 'Hoog', fr: 'Haut', de: 'Hoch' },
  'fig-overshootArea': {
    en: 'Overshoot area (km²)',
    nl: 'Overshoot-oppervlak (km²)',
    fr: 'Surface de débordement (km²)',
    de: 'Überreichweite, Fläche (km²)',
  },
  'fig-overshootPopulation': {
    en: 'Residents in the overshoot',
    nl: 'Inwoners in de overshoot',
    fr: 'Habitants dans le débordement',
    de: 'Einwohner in der Überreichweite',
  },
  'fig-spillP95': {
    en: 'Reach beyond the edge, 95 % (km)',
    nl: 'Bereik voorbij de rand, 95 % (km)',
    fr: 'Portée au-delà du bord, 95 % (km)',
    de: 'Reichweite über den Rand, 95 % (km)',
  },
  'fig-undershootArea': {
    en: 'Missed inside (km²)',
    nl: 'Gemist binnen (km²)',
    fr: 'Non couvert à l’intérieur (km²)',
    de: 'Innen verfehlt (km²)',
  },
  'fig-cells': {
    en: 'Cells that broadcast',
    nl: 'Uitzendende cellen',
    fr: 'Cellules qui diffusent',
    de: 'Sendende Zellen',
  },
  'operators-title': {
    en: 'Per operator: overshoot area (km²)',
    nl: 'Per operator: overshoot-oppervlak (km²)',
    fr: 'Par opérateur : surface de débordement (km²)',
    de: 'Je Betreiber: Überreichweite, Fläche (km²)',
  },
  'col-operator': { en: 'Operator', nl: 'Operator', fr: 'Opérateur', de: 'Betreiber' },
  band: {
    en: '{nominal} (range {low}–{high})',
    nl: '{nominal} (bereik {low}–{high})',
    fr: '{nominal} (fourchette {low}–{high})',
    de: '{nominal} (Spanne {low}–{high})',
  },
  'suggest-title': {
    en: 'Tighter area',
    nl: 'Krapper gebied',
    fr: 'Zone plus serrée',
    de: 'Engeres Gebiet',
  },
  'suggest-text': {
    en: 'Moving every edge {inset} km inwards cuts the overshoot to {overshoot} km² and misses {undershoot} km² inside.',
    nl: 'Elke rand {inset} km naar binnen brengt de overshoot terug tot {overshoot} km² en mist {undershoot} km² binnen.',
    fr: 'Rentrer chaque bord de {inset} km réduit le débordement à {overshoot} km² et manque {undershoot} km² à l’intérieur.',
    de: 'Jede Kante {inset} km nach innen senkt die Überreichweite auf {overshoot} km² und verfehlt innen {undershoot} km².',
  },
  'suggest-none': {
    en: 'No tighter area keeps the missed part inside within {share} %.',
    nl: 'Geen krapper gebied houdt het gemiste deel binnen {share} %.',
    fr: 'Aucune zone plus serrée ne garde la part manquée sous {share} %.',
    de: 'Kein engeres Gebiet hält den verfehlten Anteil unter {share} %.',
  },
  'suggest-pending': {
    en: 'Looking for a tighter area…',
    nl: 'Zoeken naar een krapper gebied…',
    fr: 'Recherche d’une zone plus serrée…',
    de: 'Suche nach einem engeren Gebiet…',
  },
  'suggest-apply': {
    en: 'Use tighter area',
    nl: 'Krapper gebied gebruiken',
    fr: 'Utiliser la zone plus serrée',
    de: 'Engeres Gebiet verwenden',
  },
  announce: {
    en: 'Overshoot {area} km², range {areaLow} to {areaHigh}; {cells} cells broadcast.',
    nl: 'Overshoot {area} km², bereik {areaLow} tot {areaHigh}; {cells} cellen zenden uit.',
    fr: 'Débordement {area} km², fourchette {areaLow} à {areaHigh} ; {cells} cellules diffusent.',
    de: 'Überreichweite {area} km², Spanne {areaLow} bis {areaHigh}; {cells} Zellen senden.',
  },
  'announce-population': {
    en: 'About {pop} residents outside, range {popLow} to {popHigh}.',
    nl: 'Ongeveer {pop} inwoners buiten, bereik {popLow} tot {popHigh}.',
    fr: 'Environ {pop} habitants à l’extérieur, fourchette {popLow} à {popHigh}.',
    de: 'Etwa {pop} Einwohner außerhalb, Spanne {popLow} bis {popHigh}.',
  },
  'zoom-in': { en: 'Zoom in', nl: 'Inzoomen', fr: 'Zoom avant', de: 'Vergrößern' },
  'zoom-out': { en: 'Zoom out', nl: 'Uitzoomen', fr: 'Zoom arrière', de: 'Verkleinern' },
  attributions: {
    en: 'Attributions',
    nl: 'Bronvermelding',
    fr: 'Attributions',
    de: 'Quellenangaben',
  },
} satisfies MessageCatalog<string>;

/** A key of the estimator's texts. */
export type OvershootEstimatorMessageKey = keyof typeof messages;
