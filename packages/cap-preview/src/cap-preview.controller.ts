/**
 * What `<sirene-cap-preview>` delegates to, free of the DOM so it is tested in Node:
 * reading the input (an alert model or CAP XML), validating it without stale results,
 * tokenizing XML for highlighting, naming a finding's field in the operator's language,
 * and the texts of the phone view and the validation summary.
 */
import {
  alertFromJson,
  composeChannelText,
  expandProfiles,
  fromCapXml,
  isProfileName,
  listProfiles,
  measureText,
  parseCapDateTime,
  toCapXml,
  translate,
  validateCapXml,
  type CapAlert,
  type CapInfo,
  type Finding,
  type Lang,
  type ProfileName,
  type Severity,
  type SireneAlert,
  type TextMeasure,
} from '@sirene/core';
import { FIELD_LABELS, ITEM_LABELS, MESSAGES, type MessageKey } from './messages.js';

// ---------------------------------------------------------------------------------------
// Input

/** What the preview shows: read from an alert model, from CAP XML, or nothing yet. */
export type PreviewSource =
  | { kind: 'none'; xml: ''; findings: [] }
  | {
      kind: 'alert' | 'xml';
      /** The XML shown, copied and downloaded: built from the alert, or as given. */
      xml: string;
      /** The alert read, when there is one to show. */
      alert?: CapAlert;
      /** What reading found (parse findings of XML, shape findings of a model). */
      findings: Finding[];
      /** True when the input could not be read at all: nothing to show on a phone. */
      unreadable: boolean;
      /** The profile a Sirene alert names (`sirene.profile`), if any. */
      profile?: string;
    };

/** Whether `value` is a Sirene alert (`{ cap, sirene }`) rather than a bare CAP alert. */
export function isSireneAlert(value: unknown): value is SireneAlert {
  return typeof value === 'object' && value !== null && 'cap' in value && 'sirene' in value;
}

/** The CAP part of either kind of alert. */
export function capOf(value: CapAlert | SireneAlert | undefined | null): CapAlert | undefined {
  if (!value) return undefined;
  return isSireneAlert(value) ? value.cap : value;
}

/**
 * Reads what the preview was given. Non-empty `xml` wins over `alert`. Never throws:
 * XML that does not parse, or a model with missing or mistyped fields (hosts may hand
 * over JSON), becomes findings and `unreadable: true`.
 */
export function resolveSource(
  input: { alert?: CapAlert | SireneAlert | null; xml?: string | null },
  lang: Lang,
): PreviewSource {
  if (typeof input.xml === 'string' && input.xml.trim() !== '') {
    const parsed = fromCapXml(input.xml, { lang });
    return parsed.ok
      ? {
          kind: 'xml',
          xml: input.xml,
          alert: parsed.alert,
          findings: parsed.findings,
          unreadable: false,
        }
      : { kind: 'xml', xml: input.xml, findings: parsed.findings, unreadable: true };
  }
  if (!input.alert) return { kind: 'none', xml: '', findings: [] };
  const profile = isSireneAlert(input.alert) ? input.alert.sirene?.profile : undefined;
  const read = alertFromJson(capOf(input.alert), { lang });
  const base = { kind: 'alert' as const, ...(profile ? { profile } : {}) };
  if (!read.ok) return { ...base, xml: '', findings: read.findings, unreadable: true };
  try {
    const xml = toCapXml(read.alert, { pretty: true });
    return { ...base, xml, alert: read.alert, findings: read.findings, unreadable: false };
  } catch (error) {
    return {
      ...base,
      xml: '',
      findings: [
        ...read.findings,
        {
          code: 'preview.unbuildable',
          severity: 'error',
          path: '',
          message: `${translate(MESSAGES, 'source.unreadableAlert', lang)} (${String(error)})`,
          source: 'rules',
        },
      ],
      unreadable: true,
    };
  }
}

/** The profiles to check: the ones given, else the one a Sirene alert names. */
export function effectiveProfiles(
  profiles: readonly string[],
  source: PreviewSource,
): ProfileName[] {
  if (profiles.length > 0) return [...profiles] as ProfileName[];
  return source.kind !== 'none' && source.profile ? [source.profile as ProfileName] : [];
}

/** The `profile` attribute: comma- or space-separated names (`"nl-alert, eu-alert"`). */
export function parseProfiles(attribute: string | null): ProfileName[] {
  return (attribute ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '') as ProfileName[];
}

// ---------------------------------------------------------------------------------------
// Validation

/** The outcome of one validation. */
export interface PreviewValidation {
  valid: boolean;
  findings: Finding[];
}

/**
 * Validates what the preview shows, completely: XML and schema, CAP rules, profiles and
 * signatures (`validateCapXml`), after any findings from reading a model. Never throws.
 */
export async function validateSource(
  source: PreviewSource,
  profiles: readonly ProfileName[],
  lang: Lang,
): Promise<PreviewValidation> {
  if (source.kind === 'none') return { valid: false, findings: [] };
  if (source.kind === 'alert' && source.unreadable) {
    return { valid: false, findings: source.findings };
  }
  try {
    const report = await validateCapXml(source.xml, { profiles: [...profiles], lang });
    const findings =
      source.kind === 'alert' ? [...source.findings, ...report.findings] : report.findings;
    return { valid: !findings.some((f) => f.severity === 'error'), findings };
  } catch (error) {
    return {
      valid: false,
      findings: [
        ...source.findings,
        {
          code: 'preview.check-failed',
          severity: 'error',
          path: '',
          message: String(error),
          source: 'schema',
        },
      ],
    };
  }
}

/**
 * Runs validations one after another as input changes: waits `delay` ms after the last
 * change (typing), and delivers only the result of the newest input, so a slow check of
 * old input never overwrites a newer one.
 */
export class ValidationScheduler<I, R> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;
  private busy = false;

  constructor(
    private readonly run: (input: I) => Promise<R>,
    private readonly deliver: (result: R, input: I) => void,
    readonly delay = 200,
  ) {}

  /** Whether a validation is waiting or running. */
  get pending(): boolean {
    return this.busy;
  }

  /** Validates `input` after the delay, superseding anything scheduled or running. */
  schedule(input: I): void {
    const sequence = ++this.sequence;
    clearTimeout(this.timer);
    this.busy = true;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run(input).then((result) => {
        if (sequence !== this.sequence) return;
        this.busy = false;
        this.deliver(result, input);
      });
    }, this.delay);
  }

  /** Drops whatever is scheduled or running. */
  cancel(): void {
    this.sequence++;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.busy = false;
  }
}

// ---------------------------------------------------------------------------------------
// Findings

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings grouped by severity, errors first; empty groups left out. */
export function groupBySeverity(
  findings: readonly Finding[],
): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/** "1 error, 3 warnings" in `lang`; severities without findings left out. */
export function countsText(findings: readonly Finding[], lang: Lang): string {
  return groupBySeverity(findings)
    .map(({ severity, findings: group }) =>
      translate(
        MESSAGES,
        `count.${severity}.${group.length === 1 ? 'one' : 'other'}` as MessageKey,
        lang,
        { count: group.length },
      ),
    )
    .join(', ');
}

/** What was checked: "CAP 1.2" or "CAP 1.2 and profiles NL-Alert, EU-Alert". */
export function profilesText(profiles: readonly string[], lang: Lang): string {
  if (profiles.length === 0) return translate(MESSAGES, 'profiles.cap', lang);
  const titles = new Map(listProfiles(lang).map((p) => [p.name as string, p.title]));
  const known = profiles.filter(isProfileName);
  const names = [...expandProfiles(known), ...profiles.filter((p) => !isProfileName(p))];
  return translate(MESSAGES, 'profiles.list', lang, {
    list: names.map((n) => titles.get(n) ?? n).join(', '),
  });
}

/** The one-line validation result, for the live region. */
export function statusText(
  state: 'idle' | 'checking' | 'done',
  findings: readonly Finding[],
  profiles: readonly string[],
  lang: Lang,
): string {
  if (state === 'idle') return translate(MESSAGES, 'status.idle', lang);
  if (state === 'checking') return translate(MESSAGES, 'status.checking', lang);
  const counts = countsText(findings, lang);
  const checked = profilesText(profiles, lang);
  if (findings.some((f) => f.severity === 'error'))
    return translate(MESSAGES, 'status.blocking', lang, { counts });
  if (findings.length > 0)
    return translate(MESSAGES, 'status.passable', lang, { counts, profiles: checked });
  return translate(MESSAGES, 'status.clean', lang, { profiles: checked });
}

const SEGMENT = /^([^[\]]+)((?:\[\d+\])*)$/;

/**
 * A model path as the operator reads it, in `lang`:
 * `infos[0].areas[1].polygons[0]` → "Info 1 (nl-NL) › Area 2 › Polygon 1". The info's
 * language comes from `alert` when given. `cap.` prefixes (Sirene alert paths) are
 * dropped; unknown names are shown as they are.
 */
export function fieldLabel(path: string, alert: CapAlert | undefined, lang: Lang): string {
  const bare = path.replace(/^cap\./, '');
  if (bare === '') return translate(MESSAGES, 'path.message', lang);
  const parts: string[] = [];
  let info: CapInfo | undefined;
  for (const segment of bare.split('.')) {
    const m = SEGMENT.exec(segment);
    if (!m) {
      parts.push(segment);
      continue;
    }
    const name = m[1] ?? segment;
    const indices = [...(m[2] ?? '').matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    const field =
      name in FIELD_LABELS
        ? translate(FIELD_LABELS, name as keyof typeof FIELD_LABELS, lang)
        : name;
    if (indices.length === 0) {
      parts.push(field);
      continue;
    }
    for (const index of indices) {
      const n = index + 1;
      if (name === 'infos') {
        info = alert?.infos[index];
        const language = info?.language;
        parts.push(
          language
            ? translate(MESSAGES, 'path.infoLang', lang, { n, language })
            : translate(MESSAGES, 'path.info', lang, { n }),
        );
      } else if (name in ITEM_LABELS) {
        parts.push(translate(ITEM_LABELS, name as keyof typeof ITEM_LABELS, lang, { n }));
      } else parts.push(`${field} ${n}`);
    }
  }
  return parts.join(' › ');
}

// ---------------------------------------------------------------------------------------
// Phone view

/** The title a phone shows above the alert, as a message key. */
export function phoneTitleKey(profiles: readonly string[]): MessageKey {
  if (profiles.includes('nl-alert')) return 'phone.title.nl-alert';
  if (profiles.includes('be-alert')) return 'phone.title.be-alert';
  return 'phone.title.generic';
}

/** The time zone phones in the profile's country show. */
export function phoneTimeZone(profiles: readonly string[]): string {
  return profiles.includes('be-alert') && !profiles.includes('nl-alert')
    ? 'Europe/Brussels'
    : 'Europe/Amsterdam';
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', fr: 'fr-BE', de: 'de-BE' };

/** A locale `Intl` accepts for a CAP language tag, else the one for `fallback`. */
export function localeFor(tag: string | undefined, fallback: Lang): string {
  if (tag) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? LOCALES[fallback];
    } catch {
      // not a BCP 47 tag
    }
  }
  return LOCALES[fallback];
}

/** How a phone shows a moment: a clock, a long date and the notification's stamp. */
export interface PhoneTime {
  clock: string;
  date: string;
  stamp: string;
}

/** `sent` as a phone in `locale` and `timeZone` shows it; undefined when unreadable. */
export function phoneTime(sent: string, locale: string, timeZone: string): PhoneTime | undefined {
  const at = parseCapDateTime(sent);
  if (!at) return undefined;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(at);
  return {
    clock: format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    date: format({ weekday: 'long', day: 'numeric', month: 'long' }),
    // "23-11-2026 03:12", as NL-Alert texts show it; the locale orders the date.
    stamp: `${format({ day: '2-digit', month: '2-digit', year: 'numeric' })} ${format({
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })}`,
  };
}

/** The language's name in `locale` and its tag (`nl-NL` → "Nederlands (Nederland) · nl-NL"), else the tag. */
export function languageName(tag: string | undefined, locale: string): string {
  const code = tag ?? 'en-US';
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? `${name} · ${code}` : code;
  } catch {
    return code;
  }
}

/** One phone card: what a phone shows of one info block. */
export interface PhoneCard {
  index: number;
  language: string | undefined;
  text: string;
  areas: string[];
  measure: TextMeasure;
}

/** The phone cards of an alert, one per info block, in message order. */
export function phoneCards(alert: CapAlert): PhoneCard[] {
  return alert.infos.map((info, index) => {
    const text = composeChannelText(info);
    return {
      index,
      language: info.language,
      text,
      areas: info.areas.map((a) => a.areaDesc).filter((d) => d.trim() !== ''),
      measure: measureText(text, 'cell-broadcast'),
    };
  });
}

// ---------------------------------------------------------------------------------------
// XML view

/** Kinds of XML tokens, each highlighted its own way. */
export type XmlTokenKind =
  | 'tag' // element name
  | 'punct' // < </ > /> =
  | 'attr' // attribute name
  | 'value' // attribute value, with its quotes
  | 'text' // character data
  | 'entity' // &amp; &#13;
  | 'comment'
  | 'pi' // <?xml …?>
  | 'cdata'
  | 'doctype'
  | 'space'; // whitespace inside a tag

export interface XmlToken {
  kind: XmlTokenKind;
  text: string;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;

/**
 * Splits XML into tokens for highlighting. Tolerant: any input, well-formed or not,
 * yields tokens whose texts join back to exactly the input.
 */
export function tokenizeXml(xml: string): XmlToken[] {
  const out: XmlToken[] = [];
  const n = xml.length;
  let i = 0;
  const push = (kind: XmlTokenKind, text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind !== 'punct') last.text += text;
    else out.push({ kind, text });
  };
  const until = (end: string, from: number): number => {
    const k = xml.indexOf(end, from);
    return k < 0 ? n : k + end.length;
  };
  while (i < n) {
    if (xml.startsWith('<!--', i)) {
      const j = until('-->', i + 4);
      push('comment', xml.slice(i, j));
      i = j;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const j = until(']]>', i + 9);
      push('cdata', xml.slice(i, j));
      i = j;
    } else if (xml.startsWith('<?', i)) {
      const j = until('?>', i + 2);
      push('pi', xml.slice(i, j));
      i = j;
    } else if (xml.startsWith('<!', i)) {
      let depth = 0;
      let j = i + 2;
      for (; j < n; j++) {
        const c = xml[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      j = Math.min(j + 1, n);
      push('doctype', xml.slice(i, j));
      i = j;
    } else if (xml[i] === '<' && NAME_START.test(xml[i + 1] ?? '')) {
      i = tag(xml, i + 1, '<', push);
    } else if (xml.startsWith('</', i) && NAME_START.test(xml[i + 2] ?? '')) {
      i = tag(xml, i + 2, '</', push);
    } else if (xml[i] === '&') {
      const m = /^&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/.exec(xml.slice(i, i + 40));
      const text = m ? m[0] : '&';
      push(m ? 'entity' : 'text', text);
      i += text.length;
    } else {
      let j = i + 1;
      while (j < n && xml[j] !== '<' && xml[j] !== '&') j++;
      push('text', xml.slice(i, j));
      i = j;
    }
  }
  return out;
}

/** Reads one tag from its name at `i`; returns the index after it. */
function tag(
  xml: string,
  i: number,
  open: '<' | '</',
  push: (kind: XmlTokenKind, text: string) => void,
): number {
  const n = xml.length;
  push('punct', open);
  let j = i;
  while (j < n && NAME_CHAR.test(xml[j] ?? '')) j++;
  push('tag', xml.slice(i, j));
  i = j;
  while (i < n) {
    const c = xml[i] ?? '';
    if (c === '>') {
      push('punct', '>');
      return i + 1;
    }
    if (c === '/' && xml[i + 1] === '>') {
      push('punct', '/>');
      return i + 2;
    }
    if (c === '<') return i; // unterminated tag: let the next one start
    if (/\s/.test(c)) {
      let k = i + 1;
      while (k < n && /\s/.test(xml[k] ?? '')) k++;
      push('space', xml.slice(i, k));
      i = k;
    } else if (NAME_START.test(c)) {
      let k = i + 1;
      while (k < n && NAME_CHAR.test(xml[k] ?? '')) k++;
      push('attr', xml.slice(i, k));
      i = k;
    } else if (c === '=') {
      push('punct', '=');
      i++;
    } else if (c === '"' || c === "'") {
      const k = xml.indexOf(c, i + 1);
      const end = k < 0 ? n : k + 1;
      push('value', xml.slice(i, end));
      i = end;
    } else {
      push('text', c);
      i++;
    }
  }
  return i;
}

/** The tokens of each line (line 1 first), tokens that span lines split at the breaks. */
export function highlightLines(xml: string): XmlToken[][] {
  const lines: XmlToken[][] = [[]];
  for (const token of tokenizeXml(xml)) {
    const pieces = token.text.split(/\r\n|\r|\n/);
    pieces.forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece !== '') lines[lines.length - 1]?.push({ kind: token.kind, text: piece });
    });
  }
  return lines;
}

/** Whether the field at `path` holds a CAP dateTime (`sent`, `effective`, `onset`, `expires`). */
export function isTimeField(path: string): boolean {
  return /(^|\.)(sent|effective|onset|expires)$/.test(path);
}

/** A file name for downloading the alert: its identifier, made safe for file systems. */
export function downloadName(identifier: string | undefined): string {
  const safe = (identifier ?? '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return `${safe.slice(0, 120) || 'alert'}.xml`;
}
