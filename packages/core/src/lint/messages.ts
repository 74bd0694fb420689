/**
 * Messages of the safety lint in English, Dutch, French and German: what is wrong and,
 * separately, what to write or do instead.
 */
import { translate, type MessageCatalog, type MessageParams } from '../i18n/translate.js';
import type { Lang, Severity } from '../validation/finding.js';
import type { LintFinding, TextRange } from './types.js';

/** Every code the lint produces. */
export const LINT_CODES = [
  'lint.motive',
  'lint.gather-at-place',
  'lint.search-area',
  'lint.no-action',
  'lint.no-more-info',
  'lint.all-caps',
  'lint.insecure-url',
  'lint.exclamation',
  'lint.placeholder',
  'lint.police-advice-missing',
  'lint.second-opinion-missing',
  'lint.procedure-invalid',
] as const;

/** A code of the lint. */
export type LintCode = (typeof LINT_CODES)[number];

const MESSAGES: MessageCatalog<LintCode> = {
  'lint.motive': {
    en: '“{match}” names a motive. In extreme violence the public needs the act and what to do, not whether it is terrorism (guideline 4f.1: the act, not the motive).',
    nl: '“{match}” noemt een motief. Bij extreem geweld moet het publiek de daad weten en wat het moet doen, niet of het om terrorisme gaat (richtlijn 4f.1: de daad, niet het motief).',
    fr: '« {match} » évoque un motif. En cas de violence extrême, le public a besoin de l’acte et de la consigne, pas de savoir s’il s’agit de terrorisme (l’acte, pas le motif).',
    de: '„{match}“ nennt ein Motiv. Bei extremer Gewalt braucht die Bevölkerung die Tat und die Handlungsempfehlung, nicht ob es Terrorismus ist (die Tat, nicht das Motiv).',
  },
  'lint.gather-at-place': {
    en: '“{match}” sends people to a place. The attackers receive the alert too, and a gathering can invite a follow-up attack (guideline 4e.2).',
    nl: '“{match}” stuurt mensen naar een plek. De daders ontvangen het bericht óók, en een verzameling kan een vervolgaanslag in de hand werken (richtlijn 4e.2).',
    fr: '« {match} » envoie les gens vers un lieu. Les auteurs reçoivent aussi l’alerte, et un rassemblement peut favoriser une nouvelle attaque.',
    de: '„{match}“ schickt Menschen an einen Ort. Die Täter erhalten die Warnung auch, und eine Ansammlung kann einen Folgeanschlag begünstigen.',
  },
  'lint.search-area': {
    en: '“{match}” reveals what the police know or where they search. Fleeing attackers receive the alert too (guideline 4c, after-phase).',
    nl: '“{match}” verraadt wat de politie weet of waar zij zoekt. Vluchtende daders ontvangen het bericht óók (richtlijn 4c, nafase).',
    fr: '« {match} » révèle ce que sait la police ou où elle cherche. Les auteurs en fuite reçoivent aussi l’alerte.',
    de: '„{match}“ verrät, was die Polizei weiß oder wo sie sucht. Flüchtende Täter erhalten die Warnung auch.',
  },
  'lint.no-action': {
    en: 'The text gives no action advice: it does not say what people must do.',
    nl: 'De tekst geeft geen handelingsperspectief: er staat niet in wat mensen moeten doen.',
    fr: 'Le texte ne donne aucune consigne : il ne dit pas ce que les gens doivent faire.',
    de: 'Der Text gibt keine Handlungsempfehlung: Er sagt nicht, was die Menschen tun sollen.',
  },
  'lint.no-more-info': {
    en: 'The text does not say where to find more information.',
    nl: 'De tekst zegt niet waar meer informatie te vinden is.',
    fr: 'Le texte n’indique pas où trouver plus d’informations.',
    de: 'Der Text sagt nicht, wo es weitere Informationen gibt.',
  },
  'lint.all-caps': {
    en: '“{match}” is written in capitals. Capitals read as shouting and are harder to read.',
    nl: '“{match}” staat in hoofdletters. Hoofdletters lezen als schreeuwen en zijn moeilijker te lezen.',
    fr: '« {match} » est écrit en majuscules. Les majuscules donnent l’impression de crier et se lisent moins bien.',
    de: '„{match}“ ist in Großbuchstaben geschrieben. Großbuchstaben wirken wie Schreien und sind schwerer zu lesen.',
  },
  'lint.insecure-url': {
    en: '“{match}” is not a secure (https) address; phones may warn about it or refuse it.',
    nl: '“{match}” is geen beveiligd (https) adres; telefoons kunnen ervoor waarschuwen of het weigeren.',
    fr: '« {match} » n’est pas une adresse sécurisée (https) ; les téléphones peuvent avertir ou la refuser.',
    de: '„{match}“ ist keine sichere (https-)Adresse; Telefone können davor warnen oder sie ablehnen.',
  },
  'lint.exclamation': {
    en: 'Too many exclamation marks (“{match}”). They add alarm, not information.',
    nl: 'Te veel uitroeptekens (“{match}”). Ze voegen paniek toe, geen informatie.',
    fr: 'Trop de points d’exclamation (« {match} »). Ils ajoutent de l’alarme, pas de l’information.',
    de: 'Zu viele Ausrufezeichen („{match}“). Sie erzeugen Alarm, keine Information.',
  },
  'lint.placeholder': {
    en: '“{match}” looks like a placeholder that was not filled in.',
    nl: '“{match}” lijkt een invulplek die niet is ingevuld.',
    fr: '« {match} » ressemble à un espace réservé qui n’a pas été rempli.',
    de: '„{match}“ sieht wie ein Platzhalter aus, der nicht ausgefüllt wurde.',
  },
  'lint.police-advice-missing': {
    en: 'Extreme violence: no police advice is recorded. The official who decides always asks a police officer (HOvD-P or OvD-OC) for advice first (guideline 4b.1).',
    nl: 'Extreem geweld: er is geen politieadvies vastgelegd. De bevoegde functionaris vraagt altijd eerst een politiefunctionaris (HOvD-P of OvD-OC) om advies (richtlijn 4b.1).',
    fr: 'Violence extrême : aucun avis de la police n’est enregistré. Le responsable demande toujours d’abord l’avis d’un officier de police (HOvD-P ou OvD-OC).',
    de: 'Extreme Gewalt: Es ist kein Rat der Polizei erfasst. Die entscheidende Person holt immer zuerst den Rat eines Polizeibeamten (HOvD-P oder OvD-OC) ein.',
  },
  'lint.second-opinion-missing': {
    en: 'Extreme violence: the second opinion of HOvD-P operations of the National Unit is not recorded (guideline 4b.2).',
    nl: 'Extreem geweld: de second opinion van de HOvD-P operations van de Landelijke Eenheid is niet vastgelegd (richtlijn 4b.2).',
    fr: 'Violence extrême : le second avis du HOvD-P operations de l’Unité nationale n’est pas enregistré.',
    de: 'Extreme Gewalt: Die Zweitmeinung des HOvD-P operations der Landeseinheit ist nicht erfasst.',
  },
  'lint.procedure-invalid': {
    en: 'The saved checklist “{checklist}” cannot be read ({reason}), so the police advice cannot be checked.',
    nl: 'De opgeslagen checklist “{checklist}” is niet leesbaar ({reason}), dus het politieadvies kan niet worden gecontroleerd.',
    fr: 'La liste de contrôle enregistrée « {checklist} » est illisible ({reason}) : l’avis de la police ne peut pas être vérifié.',
    de: 'Die gespeicherte Checkliste „{checklist}“ ist nicht lesbar ({reason}), daher kann der Rat der Polizei nicht geprüft werden.',
  },
};

const SUGGESTIONS: MessageCatalog<LintCode> = {
  'lint.motive': {
    en: 'Name only the act (for example “Large shooting”) and leave the motive out.',
    nl: 'Noem alleen de daad (bijvoorbeeld “Grote schietpartij”) en laat het motief weg.',
    fr: 'Ne nommez que l’acte (par exemple « Fusillade ») et omettez le motif.',
    de: 'Nennen Sie nur die Tat (zum Beispiel „Schießerei“) und lassen Sie das Motiv weg.',
  },
  'lint.gather-at-place': {
    en: 'Advise “Leave the area immediately” instead of sending people to a place.',
    nl: 'Adviseer “Verlaat direct het gebied” in plaats van mensen naar een plek te sturen.',
    fr: 'Conseillez « Quittez immédiatement la zone » au lieu d’envoyer les gens vers un lieu.',
    de: 'Empfehlen Sie „Verlassen Sie sofort das Gebiet“, statt Menschen an einen Ort zu schicken.',
  },
  'lint.search-area': {
    en: 'Leave out search areas, directions of flight and descriptions; give only the action advice.',
    nl: 'Laat zoekgebieden, vluchtrichtingen en signalementen weg; geef alleen het handelingsperspectief.',
    fr: 'Omettez zones de recherche, directions de fuite et signalements ; ne donnez que la consigne.',
    de: 'Lassen Sie Suchgebiete, Fluchtrichtungen und Beschreibungen weg; geben Sie nur die Handlungsempfehlung.',
  },
  'lint.no-action': {
    en: 'Add what to do, for example “Go inside and close windows and doors” or “Leave the area immediately”.',
    nl: 'Voeg toe wat mensen moeten doen, bijvoorbeeld “Ga naar binnen en sluit ramen en deuren” of “Verlaat direct het gebied”.',
    fr: 'Ajoutez ce qu’il faut faire, par exemple « Rentrez et fermez portes et fenêtres » ou « Quittez immédiatement la zone ».',
    de: 'Ergänzen Sie, was zu tun ist, zum Beispiel „Gehen Sie nach drinnen und schließen Sie Fenster und Türen“.',
  },
  'lint.no-more-info': {
    en: 'Add a web address (https://…) or an account, for example “Follow @… for more information”.',
    nl: 'Voeg een webadres (https://…) of een account toe, bijvoorbeeld “Volg voor meer informatie @…”.',
    fr: 'Ajoutez une adresse web (https://…) ou un compte, par exemple « Suivez @… pour plus d’informations ».',
    de: 'Ergänzen Sie eine Webadresse (https://…) oder ein Konto, zum Beispiel „Folgen Sie @… für weitere Informationen“.',
  },
  'lint.all-caps': {
    en: 'Write it in normal sentence case: “{fixed}”.',
    nl: 'Schrijf het met gewone hoofd- en kleine letters: “{fixed}”.',
    fr: 'Écrivez-le en minuscules normales : « {fixed} ».',
    de: 'Schreiben Sie es in normaler Groß- und Kleinschreibung: „{fixed}“.',
  },
  'lint.insecure-url': {
    en: 'Use the secure address “{fixed}”, after checking that it works.',
    nl: 'Gebruik het beveiligde adres “{fixed}”, nadat u hebt gecontroleerd dat het werkt.',
    fr: 'Utilisez l’adresse sécurisée « {fixed} », après avoir vérifié qu’elle fonctionne.',
    de: 'Verwenden Sie die sichere Adresse „{fixed}“, nachdem Sie geprüft haben, dass sie funktioniert.',
  },
  'lint.exclamation': {
    en: 'Use at most one exclamation mark, or none.',
    nl: 'Gebruik hooguit één uitroepteken, of geen.',
    fr: 'Utilisez au plus un point d’exclamation, ou aucun.',
    de: 'Verwenden Sie höchstens ein Ausrufezeichen oder keines.',
  },
  'lint.placeholder': {
    en: 'Replace it with the real text, or remove it.',
    nl: 'Vervang het door de echte tekst, of haal het weg.',
    fr: 'Remplacez-le par le vrai texte, ou supprimez-le.',
    de: 'Ersetzen Sie ihn durch den richtigen Text oder entfernen Sie ihn.',
  },
  'lint.police-advice-missing': {
    en: 'Record in the extreme-violence checklist who gave the police advice (function and name) and when.',
    nl: 'Leg in de checklist extreem geweld vast wie het politieadvies gaf (functie en naam) en wanneer.',
    fr: 'Enregistrez dans la liste « violence extrême » qui a donné l’avis de la police (fonction et nom) et quand.',
    de: 'Erfassen Sie in der Checkliste „extreme Gewalt“, wer den Rat der Polizei gab (Funktion und Name) und wann.',
  },
  'lint.second-opinion-missing': {
    en: 'Tick the second opinion in the extreme-violence checklist once the police officer has obtained it.',
    nl: 'Vink de second opinion aan in de checklist extreem geweld zodra de politiefunctionaris die heeft gekregen.',
    fr: 'Cochez le second avis dans la liste « violence extrême » dès que l’officier de police l’a obtenu.',
    de: 'Haken Sie die Zweitmeinung in der Checkliste „extreme Gewalt“ ab, sobald der Polizeibeamte sie eingeholt hat.',
  },
  'lint.procedure-invalid': {
    en: 'Fill in the extreme-violence checklist again.',
    nl: 'Vul de checklist extreem geweld opnieuw in.',
    fr: 'Remplissez à nouveau la liste « violence extrême ».',
    de: 'Füllen Sie die Checkliste „extreme Gewalt“ erneut aus.',
  },
};

/** The lint's message and suggestion catalogs, for hosts that list or test messages. */
export const LINT_MESSAGES: Readonly<{
  messages: MessageCatalog<LintCode>;
  suggestions: MessageCatalog<LintCode>;
}> = { messages: MESSAGES, suggestions: SUGGESTIONS };

/** Makes a lint finding with source `text`, message and suggestion in `lang`. */
export function lintFinding(
  code: LintCode,
  severity: Severity,
  path: string,
  lang: Lang,
  params: MessageParams = {},
  range?: TextRange,
): LintFinding {
  const finding: LintFinding = {
    code,
    severity,
    path,
    message: translate(MESSAGES, code, lang, params),
    source: 'text',
    suggestion: translate(SUGGESTIONS, code, lang, params),
  };
  if (range) finding.range = range;
  return finding;
}
