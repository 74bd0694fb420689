/**
 * The lint's word patterns, per language. Written for precision over recall where a hit
 * blocks an alert (motive, gathering), with the allowed phrases the guideline itself
 * recommends ("ga naar binnen", "leave the area") kept out by negative look-aheads.
 *
 * Word boundaries: JavaScript's `\b` knows ASCII only, so "à", "é" or "ß" would count
 * as boundaries; `B` and `E` below use Unicode letters instead.
 */
import type { Lang } from '../validation/finding.js';

/** Start of a word. */
const B = '(?<![\\p{L}\\p{N}_])';
/** End of a word. */
const E = '(?![\\p{L}\\p{N}_])';
/** An apostrophe, straight or typographic. */
const AP = "['’]";

/** Patterns per language, plus those that hold in every language (`all`). */
export type LangPatterns = Partial<Record<Lang | 'all', readonly RegExp[]>>;

const re = (source: string): RegExp => new RegExp(source, 'giu');

/** The patterns of `set` for the given languages (and those for all). */
export function patternsFor(set: LangPatterns, langs: readonly Lang[]): RegExp[] {
  return [...(set.all ?? []), ...langs.flatMap((l) => set[l] ?? [])];
}

/** A web address or bare domain right after the verb: "ga naar nl-alert.nl" is fine. */
const URL_AHEAD = `\\s+(?:https?://|www\\.|[\\p{L}\\p{N}-]+\\.(?:nl|be|de|fr|lu|eu|com|org|net|info)${E})`;

/**
 * Motive words: naming terrorism, jihadism, extremism, radicalisation, hate or revenge, or
 * a motive as such. Acts are never flagged — "aanslag", "bomaanslag", "attack",
 * "attentat", "Anschlag", "schietpartij" describe what happens, which is what the public
 * needs ("het gaat om de daad, niet om het motief").
 */
export const MOTIVE: LangPatterns = {
  all: [
    // terrorisme, terroristisch(e), terreur, terreurdaad, antiterreur, terrorist attack,
    // terroriste, Terroranschlag, Terrorismus — not terrein, terras, terroir, terre.
    re(`${B}[\\p{L}]*-?terr(?:or|eur)[\\p{L}-]*`),
    re(`${B}[\\p{L}]*jihad[\\p{L}]*`),
    re(`${B}(?:isis|daesh|al[- ]?qa${AP}?ida)${E}`),
    // extremist(isch), extremisme, extremism, extrémiste, Extremismus — not "extreem geweld".
    re(`${B}[\\p{L}]*(?:extremis|extrémis)[\\p{L}]*`),
    // geradicaliseerd, radicalised/radicalized, radicalisé, radikalisiert, radicalisering.
    re(`${B}[\\p{L}]*radi[ck]ali[sz][\\p{L}]*`),
  ],
  nl: [
    re(`${B}motie(?:f|ven)${E}`),
    re(`${B}(?:religieus|politiek|ideologisch|racistisch)\\s+gemotiveerd${E}`),
    re(`${B}haatmisdrij(?:f|ven)${E}`),
    re(`${B}uit\\s+(?:haat|wraak)${E}`),
  ],
  en: [
    re(`${B}motives?${E}`),
    re(`${B}(?:religiously|politically|ideologically|racially)\\s+motivated${E}`),
    re(`${B}hate\\s+crimes?${E}`),
    re(`${B}(?:out\\s+of|in)\\s+revenge${E}`),
  ],
  fr: [
    re(`${B}(?:à|a)\\s+caractère\\s+(?:raciste|religieux|politique|idéologique)${E}`),
    re(`${B}crimes?\\s+(?:de\\s+)?haine${E}`),
    re(`${B}par\\s+(?:vengeance|haine)${E}`),
  ],
  de: [
    re(`${B}Motiv(?:e|en)?${E}`),
    re(`${B}(?:religiös|politisch|ideologisch|rassistisch)\\s+motiviert${E}`),
    re(`${B}Hass(?:verbrechen|kriminalität|tat)${E}`),
    re(`${B}aus\\s+(?:Rache|Hass)${E}`),
  ],
};

/** Places people may be sent to without gathering them: inside, home, upstairs, a safe place. */
const ALLOWED_AFTER: Record<Lang, string> = {
  nl: `(?!\\s+(?:binnen|huis|buiten|boven|beneden|elders|hoger\\s+gelegen|familie|vrienden|een\\s+(?:veilige|hogere|andere|gebouw|binnenruimte))${E})(?!${URL_AHEAD})`,
  en: `(?!\\s+(?:safety|upstairs|home|higher\\s+(?:ground|floor)|family|friends|a\\s+(?:safe|secure|higher|building)|an\\s+(?:upper|indoor)|your\\s+(?:home|family|friends)|the\\s+(?:nearest|closest)\\s+(?:building|safe))${E})(?!${URL_AHEAD})`,
  fr: `(?!\\s+(?:l${AP}intérieur|l${AP}étage|la\\s+maison|hauteur|sécurité|un\\s+(?:lieu|endroit|étage|bâtiment|abri)|une?\\s+(?:zone\\s+sûre|pièce))${E})(?!${URL_AHEAD})`,
  de: `(?!\\s+(?:Hause|drinnen|oben|innen|Sicherheit|Familie|Freunden|Haus|Innere|(?:ein|einen|eine|das)\\s+(?:sicheren?|sichere|höher(?:es|en|e)?|geschlossenen?|Gebäude|Haus|Innere))${E})(?!${URL_AHEAD})`,
};

/**
 * Calls to gather, or to come to a place: clear cases of what the guideline forbids
 * ("verzamel op locatie x"). Errors in extreme violence.
 */
export const GATHER_AT: LangPatterns = {
  nl: [
    re(
      `${B}verzamel(?:t|en)?\\s+(?:(?:je|u|zich|jullie)\\s+){0,2}(?:bij|op|in|aan|rond|voor|naast|achter|nabij)${E}`,
    ),
    re(`${B}verzamel(?:punt|plaats|locatie|ruimte)(?:en)?${E}`),
    re(
      `${B}kom(?:t|en)?\\s+(?:(?:direct|meteen|snel|nu|allemaal)\\s+)?naar${E}${ALLOWED_AFTER.nl}`,
    ),
  ],
  en: [
    re(`${B}(?:gather|assemble|congregate|regroup)\\s+(?:at|in|on|near|by|outside)${E}`),
    re(
      `${B}(?:assembly|muster|rally|meeting|gathering|collection)\\s+(?:point|area|place|location)s?${E}`,
    ),
    re(
      `(?<!(?:not|never|n${AP}t)\\s+)${B}come\\s+(?:(?:immediately|straight|directly|now)\\s+)?to${E}${ALLOWED_AFTER.en}`,
    ),
  ],
  fr: [
    re(`${B}(?:rassemblez|regroupez|réunissez)-vous${E}`),
    re(`${B}points?\\s+de\\s+(?:rassemblement|regroupement|ralliement|rendez-vous)${E}`),
    re(
      `${B}venez\\s+(?:(?:immédiatement|directement|vite)\\s+)?(?:à|au|aux|vers|sur|dans|en)${E}${ALLOWED_AFTER.fr}`,
    ),
  ],
  de: [
    re(`${B}(?:versammeln|sammeln|treffen)\\s+Sie\\s+sich${E}`),
    re(`${B}(?:Sammel(?:punkt|platz|stelle)|Treffpunkt)(?:e|en|s)?${E}`),
    re(
      `${B}kommen\\s+Sie\\s+(?:(?:sofort|direkt|schnell)\\s+)?(?:zu|zum|zur|nach|in|ins|an|auf)${E}${ALLOWED_AFTER.de}`,
    ),
  ],
};

/**
 * "Go to <place>": often sending people to a place, sometimes harmless. Warnings in
 * extreme violence. Negated forms ("ga niet naar", "do not go to") and allowed places
 * (inside, home, upstairs, a safe place, a web address) are not matched.
 */
export const GO_TO: LangPatterns = {
  nl: [
    re(
      `${B}(?:ga|gaat|gaan|loop|ren|rijd|vlucht|begeef\\s+(?:je|u|zich))\\s+(?:(?:direct|meteen|snel|nu|rustig|zo\\s+snel\\s+mogelijk)\\s+)?naar${E}${ALLOWED_AFTER.nl}`,
    ),
  ],
  en: [
    re(
      `(?<!(?:not|never|n${AP}t)\\s+)${B}(?:go|head|run|walk|drive|proceed|move|get|make\\s+your\\s+way)\\s+(?:(?:immediately|straight|directly|now|quickly|calmly)\\s+)?(?:to|towards)${E}${ALLOWED_AFTER.en}`,
    ),
  ],
  fr: [
    re(
      `${B}(?:allez|rendez-vous|dirigez-vous|courez)\\s+(?:(?:immédiatement|directement|rapidement|vite)\\s+)?(?:à|au|aux|vers|sur|dans|en)${E}${ALLOWED_AFTER.fr}`,
    ),
    re(`${B}rejoignez\\s+(?:le|la|les|l${AP})`),
  ],
  de: [
    re(
      `${B}(?:gehen|begeben|laufen|fahren|flüchten|fliehen)\\s+Sie\\s+(?:sich\\s+)?(?:(?:sofort|direkt|umgehend|schnell|ruhig)\\s+)?(?:zu|zum|zur|nach|in|ins|an|auf)${E}${ALLOWED_AFTER.de}`,
    ),
  ],
};

/**
 * What gives away the police's information position or search area: search areas and
 * operations, directions of flight, "last seen", descriptions, number plates.
 */
export const SEARCH_AREA: LangPatterns = {
  all: [re(`${B}signalement${E}`)],
  nl: [
    re(`${B}zoekgebied(?:en)?${E}`),
    re(`${B}zoek(?:actie|tocht)(?:en)?${E}`),
    re(`${B}(?:politie|we|wij)\\s+zoek(?:t|en)${E}`),
    re(`${B}word(?:t|en)\\s+(?:nog\\s+)?gezocht${E}`),
    re(`${B}(?:is|zijn)\\s+(?:[\\p{L}]+\\s+)?gevlucht${E}`),
    re(`${B}gevlucht\\s+(?:in\\s+de\\s+)?richting${E}`),
    re(`${B}vlucht(?:te|ten)${E}`),
    re(`${B}op\\s+de\\s+vlucht${E}`),
    re(`${B}voortvluchtig[\\p{L}]*`),
    re(`${B}laatst\\s+gezien${E}`),
    re(`${B}vlucht(?:auto|wagen|voertuig)${E}`),
    re(`${B}kenteken(?:s)?${E}`),
  ],
  en: [
    re(`${B}search\\s+(?:area|zone|operation)s?${E}`),
    re(`${B}(?:police\\s+(?:are|is)|we\\s+are)\\s+(?:searching|looking)${E}`),
    re(`${B}manhunt${E}`),
    re(`${B}(?:fled|escaped)${E}`),
    re(`${B}on\\s+the\\s+run${E}`),
    re(`${B}last\\s+seen${E}`),
    re(`${B}(?:getaway|escape)\\s+(?:car|vehicle)${E}`),
    re(`${B}licen[cs]e\\s+plates?${E}`),
    re(`${B}description\\s+of\\s+the\\s+(?:suspect|attacker|perpetrator)s?${E}`),
    re(`${B}(?:still\\s+)?at\\s+large${E}`),
  ],
  fr: [
    re(`${B}zones?\\s+de\\s+recherche${E}`),
    re(`${B}(?:la\\s+police|nous)\\s+recherch(?:e|ons)${E}`),
    re(`${B}en\\s+fuite${E}`),
    re(`${B}(?:s${AP}est|se\\s+sont)\\s+enfuie?s?${E}`),
    re(`${B}(?:a|ont)\\s+pris\\s+la\\s+fuite${E}`),
    re(`${B}vue?s?\\s+pour\\s+la\\s+dernière\\s+fois${E}`),
    re(`${B}plaques?\\s+d${AP}immatriculation${E}`),
    re(`${B}véhicule\\s+de\\s+fuite${E}`),
  ],
  de: [
    re(`${B}Suchgebiet(?:e|es)?${E}`),
    re(`${B}Fahndung[\\p{L}]*`),
    re(`${B}(?:die\\s+Polizei|wir)\\s+such(?:t|en)${E}`),
    re(`${B}(?:wird|werden)\\s+(?:noch\\s+)?gesucht${E}`),
    re(`${B}auf\\s+der\\s+Flucht${E}`),
    re(`${B}(?:flüchtete|flüchteten|geflüchtet|geflohen|floh|flohen)${E}`),
    re(`${B}zuletzt\\s+gesehen${E}`),
    re(`${B}Täterbeschreibung${E}`),
    re(`${B}(?:Kennzeichen|Fluchtfahrzeug|Fluchtauto)${E}`),
  ],
};

/**
 * Where to find more information: an address, a domain, an account, or the words for it.
 * Removed before looking for action advice, so "Volg voor meer informatie @x" does not
 * count as advice.
 */
export const MORE_INFO: LangPatterns = {
  all: [
    re(`https?://\\S+`),
    re(`${B}www\\.\\S+`),
    re(
      `${B}[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:nl|be|de|fr|lu|eu|com|org|net|info)${E}(?:/\\S*)?`,
    ),
    re(`(?<![\\p{L}\\p{N}_.])@[\\p{L}\\p{N}_]{2,}`),
  ],
  nl: [
    re(
      `${B}(?:volg|kijk|lees)?\\s*(?:voor\\s+)?meer\\s+(?:informatie|info|nieuws)(?:\\s+(?:op|via|bij))?${E}`,
    ),
    re(`${B}regionale\\s+omroep${E}`),
  ],
  en: [
    re(`${B}(?:follow\\s+\\S+\\s+for\\s+)?(?:more|further)\\s+(?:information|info|updates)${E}`),
    re(`${B}(?:regional|local)\\s+(?:broadcaster|radio)${E}`),
  ],
  fr: [
    re(`${B}(?:suivez\\s+\\S+\\s+)?pour\\s+plus\\s+d${AP}info(?:rmation)?s?${E}`),
    re(`${B}plus\\s+d${AP}info(?:rmation)?s?${E}`),
    re(`${B}radio\\s+régionale${E}`),
  ],
  de: [
    re(`${B}(?:folgen\\s+Sie\\s+\\S+\\s+für\\s+)?(?:weitere|mehr)\\s+Info(?:rmationen|s)?${E}`),
    re(`${B}Regionalsender${E}`),
  ],
};

/**
 * Signs of action advice: imperative verbs and "you can/need not" forms. Generous on
 * purpose: a missed advice only means a warning is not given.
 */
export const ACTION: LangPatterns = {
  nl: [
    re(
      `${B}(?:ga|blijf|verlaat|vermijd|volg|sluit|houd|hou|zet|bel|kook|drink|gebruik|verberg|schuil|geef|luister|neem|doe|ontruim|vlucht|wacht|help|zoek|waarschuw|kom|raak|eet|draai|schakel|berg|laat|verzamel)${E}`,
    ),
    re(`${B}rook\\s+niet${E}`),
    re(`${B}(?:u|je|jij|jullie)\\s+(?:kunt|kan|mag|moet|hoeft|hoef)${E}`),
    re(`${B}(?:let|pas)\\s+op${E}`),
    re(`${B}niets\\s+(?:te\\s+)?doen${E}`),
  ],
  en: [
    re(
      `${B}(?:go|stay|leave|avoid|follow|close|shut|keep|turn|switch|call|boil|use|hide|shelter|give|listen|take|evacuate|move|check|wait|seek|help|run|get|lock|remain|make|gather|assemble|come|do\\s+not|don${AP}t|never)${E}`,
    ),
    re(`${B}you\\s+(?:can|may|must|should|need)${E}`),
    re(`${B}no\\s+(?:action|need)${E}`),
    re(`${B}(?:nothing|anything)\\s+to\\s+do${E}`),
  ],
  fr: [
    re(
      `${B}(?:allez|restez|quittez|évitez|suivez|fermez|gardez|coupez|appelez|composez|faites|buvez|utilisez|cachez|abritez|mettez|donnez|laissez|écoutez|prenez|évacuez|rentrez|éloignez|aidez|montez|attendez|cherchez|continuez|fuyez|venez|rassemblez|regroupez)${E}`,
    ),
    re(`${B}vous\\s+(?:pouvez|devez|n${AP}avez)${E}`),
    re(`${B}rien\\s+à\\s+faire${E}`),
  ],
  de: [
    re(
      `${B}(?:gehen|bleiben|verlassen|meiden|folgen|schließen|halten|schalten|rufen|wählen|kochen|trinken|verwenden|benutzen|verstecken|suchen|geben|machen|hören|nehmen|evakuieren|helfen|warten|öffnen|lassen|rauchen|begeben|kommen|versammeln)\\s+Sie${E}`,
    ),
    re(`${B}Sie\\s+(?:können|dürfen|müssen|sollten)${E}`),
    re(`${B}nichts\\s+zu\\s+tun${E}`),
  ],
};

/** Words that are deliberately in capitals: exercise and test markers. */
export const CAPS_ALLOWED =
  /^(?:OEFENING|EXERCISE|EXERCICE|ÜBUNG|UEBUNG|TEST|SIMULATIE|SIMULATION|NL-ALERT|BE-ALERT)$/u;

/** Three or more words in capitals in a row (each at least two letters). */
export const CAPS_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}\p{N}'’-]*(?:[\s,.:;!?-]+\p{Lu}{2,}[\p{Lu}\p{N}'’-]*(?![\p{Ll}])){2,}(?![\p{L}\p{N}])/gu;

/** A web address over plain http. */
export const HTTP_URL = /(?<![\p{L}\p{N}_])http:\/\/[^\s<>"“”]+/giu;

/** Placeholders that were never filled: `{location}`, `XXX` (errors); `[plaats]`, `<plaats>` (warnings). */
export const PLACEHOLDER_HARD =
  /\{[\p{L}\p{N}_ -]{1,40}\}|(?<![\p{L}\p{N}_])(?:XXX+|xxx+)(?![\p{L}\p{N}_])/gu;
/** See {@link PLACEHOLDER_HARD}. */
export const PLACEHOLDER_SOFT = /\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>/gu;
