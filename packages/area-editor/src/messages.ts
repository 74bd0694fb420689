/**
 * Texts of `<sirene-area-editor>`: English and Dutch here, French and German in
 * messages.fr.ts and messages.de.ts, loaded only when needed (`translations`). Findings come from @sirene/geo in the same four languages.
 */
import type { LazyCatalog, MessageCatalog } from '@sirene/core';

export const messages = {
  // Toolbar
  'toolbar-label': {
    en: 'Drawing tools',
    nl: 'Tekengereedschap',
  },
  'tool-select': { en: 'Select', nl: 'Selecteren' },
  'tool-polygon': { en: 'Polygon', nl: 'Veelhoek' },
  'tool-rectangle': { en: 'Rectangle', nl: 'Rechthoek' },
  'tool-circle': { en: 'Circle', nl: 'Cirkel' },
  'tool-freehand': { en: 'Freehand', nl: 'Uit de hand' },
  'tool-buffer': {
    en: 'Buffer',
    nl: 'Buffer',
  },
  'tool-municipality': {
    en: 'Municipalities',
    nl: 'Gemeenten',
  },
  'tool-edit': {
    en: 'Edit points',
    nl: 'Punten bewerken',
  },
  'tool-move': { en: 'Move', nl: 'Verplaatsen' },
  'action-undo': { en: 'Undo', nl: 'Ongedaan maken' },
  'action-redo': { en: 'Redo', nl: 'Opnieuw' },
  'action-delete': { en: 'Delete', nl: 'Verwijderen' },
  'action-finish': {
    en: 'Finish shape',
    nl: 'Vorm afronden',
  },
  'action-cancel': { en: 'Cancel', nl: 'Annuleren' },
  'action-snap': {
    en: 'Snap to municipal borders',
    nl: 'Kleven aan gemeentegrenzen',
  },
  'action-zoom-area': {
    en: 'Zoom to area',
    nl: 'Zoom naar gebied',
  },
  'action-place': {
    en: 'Place point',
    nl: 'Punt plaatsen',
  },

  // Target
  'target-legend': {
    en: 'Which area you draw',
    nl: 'Welk gebied u tekent',
  },
  'target-effect': {
    en: 'Effect area (warned)',
    nl: 'Effectgebied (gewaarschuwd)',
  },
  'target-source': {
    en: 'Source area (incident)',
    nl: 'Bronlocatie (incident)',
  },
  'label-effect': {
    en: 'Effect area',
    nl: 'Effectgebied',
  },
  'label-source': { en: 'Source area', nl: 'Bronlocatie' },

  // Map
  'map-role': { en: 'map', nl: 'kaart' },
  'map-label': {
    en: 'Map, drawing the {target}',
    nl: 'Kaart, tekenen van {target}',
  },
  'map-help': {
    en: 'Arrow keys move the cursor (Shift: 1 km, Alt: 10 m, else 100 m). Enter places a point, Shift+Enter finishes, Backspace removes the last point, Escape cancels. In Edit points: Page Up/Down chooses a point, arrows move it, Delete removes it, Insert adds one. + and − zoom. Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
    nl: 'Pijltjestoetsen verplaatsen de cursor (Shift: 1 km, Alt: 10 m, anders 100 m). Enter plaatst een punt, Shift+Enter rondt af, Backspace verwijdert het laatste punt, Escape annuleert. Bij Punten bewerken: Page Up/Down kiest een punt, pijltjes verplaatsen het, Delete verwijdert het, Insert voegt er een toe. + en − zoomen. Ctrl+Z maakt ongedaan, Ctrl+Shift+Z doet opnieuw.',
  },
  'cursor-at': {
    en: 'Cursor {lat}, {lon}',
    nl: 'Cursor {lat}, {lon}',
  },
  'zoom-in': { en: 'Zoom in', nl: 'Inzoomen' },
  'zoom-out': { en: 'Zoom out', nl: 'Uitzoomen' },
  attributions: {
    en: 'Map data sources',
    nl: 'Bronnen kaartgegevens',
  },
  'loading-map': {
    en: 'Loading municipal boundaries…',
    nl: 'Gemeentegrenzen laden…',
  },

  // Status
  'status-label': {
    en: 'Area status',
    nl: 'Status van het gebied',
  },
  'status-area': { en: 'Area', nl: 'Oppervlakte' },
  'status-points': { en: 'Points', nl: 'Punten' },
  'status-points-value': {
    en: '{count} of at most {max}',
    nl: '{count} van hoogstens {max}',
  },
  'status-shapes': { en: 'Shapes', nl: 'Vormen' },
  'status-drawing': { en: 'Drawing', nl: 'Tekening' },
  'status-empty': {
    en: 'Nothing drawn yet.',
    nl: 'Nog niets getekend.',
  },
  'status-valid': { en: 'Valid', nl: 'Geldig' },
  'status-invalid': {
    en: 'Not valid: {count} error(s)',
    nl: 'Ongeldig: {count} fout(en)',
  },
  'readonly-note': {
    en: 'Read-only: the area cannot be changed here.',
    nl: 'Alleen-lezen: het gebied kan hier niet worden gewijzigd.',
  },

  // Tool options
  'radius-label': { en: 'Radius (m)', nl: 'Straal (m)' },
  'radius-apply': {
    en: 'Draw circle',
    nl: 'Cirkel tekenen',
  },
  'buffer-label': {
    en: 'Buffer width (m)',
    nl: 'Bufferbreedte (m)',
  },
  'search-label': {
    en: 'Find a municipality',
    nl: 'Zoek een gemeente',
  },
  'search-results': { en: 'Results', nl: 'Resultaten' },
  'search-none': {
    en: 'No municipality matches “{query}”.',
    nl: 'Geen gemeente gevonden voor “{query}”.',
  },
  'picked-label': {
    en: 'Picked municipalities',
    nl: 'Gekozen gemeenten',
  },
  'picked-add': {
    en: 'Add {name}',
    nl: '{name} toevoegen',
  },
  'picked-remove': {
    en: 'Remove {name}',
    nl: '{name} verwijderen',
  },

  // Findings
  'findings-heading': { en: 'Findings', nl: 'Bevindingen' },
  'findings-none': {
    en: 'No problems found.',
    nl: 'Geen problemen gevonden.',
  },
  'severity-error': { en: 'Error', nl: 'Fout' },
  'severity-warning': { en: 'Warning', nl: 'Waarschuwing' },
  'severity-info': { en: 'Note', nl: 'Opmerking' },
  'repair-make-valid': {
    en: 'Repair the outline',
    nl: 'Omtrek herstellen',
  },
  'repair-close-rings': {
    en: 'Close the outline',
    nl: 'Omtrek sluiten',
  },
  'repair-drop-duplicates': {
    en: 'Remove repeated points',
    nl: 'Herhaalde punten verwijderen',
  },
  'repair-swap-axes': {
    en: 'Swap latitude and longitude',
    nl: 'Breedte en lengte omwisselen',
  },
  'repair-rewind': {
    en: 'Fix ring direction',
    nl: 'Ringrichting herstellen',
  },
  'repair-fill-holes': {
    en: 'Fill the holes',
    nl: 'Gaten opvullen',
  },
  'repair-simplify': {
    en: 'Simplify to {max} points',
    nl: 'Vereenvoudigen tot {max} punten',
  },
  'finding-marker': {
    en: '{severity} on the map: {message}',
    nl: '{severity} op de kaart: {message}',
  },

  // Announcements
  'ann-tool': {
    en: '{tool}. {hint}',
    nl: '{tool}. {hint}',
  },
  'hint-select': {
    en: 'Click a shape, or press Enter on it, to select it.',
    nl: 'Klik op een vorm, of druk er Enter op, om hem te selecteren.',
  },
  'hint-polygon': {
    en: 'Place each point with a click or Enter; double-click or Shift+Enter finishes.',
    nl: 'Plaats elk punt met een klik of Enter; dubbelklik of Shift+Enter rondt af.',
  },
  'hint-rectangle': {
    en: 'Drag, or place two opposite corners with Enter.',
    nl: 'Sleep, of plaats twee tegenoverliggende hoeken met Enter.',
  },
  'hint-circle': {
    en: 'Place the centre, then the radius — or type the radius in metres.',
    nl: 'Plaats het middelpunt, dan de straal — of typ de straal in meters.',
  },
  'hint-freehand': {
    en: 'Hold the button down and draw; release to finish.',
    nl: 'Houd de knop ingedrukt en teken; loslaten rondt af.',
  },
  'hint-buffer': {
    en: 'Place a point, or the points of a line (a road, a river); finish to draw the zone around it.',
    nl: 'Plaats een punt, of de punten van een lijn (een weg, een rivier); rond af om de zone eromheen te tekenen.',
  },
  'hint-municipality': {
    en: 'Click a municipality, press Enter on it, or search by name, to add or remove it.',
    nl: 'Klik op een gemeente, druk er Enter op, of zoek op naam, om haar toe te voegen of te verwijderen.',
  },
  'hint-edit': {
    en: 'Drag a point, or choose one with Page Up/Down and move it with the arrow keys.',
    nl: 'Sleep een punt, of kies er een met Page Up/Down en verplaats het met de pijltjes.',
  },
  'hint-move': {
    en: 'Drag the selected shape, or move it with the arrow keys.',
    nl: 'Sleep de geselecteerde vorm, of verplaats hem met de pijltjes.',
  },
  'ann-point': {
    en: 'Point {n} placed. {area} km².',
    nl: 'Punt {n} geplaatst. {area} km².',
  },
  'ann-point-removed': {
    en: 'Last point removed. {count} left.',
    nl: 'Laatste punt verwijderd. Nog {count}.',
  },
  'ann-need-more': {
    en: 'A polygon needs at least 3 points.',
    nl: 'Een veelhoek heeft minstens 3 punten nodig.',
  },
  'ann-shape-done': {
    en: 'Shape finished: {area} km², {count} points. {problems}',
    nl: 'Vorm afgerond: {area} km², {count} punten. {problems}',
  },
  'ann-circle-done': {
    en: 'Circle finished: radius {radius} m, {area} km². {problems}',
    nl: 'Cirkel afgerond: straal {radius} m, {area} km². {problems}',
  },
  'ann-problems': {
    en: '{count} problem(s): {first}',
    nl: '{count} probleem/problemen: {first}',
  },
  'ann-cancelled': {
    en: 'Drawing cancelled.',
    nl: 'Tekenen geannuleerd.',
  },
  'ann-undo': {
    en: 'Undone. {area} km².',
    nl: 'Ongedaan gemaakt. {area} km².',
  },
  'ann-redo': {
    en: 'Redone. {area} km².',
    nl: 'Opnieuw gedaan. {area} km².',
  },
  'ann-nothing': {
    en: 'Nothing to do.',
    nl: 'Niets te doen.',
  },
  'ann-deleted': {
    en: 'Shape deleted. {count} shape(s) left.',
    nl: 'Vorm verwijderd. Nog {count} vorm(en).',
  },
  'ann-selected': {
    en: 'Shape {n} of {total} selected: {area} km².',
    nl: 'Vorm {n} van {total} geselecteerd: {area} km².',
  },
  'ann-no-shape': {
    en: 'No shape here.',
    nl: 'Hier is geen vorm.',
  },
  'ann-vertex': {
    en: 'Point {n} of {total} selected.',
    nl: 'Punt {n} van {total} geselecteerd.',
  },
  'ann-vertex-moved': {
    en: 'Point {n} moved. {area} km².',
    nl: 'Punt {n} verplaatst. {area} km².',
  },
  'ann-vertex-removed': {
    en: 'Point removed. {count} points, {area} km².',
    nl: 'Punt verwijderd. {count} punten, {area} km².',
  },
  'ann-vertex-added': {
    en: 'Point added. {count} points.',
    nl: 'Punt toegevoegd. {count} punten.',
  },
  'ann-moved': {
    en: 'Shape moved.',
    nl: 'Vorm verplaatst.',
  },
  'ann-municipality-added': {
    en: '{name} added: {count} municipalities, {area} km².',
    nl: '{name} toegevoegd: {count} gemeenten, {area} km².',
  },
  'ann-municipality-removed': {
    en: '{name} removed: {count} municipalities left.',
    nl: '{name} verwijderd: nog {count} gemeenten.',
  },
  'ann-no-municipality': {
    en: 'No municipality here.',
    nl: 'Hier ligt geen gemeente.',
  },
  'ann-loading': {
    en: 'The geometry tools are still loading. Try again in a moment; your area is kept.',
    nl: 'De geometrie-onderdelen worden nog geladen. Probeer het zo opnieuw; uw gebied blijft bewaard.',
  },
  'geometry-failed': {
    en: 'The area cannot be checked: the geometry tools did not load. Reload the page; the host keeps your area.',
    nl: 'Het gebied kan niet worden gecontroleerd: de geometrie-onderdelen zijn niet geladen. Laad de pagina opnieuw; de host bewaart uw gebied.',
  },
  'findings-checking': {
    en: 'Checking the area…',
    nl: 'Het gebied wordt gecontroleerd…',
  },
  'ann-repaired': {
    en: 'Repaired. {count} problem(s) left.',
    nl: 'Hersteld. Nog {count} probleem/problemen.',
  },
  'ann-repair-failed': {
    en: 'The repair failed: {message}',
    nl: 'Herstellen is mislukt: {message}',
  },
  'ann-target': {
    en: 'Now drawing the {target}.',
    nl: 'U tekent nu de {target}.',
  },
  'ann-snapped': {
    en: 'Snapped to the municipal border.',
    nl: 'Aan de gemeentegrens geklikt.',
  },
  'ann-readonly': {
    en: 'The area is read-only.',
    nl: 'Het gebied is alleen-lezen.',
  },
  'ann-select-first': {
    en: 'Select a shape first.',
    nl: 'Selecteer eerst een vorm.',
  },
  'area-desc-default': {
    en: 'Alert area',
    nl: 'Waarschuwingsgebied',
  },
} satisfies MessageCatalog<string>;

/** A key of the element's texts. */
export type AreaEditorMessageKey = keyof typeof messages;

/**
 * `messages` with its French and German texts, which are imported when the language asks for
 * them (`LocalizeController` and `loadTranslations` from `@sirene/core` do that).
 */
export const translations: LazyCatalog<keyof typeof messages> = {
  catalog: messages,
  fr: async () => (await import('./messages.fr.js')).messages,
  de: async () => (await import('./messages.de.js')).messages,
};
