import type { Lang, Severity } from '../validation/finding.js';
import { detectLanguage } from './detect.js';
import { lintFinding, type LintCode } from './messages.js';
import {
  ACTION,
  CAPS_ALLOWED,
  CAPS_RUN,
  GATHER_AT,
  GO_TO,
  HTTP_URL,
  MORE_INFO,
  MOTIVE,
  patternsFor,
  PLACEHOLDER_HARD,
  PLACEHOLDER_SOFT,
  SEARCH_AREA,
  type LangPatterns,
} from './patterns.js';
import type { LintFinding, LintTextOptions, TextRange } from './types.js';

const ALL_LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

/** The settled options of one lint run. */
export interface LintRun {
  context: 'general' | 'extreme-violence';
  phase: LintTextOptions['phase'];
  /** Languages whose patterns apply. */
  langs: readonly Lang[];
  messageLang: Lang;
}

/** Settles the options for `text`. */
export function lintRun(text: string, options: LintTextOptions = {}): LintRun {
  return {
    context: options.context ?? 'general',
    phase: options.phase,
    langs: options.lang ? [options.lang] : ALL_LANGS,
    messageLang: options.messageLang ?? options.lang ?? detectLanguage(text) ?? 'en',
  };
}

interface Match {
  start: number;
  end: number;
  text: string;
}

/** Every match of the patterns, without overlaps (the earliest, then the longest, wins). */
function matches(text: string, set: LangPatterns, langs: readonly Lang[]): Match[] {
  const found: Match[] = [];
  for (const pattern of patternsFor(set, langs)) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].trim() === '') continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Extends a "go to" match over the place it names, up to the end of the phrase. */
function extendOverPlace(text: string, m: Match): Match {
  const rest = /^[^.,;:!?\n]{0,60}/u.exec(text.slice(m.end))?.[0] ?? '';
  const clause = rest.split(/\s(?:en|and|et|und|of|or|ou|oder|om|to|pour|um)\s/iu)[0] ?? '';
  const cut = clause.length === 60 ? clause.slice(0, Math.max(0, clause.lastIndexOf(' '))) : clause;
  const end = m.end + cut.trimEnd().length;
  return { start: m.start, end, text: text.slice(m.start, end) };
}

/**
 * The checks that point at a place in one text (a CAP field): motive, gathering and
 * search area (extreme violence), capitals, http addresses, exclamation marks and
 * unfilled placeholders. `path` is the field's model path.
 */
export function lintField(text: string, run: LintRun, path = ''): LintFinding[] {
  const out: LintFinding[] = [];
  const add = (
    code: LintCode,
    severity: Severity,
    m: Match,
    params: Record<string, string> = {},
  ) => {
    const range: TextRange = { start: m.start, end: m.end };
    out.push(
      lintFinding(code, severity, path, run.messageLang, { match: m.text, ...params }, range),
    );
  };
  const ev = run.context === 'extreme-violence';

  for (const m of matches(text, MOTIVE, run.langs)) add('lint.motive', ev ? 'error' : 'warning', m);

  if (ev) {
    // A "go to" phrase that contains a call to gather ("ga naar het verzamelpunt") is
    // one finding, an error, over the whole phrase.
    const places: (Match & { severity: Severity })[] = matches(text, GATHER_AT, run.langs).map(
      (m) => ({ ...extendOverPlace(text, m), severity: 'error' }),
    );
    for (const m of matches(text, GO_TO, run.langs)) {
      const go = extendOverPlace(text, m);
      const inside = places.find((p) => go.start < p.end && p.start < go.end);
      if (!inside) places.push({ ...go, severity: 'warning' });
      else if (go.start < inside.start || go.end > inside.end) {
        inside.start = Math.min(go.start, inside.start);
        inside.end = Math.max(go.end, inside.end);
        inside.text = text.slice(inside.start, inside.end);
      }
    }
    for (const p of places) add('lint.gather-at-place', p.severity, p);
    const searchSeverity: Severity =
      run.phase === 'threat' || run.phase === 'acute' ? 'info' : 'warning';
    for (const m of matches(text, SEARCH_AREA, run.langs))
      add('lint.search-area', searchSeverity, m);
  }

  for (const m of text.matchAll(CAPS_RUN)) {
    // Exercise markers ("OEFENING OEFENING OEFENING") are capitals on purpose.
    const words = [...m[0].matchAll(/[\p{L}\p{N}'’-]+/gu)];
    const firstShouted = words.findIndex((w) => !CAPS_ALLOWED.test(w[0]));
    const shouted = firstShouted < 0 ? [] : words.slice(firstShouted);
    const firstWord = shouted[0];
    if (shouted.length < 3 || firstWord === undefined) continue;
    const start = m.index + firstWord.index;
    const end = m.index + m[0].length;
    const match = text.slice(start, end);
    const fixed = match.charAt(0) + match.slice(1).toLowerCase();
    add('lint.all-caps', 'warning', { start, end, text: match }, { fixed });
  }

  for (const m of text.matchAll(HTTP_URL)) {
    const url = m[0].replace(/[.,;:!?)\]]+$/u, '');
    add(
      'lint.insecure-url',
      'warning',
      { start: m.index, end: m.index + url.length, text: url },
      { fixed: `https://${url.slice('http://'.length)}` },
    );
  }

  const groups = [...text.matchAll(/!+/gu)];
  for (const m of groups) {
    if (m[0].length >= 2)
      add('lint.exclamation', 'warning', {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
  }
  const singles = groups.filter((m) => m[0].length === 1);
  const firstSingle = singles[0];
  const lastSingle = singles[singles.length - 1];
  if (groups.length >= 3 && firstSingle && lastSingle) {
    add('lint.exclamation', 'warning', {
      start: firstSingle.index,
      end: lastSingle.index + 1,
      text: '!'.repeat(groups.length),
    });
  }

  for (const m of text.matchAll(PLACEHOLDER_HARD)) {
    add('lint.placeholder', 'error', { start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(PLACEHOLDER_SOFT)) {
    add('lint.placeholder', 'warning', { start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether `text` says where to find more information (an address, a domain, an account, the words). */
export function hasMoreInfo(text: string, langs: readonly Lang[] = ALL_LANGS): boolean {
  return matches(text, MORE_INFO, langs).length > 0;
}

/** Whether `text` gives action advice, not counting the more-information phrases. */
export function hasActionAdvice(text: string, langs: readonly Lang[] = ALL_LANGS): boolean {
  let rest = text;
  for (const m of matches(text, MORE_INFO, langs).reverse()) {
    rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  }
  return matches(rest, ACTION, langs).length > 0;
}

/**
 * The checks about a message as a whole: action advice (a warning when missing) and more
 * information (advice when missing; the guideline says "bij voorkeur"). `hasWeb`: the
 * alert has a `web` address beside the text.
 */
export function lintMessage(
  text: string,
  run: LintRun,
  paths: { action: string; moreInfo: string } = { action: '', moreInfo: '' },
  hasWeb = false,
): LintFinding[] {
  const out: LintFinding[] = [];
  if (!hasActionAdvice(text, run.langs)) {
    out.push(lintFinding('lint.no-action', 'warning', paths.action, run.messageLang));
  }
  if (!hasWeb && !hasMoreInfo(text, run.langs)) {
    out.push(lintFinding('lint.no-more-info', 'info', paths.moreInfo, run.messageLang));
  }
  return out;
}

/**
 * Lints the text of a public warning and returns findings with source `text`, each with
 * the character range of what it points at (JavaScript string indices) and a suggestion:
 *
 * - `lint.motive`: names a motive (terrorism, jihad, extremism, radicalisation, hate,
 *   revenge, "motive"); acts such as "aanslag" or "attack" are fine. Error in extreme
 *   violence, warning otherwise.
 * - `lint.gather-at-place` (extreme violence): sends people to a place. Error for calls
 *   to gather or come ("verzamel bij", "gather at", "rassemblez-vous", "kommen Sie
 *   zum"), warning for "go to" ("ga naar het plein"); not for going inside, home,
 *   upstairs, to a safe place or to a web address, nor for "leave the area".
 * - `lint.search-area` (extreme violence): reveals a search area, direction of flight,
 *   description or number plate. Warning in the after-phase (or when the phase is not
 *   known), info in the threat and acute phases.
 * - `lint.no-action` (warning), `lint.no-more-info` (info): the text as a whole.
 * - `lint.all-caps` (three or more words in capitals, exercise markers excepted),
 *   `lint.insecure-url` (`http://`), `lint.exclamation` (`!!`, or three or more):
 *   warnings.
 * - `lint.placeholder`: `{location}` or `XXX` left in (error), `[plaats]` or `<plaats>`
 *   (warning).
 *
 * Findings are sorted by position; those about the whole text come last.
 *
 * @example
 * lintText('Verzamel bij het stadhuis.', { context: 'extreme-violence', lang: 'nl' })
 * // → [{ code: 'lint.gather-at-place', severity: 'error', range: { start: 0, end: 25 }, … }, …]
 */
export function lintText(text: string, options: LintTextOptions = {}): LintFinding[] {
  const run = lintRun(text, options);
  const located = lintField(text, run).sort(
    (a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0),
  );
  return [...located, ...lintMessage(text, run)];
}
