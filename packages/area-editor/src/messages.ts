/**
 * Texts of `<sirene-area-editor>`: English and Dutch complete, French and German
 * written. Findings come from @sirene/geo in the same four languages.
 */
import type { MessageCatalog } from '@sirene/core';

export const messages = {
  // Toolbar
  'toolbar-label': {
    en: 'Drawing tools',
    nl: 'Tekengereedschap',
    fr: 'Outils de dessin',
    de: 'Zeichenwerkzeuge',
  },
  'tool-select': { en: 'Select', nl: 'Selecteren', fr: 'Sélectionner', de: 'Auswählen' },
  'tool-polygon': { en: 'Polygon', nl: 'Veelhoek', fr: 'Polygone', de: 'Polygon' },
  'tool-rectangle': { en: 'Rectangle', nl: 'Rechthoek', fr: 'Rectangle', de: 'Rechteck' },
  'tool-circle': { en: 'Circle', nl: 'Cirkel', fr: 'Cercle', de: 'Kreis' },
  'tool-freehand': { en: 'Freehand', nl: 'Uit de hand', fr: 'Main levée', de: 'Freihand' },
  'tool-buffer': {
    en: 'Buffer',
    nl: 'Buffer',
    fr: 'Zone tampon',
    de: 'Puffer',
  },
  'tool-municipality': {
    en: 'Municipalities',
    nl: 'Gemeenten',
    fr: 'Communes',
    de: 'Gemeinden',
  },
  'tool-edit': {
    en: 'Edit points',
    nl: 'Punten bewerken',
    fr: 'Modifier les points',
    de: 'Punkte bearbeiten',
  },
  'tool-move': { en: 'Move', nl: 'Verplaatsen', fr: 'Déplacer', de: 'Verschieben' },
  'action-undo': { en: 'Undo', nl: 'Ongedaan maken', fr: 'Annuler', de: 'Rückgängig' },
  'action-redo': { en: 'Redo', nl: 'Opnieuw', fr: 'Rétablir', de: 'Wiederholen' },
  'action-delete': { en: 'Delete', nl: 'Verwijderen', fr: 'Supprimer', de: 'Löschen' },
  'action-finish': {
    en: 'Finish shape',
    nl: 'Vorm afronden',
    fr: 'Terminer la forme',
    de: 'Form abschließen',
  },
  'action-cancel': { en: 'Cancel', nl: 'Annuleren', fr: 'Annuler le dessin', de: 'Abbrechen' },
  'action-snap': {
    en: 'Snap to municipal borders',
    nl: 'Kleven aan gemeentegrenzen',
    fr: 'Aimanter aux limites communales',
    de: 'An Gemeindegrenzen einrasten',
  },
  'action-zoom-area': {
    en: 'Zoom to area',
    nl: 'Zoom naar gebied',
    fr: 'Zoomer sur la zone',
    de: 'Auf Gebiet zoomen',
  },
  'action-place': {
    en: 'Place point',
    nl: 'Punt plaatsen',
    fr: 'Placer un point',
    de: 'Punkt setzen',
  },

  // Target
  'target-legend': {
    en: 'Which area you draw',
    nl: 'Welk gebied u tekent',
    fr: 'Zone dessinée',
    de: 'Welches Gebiet Sie zeichnen',
  },
  'target-effect': {
    en: 'Effect area (warned)',
    nl: 'Effectgebied (gewaarschuwd)',
    fr: 'Zone d’effet (alertée)',
    de: 'Wirkungsgebiet (gewarnt)',
  },
  'target-source': {
    en: 'Source area (incident)',
    nl: 'Bronlocatie (incident)',
    fr: 'Zone source (incident)',
    de: 'Quellgebiet (Ereignis)',
  },
  'label-effect': {
    en: 'Effect area',
    nl: 'Effectgebied',
    fr: 'Zone d’effet',
    de: 'Wirkungsgebiet',
  },
  'label-source': { en: 'Source area', nl: 'Bronlocatie', fr: 'Zone source', de: 'Quellgebiet' },

  // Map
  'map-label': {
    en: 'Map, drawing the {target}',
    nl: 'Kaart, tekenen van {target}',
    fr: 'Carte, dessin de la {target}',
    de: 'Karte, Zeichnen: {target}',
  },
  'map-help': {
    en: 'Arrow keys move the cursor (Shift: 1 km, Alt: 10 m, else 100 m). Enter places a point, Shift+Enter finishes, Backspace removes the last point, Escape cancels. In Edit points: Page Up/Down chooses a point, arrows move it, Delete removes it, Insert adds one. + and − zoom. Ctrl+Z undoes, Ctrl+Shift+Z redoes.',
    nl: 'Pijltjestoetsen verplaatsen de cursor (Shift: 1 km, Alt: 10 m, anders 100 m). Enter plaatst een punt, Shift+Enter rondt af, Backspace verwijdert het laatste punt, Escape annuleert. Bij Punten bewerken: Page Up/Down kiest een punt, pijltjes verplaatsen het, Delete verwijdert het, Insert voegt er een toe. + en − zoomen. Ctrl+Z maakt ongedaan, Ctrl+Shift+Z doet opnieuw.',
    fr: 'Les flèches déplacent le curseur (Maj : 1 km, Alt : 10 m, sinon 100 m). Entrée place un point, Maj+Entrée termine, Retour arrière retire le dernier point, Échap annule. En Modifier les points : Page préc./suiv. choisit un point, les flèches le déplacent, Suppr le retire, Inser en ajoute un. + et − zooment. Ctrl+Z annule, Ctrl+Maj+Z rétablit.',
    de: 'Pfeiltasten bewegen den Cursor (Umschalt: 1 km, Alt: 10 m, sonst 100 m). Eingabe setzt einen Punkt, Umschalt+Eingabe schließt ab, Rücktaste entfernt den letzten Punkt, Escape bricht ab. Bei Punkte bearbeiten: Bild auf/ab wählt einen Punkt, Pfeile verschieben ihn, Entf löscht ihn, Einfg fügt einen hinzu. + und − zoomen. Strg+Z macht rückgängig, Strg+Umschalt+Z wiederholt.',
  },
  'cursor-at': {
    en: 'Cursor {lat}, {lon}',
    nl: 'Cursor {lat}, {lon}',
    fr: 'Curseur {lat}, {lon}',
    de: 'Cursor {lat}, {lon}',
  },
  'zoom-in': { en: 'Zoom in', nl: 'Inzoomen', fr: 'Zoom avant', de: 'Vergrößern' },
  'zoom-out': { en: 'Zoom out', nl: 'Uitzoomen', fr: 'Zoom arrière', de: 'Verkleinern' },
  attributions: {
    en: 'Map data sources',
    nl: 'Bronnen kaartgegevens',
    fr: 'Sources des données',
    de: 'Quellen der Kartendaten',
  },
  'loading-map': {
    en: 'Loading municipal boundaries…',
    nl: 'Gemeentegrenzen laden…',
    fr: 'Chargement des limites communales…',
    de: 'Gemeindegrenzen werden geladen…',
  },

  // Status
  'status-label': {
    en: 'Area status',
    nl: 'Status van het gebied',
    fr: 'État de la zone',
    de: 'Gebietsstatus',
  },
  'status-area': { en: 'Area', nl: 'Oppervlakte', fr: 'Superficie', de: 'Fläche' },
  'status-points': { en: 'Points', nl: 'Punten', fr: 'Points', de: 'Punkte' },
  'status-points-value': {
    en: '{count} of at most {max}',
    nl: '{count} van hoogstens {max}',
    fr: '{count} sur {max} au plus',
    de: '{count} von höchstens {max}',
  },
  'status-shapes': { en: 'Shapes', nl: 'Vormen', fr: 'Formes', de: 'Formen' },
  'status-drawing': { en: 'Drawing', nl: 'Tekening', fr: 'Dessin', de: 'Zeichnung' },
  'status-empty': {
    en: 'Nothing drawn yet.',
    nl: 'Nog niets getekend.',
    fr: 'Rien de dessiné pour l’instant.',
    de: 'Noch nichts gezeichnet.',
  },
  'status-valid': { en: 'Valid', nl: 'Geldig', fr: 'Valide', de: 'Gültig' },
  'status-invalid': {
    en: 'Not valid: {count} error(s)',
    nl: 'Ongeldig: {count} fout(en)',
    fr: 'Non valide : {count} erreur(s)',
    de: 'Ungültig: {count} Fehler',
  },
  'readonly-note': {
    en: 'Read-only: the area cannot be changed here.',
    nl: 'Alleen-lezen: het gebied kan hier niet worden gewijzigd.',
    fr: 'Lecture seule : la zone ne peut pas être modifiée ici.',
    de: 'Schreibgeschützt: Das Gebiet kann hier nicht geändert werden.',
  },

  // Tool options
  'radius-label': { en: 'Radius (m)', nl: 'Straal (m)', fr: 'Rayon (m)', de: 'Radius (m)' },
  'radius-apply': {
    en: 'Draw circle',
    nl: 'Cirkel tekenen',
    fr: 'Tracer le cercle',
    de: 'Kreis zeichnen',
  },
  'buffer-label': {
    en: 'Buffer width (m)',
    nl: 'Bufferbreedte (m)',
    fr: 'Largeur de la zone tampon (m)',
    de: 'Pufferbreite (m)',
  },
  'search-label': {
    en: 'Find a municipality',
    nl: 'Zoek een gemeente',
    fr: 'Chercher une commune',
    de: 'Gemeinde suchen',
  },
  'search-results': { en: 'Results', nl: 'Resultaten', fr: 'Résultats', de: 'Ergebnisse' },
  'search-none': {
    en: 'No municipality matches “{query}”.',
    nl: 'Geen gemeente gevonden voor “{query}”.',
    fr: 'Aucune commune ne correspond à « {query} ».',
    de: 'Keine Gemeinde passt zu „{query}“.',
  },
  'picked-label': {
    en: 'Picked municipalities',
    nl: 'Gekozen gemeenten',
    fr: 'Communes choisies',
    de: 'Gewählte Gemeinden',
  },
  'picked-add': {
    en: 'Add {name}',
    nl: '{name} toevoegen',
    fr: 'Ajouter {name}',
    de: '{name} hinzufügen',
  },
  'picked-remove': {
    en: 'Remove {name}',
    nl: '{name} verwijderen',
    fr: 'Retirer {name}',
    de: '{name} entfernen',
  },

  // Findings
  'findings-heading': { en: 'Findings', nl: 'Bevindingen', fr: 'Constats', de: 'Befunde' },
  'findings-none': {
    en: 'No problems found.',
    nl: 'Geen problemen gevonden.',
    fr: 'Aucun problème.',
    de: 'Keine Probleme gefunden.',
  },
  'severity-error': { en: 'Error', nl: 'Fout', fr: 'Erreur', de: 'Fehler' },
  'severity-warning': { en: 'Warning', nl: 'Waarschuwing', fr: 'Avertissement', de: 'Warnung' },
  'severity-info': { en: 'Note', nl: 'Opmerking', fr: 'Remarque', de: 'Hinweis' },
  'repair-make-valid': {
    en: 'Repair the outline',
    nl: 'Omtrek herstellen',
    fr: 'Réparer le contour',
    de: 'Umriss reparieren',
  },
  'repair-close-rings': {
    en: 'Close the outline',
    nl: 'Omtrek sluiten',
    fr: 'Fermer le contour',
    de: 'Umriss schließen',
  },
  'repair-drop-duplicates': {
    en: 'Remove repeated points',
    nl: 'Herhaalde punten verwijderen',
    fr: 'Retirer les points répétés',
    de: 'Wiederholte Punkte entfernen',
  },
  'repair-swap-axes': {
    en: 'Swap latitude and longitude',
    nl: 'Breedte en lengte omwisselen',
    fr: 'Inverser latitude et longitude',
    de: 'Breite und Länge tauschen',
  },
  'repair-rewind': {
    en: 'Fix ring direction',
    nl: 'Ringrichting herstellen',
    fr: 'Corriger le sens',
    de: 'Ringrichtung korrigieren',
  },
  'repair-fill-holes': {
    en: 'Fill the holes',
    nl: 'Gaten opvullen',
    fr: 'Combler les trous',
    de: 'Löcher füllen',
  },
  'repair-simplify': {
    en: 'Simplify to {max} points',
    nl: 'Vereenvoudigen tot {max} punten',
    fr: 'Simplifier à {max} points',
    de: 'Auf {max} Punkte vereinfachen',
  },
  'finding-marker': {
    en: '{severity} on the map: {message}',
    nl: '{severity} op de kaart: {message}',
    fr: '{severity} sur la carte : {message}',
    de: '{severity} auf der Karte: {message}',
  },

  // Announcements
  'ann-tool': {
    en: '{tool}. {hint}',
    nl: '{tool}. {hint}',
    fr: '{tool}. {hint}',
    de: '{tool}. {hint}',
  },
  'hint-select': {
    en: 'Click a shape, or press Enter on it, to select it.',
    nl: 'Klik op een vorm, of druk er Enter op, om hem te selecteren.',
    fr: 'Cliquez sur une forme, ou appuyez sur Entrée, pour la sélectionner.',
    de: 'Klicken Sie auf eine Form oder drücken Sie Eingabe, um sie auszuwählen.',
  },
  'hint-polygon': {
    en: 'Place each point with a click or Enter; double-click or Shift+Enter finishes.',
    nl: 'Plaats elk punt met een klik of Enter; dubbelklik of Shift+Enter rondt af.',
    fr: 'Placez chaque point d’un clic ou avec Entrée ; double-clic ou Maj+Entrée termine.',
    de: 'Setzen Sie jeden Punkt per Klick oder Eingabe; Doppelklick oder Umschalt+Eingabe schließt ab.',
  },
  'hint-rectangle': {
    en: 'Drag, or place two opposite corners with Enter.',
    nl: 'Sleep, of plaats twee tegenoverliggende hoeken met Enter.',
    fr: 'Faites glisser, ou placez deux coins opposés avec Entrée.',
    de: 'Ziehen Sie, oder setzen Sie zwei gegenüberliegende Ecken mit Eingabe.',
  },
  'hint-circle': {
    en: 'Place the centre, then the radius — or type the radius in metres.',
    nl: 'Plaats het middelpunt, dan de straal — of typ de straal in meters.',
    fr: 'Placez le centre, puis le rayon — ou saisissez le rayon en mètres.',
    de: 'Setzen Sie den Mittelpunkt, dann den Radius — oder geben Sie den Radius in Metern ein.',
  },
  'hint-freehand': {
    en: 'Hold the button down and draw; release to finish.',
    nl: 'Houd de knop ingedrukt en teken; loslaten rondt af.',
    fr: 'Maintenez le bouton enfoncé et dessinez ; relâchez pour terminer.',
    de: 'Halten Sie die Taste gedrückt und zeichnen Sie; Loslassen schließt ab.',
  },
  'hint-buffer': {
    en: 'Place a point, or the points of a line (a road, a river); finish to draw the zone around it.',
    nl: 'Plaats een punt, of de punten van een lijn (een weg, een rivier); rond af om de zone eromheen te tekenen.',
    fr: 'Placez un point, ou les points d’une ligne (route, rivière) ; terminez pour tracer la zone autour.',
    de: 'Setzen Sie einen Punkt oder die Punkte einer Linie (Straße, Fluss); schließen Sie ab, um die Zone darum zu zeichnen.',
  },
  'hint-municipality': {
    en: 'Click a municipality, press Enter on it, or search by name, to add or remove it.',
    nl: 'Klik op een gemeente, druk er Enter op, of zoek op naam, om haar toe te voegen of te verwijderen.',
    fr: 'Cliquez sur une commune, appuyez sur Entrée, ou cherchez-la par son nom, pour l’ajouter ou la retirer.',
    de: 'Klicken Sie auf eine Gemeinde, drücken Sie Eingabe oder suchen Sie nach Namen, um sie hinzuzufügen oder zu entfernen.',
  },
  'hint-edit': {
    en: 'Drag a point, or choose one with Page Up/Down and move it with the arrow keys.',
    nl: 'Sleep een punt, of kies er een met Page Up/Down en verplaats het met de pijltjes.',
    fr: 'Faites glisser un point, ou choisissez-le avec Page préc./suiv. et déplacez-le avec les flèches.',
    de: 'Ziehen Sie einen Punkt, oder wählen Sie einen mit Bild auf/ab und bewegen Sie ihn mit den Pfeiltasten.',
  },
  'hint-move': {
    en: 'Drag the selected shape, or move it with the arrow keys.',
    nl: 'Sleep de geselecteerde vorm, of verplaats hem met de pijltjes.',
    fr: 'Faites glisser la forme choisie, ou déplacez-la avec les flèches.',
    de: 'Ziehen Sie die gewählte Form oder verschieben Sie sie mit den Pfeiltasten.',
  },
  'ann-point': {
    en: 'Point {n} placed. {area} km².',
    nl: 'Punt {n} geplaatst. {area} km².',
    fr: 'Point {n} placé. {area} km².',
    de: 'Punkt {n} gesetzt. {area} km².',
  },
  'ann-point-removed': {
    en: 'Last point removed. {count} left.',
    nl: 'Laatste punt verwijderd. Nog {count}.',
    fr: 'Dernier point retiré. Il en reste {count}.',
    de: 'Letzter Punkt entfernt. Noch {count}.',
  },
  'ann-need-more': {
    en: 'A polygon needs at least 3 points.',
    nl: 'Een veelhoek heeft minstens 3 punten nodig.',
    fr: 'Un polygone nécessite au moins 3 points.',
    de: 'Ein Polygon braucht mindestens 3 Punkte.',
  },
  'ann-shape-done': {
    en: 'Shape finished: {area} km², {count} points. {problems}',
    nl: 'Vorm afgerond: {area} km², {count} punten. {problems}',
    fr: 'Forme terminée : {area} km², {count} points. {problems}',
    de: 'Form abgeschlossen: {area} km², {count} Punkte. {problems}',
  },
  'ann-circle-done': {
    en: 'Circle finished: radius {radius} m, {area} km². {problems}',
    nl: 'Cirkel afgerond: straal {radius} m, {area} km². {problems}',
    fr: 'Cercle terminé : rayon {radius} m, {area} km². {problems}',
    de: 'Kreis abgeschlossen: Radius {radius} m, {area} km². {problems}',
  },
  'ann-problems': {
    en: '{count} problem(s): {first}',
    nl: '{count} probleem/problemen: {first}',
    fr: '{count} problème(s) : {first}',
    de: '{count} Problem(e): {first}',
  },
  'ann-cancelled': {
    en: 'Drawing cancelled.',
    nl: 'Tekenen geannuleerd.',
    fr: 'Dessin annulé.',
    de: 'Zeichnen abgebrochen.',
  },
  'ann-undo': {
    en: 'Undone. {area} km².',
    nl: 'Ongedaan gemaakt. {area} km².',
    fr: 'Annulé. {area} km².',
    de: 'Rückgängig gemacht. {area} km².',
  },
  'ann-redo': {
    en: 'Redone. {area} km².',
    nl: 'Opnieuw gedaan. {area} km².',
    fr: 'Rétabli. {area} km².',
    de: 'Wiederholt. {area} km².',
  },
  'ann-nothing': {
    en: 'Nothing to do.',
    nl: 'Niets te doen.',
    fr: 'Rien à faire.',
    de: 'Nichts zu tun.',
  },
  'ann-deleted': {
    en: 'Shape deleted. {count} shape(s) left.',
    nl: 'Vorm verwijderd. Nog {count} vorm(en).',
    fr: 'Forme supprimée. Il reste {count} forme(s).',
    de: 'Form gelöscht. Noch {count} Form(en).',
  },
  'ann-selected': {
    en: 'Shape {n} of {total} selected: {area} km².',
    nl: 'Vorm {n} van {total} geselecteerd: {area} km².',
    fr: 'Forme {n} sur {total} choisie : {area} km².',
    de: 'Form {n} von {total} ausgewählt: {area} km².',
  },
  'ann-no-shape': {
    en: 'No shape here.',
    nl: 'Hier is geen vorm.',
    fr: 'Aucune forme ici.',
    de: 'Hier ist keine Form.',
  },
  'ann-vertex': {
    en: 'Point {n} of {total} selected.',
    nl: 'Punt {n} van {total} geselecteerd.',
    fr: 'Point {n} sur {total} choisi.',
    de: 'Punkt {n} von {total} ausgewählt.',
  },
  'ann-vertex-moved': {
    en: 'Point {n} moved. {area} km².',
    nl: 'Punt {n} verplaatst. {area} km².',
    fr: 'Point {n} déplacé. {area} km².',
    de: 'Punkt {n} verschoben. {area} km².',
  },
  'ann-vertex-removed': {
    en: 'Point removed. {count} points, {area} km².',
    nl: 'Punt verwijderd. {count} punten, {area} km².',
    fr: 'Point retiré. {count} points, {area} km².',
    de: 'Punkt entfernt. {count} Punkte, {area} km².',
  },
  'ann-vertex-added': {
    en: 'Point added. {count} points.',
    nl: 'Punt toegevoegd. {count} punten.',
    fr: 'Point ajouté. {count} points.',
    de: 'Punkt hinzugefügt. {count} Punkte.',
  },
  'ann-moved': {
    en: 'Shape moved.',
    nl: 'Vorm verplaatst.',
    fr: 'Forme déplacée.',
    de: 'Form verschoben.',
  },
  'ann-municipality-added': {
    en: '{name} added: {count} municipalities, {area} km².',
    nl: '{name} toegevoegd: {count} gemeenten, {area} km².',
    fr: '{name} ajoutée : {count} communes, {area} km².',
    de: '{name} hinzugefügt: {count} Gemeinden, {area} km².',
  },
  'ann-municipality-removed': {
    en: '{name} removed: {count} municipalities left.',
    nl: '{name} verwijderd: nog {count} gemeenten.',
    fr: '{name} retirée : il reste {count} communes.',
    de: '{name} entfernt: noch {count} Gemeinden.',
  },
  'ann-no-municipality': {
    en: 'No municipality here.',
    nl: 'Hier ligt geen gemeente.',
    fr: 'Aucune commune ici.',
    de: 'Hier liegt keine Gemeinde.',
  },
  'ann-repaired': {
    en: 'Repaired. {count} problem(s) left.',
    nl: 'Hersteld. Nog {count} probleem/problemen.',
    fr: 'Réparé. Il reste {count} problème(s).',
    de: 'Repariert. Noch {count} Problem(e).',
  },
  'ann-repair-failed': {
    en: 'The repair failed: {message}',
    nl: 'Herstellen is mislukt: {message}',
    fr: 'La réparation a échoué : {message}',
    de: 'Die Reparatur ist fehlgeschlagen: {message}',
  },
  'ann-target': {
    en: 'Now drawing the {target}.',
    nl: 'U tekent nu de {target}.',
    fr: 'Vous dessinez maintenant la {target}.',
    de: 'Sie zeichnen jetzt: {target}.',
  },
  'ann-snapped': {
    en: 'Snapped to the municipal border.',
    nl: 'Aan de gemeentegrens geklikt.',
    fr: 'Aimanté à la limite communale.',
    de: 'An der Gemeindegrenze eingerastet.',
  },
  'ann-readonly': {
    en: 'The area is read-only.',
    nl: 'Het gebied is alleen-lezen.',
    fr: 'La zone est en lecture seule.',
    de: 'Das Gebiet ist schreibgeschützt.',
  },
  'ann-select-first': {
    en: 'Select a shape first.',
    nl: 'Selecteer eerst een vorm.',
    fr: 'Choisissez d’abord une forme.',
    de: 'Wählen Sie zuerst eine Form.',
  },
  'area-desc-default': {
    en: 'Alert area',
    nl: 'Waarschuwingsgebied',
    fr: 'Zone d’alerte',
    de: 'Warngebiet',
  },
} satisfies MessageCatalog<string>;

/** A key of the element's texts. */
export type AreaEditorMessageKey = keyof typeof messages;
