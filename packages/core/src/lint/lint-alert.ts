import { extremeViolenceGuideline } from '../checklist/definitions/extreme-violence.js';
import { nlAlertProcedure } from '../checklist/definitions/nl-alert-procedure.js';
import { evaluateChecklist } from '../checklist/engine.js';
import { deserializeState, parseChecklistState } from '../checklist/serialize.js';
import type { ChecklistDefinition, ChecklistState } from '../checklist/types.js';
import { transition } from '../lifecycle/state-machine.js';
import type { SireneAlert } from '../model/sirene.js';
import { SHIPPED_TEMPLATES } from '../templates/shipped/index.js';
import type { MessageTemplate } from '../templates/types.js';
import type { Finding, Lang } from '../validation/finding.js';
import { isProfileName, type ProfileName } from '../validation/profiles/index.js';
import { validateAlert } from '../validation/validate.js';
import { lintField, lintMessage, type LintRun } from './lint-text.js';
import { lintFinding } from './messages.js';
import type { LintContext, LintFinding, LintPhase } from './types.js';

/**
 * Where the police advice and the second opinion are recorded: the item ids of the
 * extreme-violence checklist (`nl-alert-extreme-violence`) and of the police-advice
 * section of the NL-Alert procedure (`nl-alert-procedure`, shown when the question
 * "extreme violence?" is answered yes). Either checklist counts.
 */
export const POLICE_ADVICE_ITEMS: Readonly<
  Record<
    string,
    { definition: ChecklistDefinition; advice: readonly string[]; secondOpinion: string }
  >
> = {
  [extremeViolenceGuideline.id]: {
    definition: extremeViolenceGuideline,
    advice: ['advisor-function', 'advisor-name', 'advice-time'],
    secondOpinion: 'second-opinion',
  },
  [nlAlertProcedure.id]: {
    definition: nlAlertProcedure,
    advice: ['police-advisor-function', 'police-advisor-name', 'police-advice-time'],
    secondOpinion: 'second-opinion',
  },
};

/** Scenario options of the extreme-violence checklist, as lint phases. */
const PHASES: Record<string, LintPhase> = {
  threat: 'threat',
  active: 'acute',
  'after-phase': 'after',
};

/** Options of {@link lintAlert}. */
export interface LintAlertOptions {
  /** Default: derived with {@link resolveLintContext}. */
  context?: LintContext;
  /** Default: the scenario in the extreme-violence checklist, if any. */
  phase?: LintPhase;
  /** Language of the finding messages; default English. */
  lang?: Lang;
  /** Templates to look `sirene.templateId` up in; default the shipped ones. */
  templates?: readonly MessageTemplate[];
}

/** Options of {@link canMarkReady}: the lint's, and those of `validateAlert`. */
export interface CanMarkReadyOptions extends LintAlertOptions {
  /** Profiles to validate with; default the alert's `sirene.profile` when it names one. */
  profiles?: readonly ProfileName[];
  /** The moment to judge "already expired" against; default now. */
  now?: Date;
}

/** The checklist states saved with an alert, read against their definitions. */
type ReadStates = Map<string, { state?: ChecklistState; error?: string }>;

function readProcedure(alert: SireneAlert): ReadStates {
  const read: ReadStates = new Map();
  const procedure = alert.sirene.procedure ?? {};
  for (const [id, { definition }] of Object.entries(POLICE_ADVICE_ITEMS)) {
    if (!Object.hasOwn(procedure, id)) continue;
    const saved = procedure[id];
    const result =
      typeof saved === 'string'
        ? deserializeState(definition, saved)
        : parseChecklistState(definition, saved);
    read.set(id, result.ok ? { state: result.state } : { error: result.error.message.en });
  }
  return read;
}

function value(state: ChecklistState | undefined, item: string): unknown {
  return state && Object.hasOwn(state.items, item) ? state.items[item]?.value : undefined;
}

/**
 * Which rules apply to an alert: `extreme-violence` when its template's context is, when
 * the extreme-violence checklist is saved with it, or when the NL-Alert procedure answers
 * "extreme violence?" with yes; `general` otherwise. The phase is the scenario chosen in
 * the extreme-violence checklist (threat, active attackers → `acute`, after-phase).
 * Options given explicitly win.
 */
export function resolveLintContext(
  alert: SireneAlert,
  options: LintAlertOptions = {},
): { context: LintContext; phase?: LintPhase } {
  const states = readProcedure(alert);
  const ev = states.get(extremeViolenceGuideline.id);
  const template = (options.templates ?? SHIPPED_TEMPLATES).find(
    (t) => t.id === alert.sirene.templateId,
  );
  const context: LintContext =
    options.context ??
    (template?.context === 'extreme-violence' ||
    ev !== undefined ||
    value(states.get(nlAlertProcedure.id)?.state, 'extreme-violence') === 'yes'
      ? 'extreme-violence'
      : 'general');
  const scenario = value(ev?.state, 'scenario');
  const phase = options.phase ?? (typeof scenario === 'string' ? PHASES[scenario] : undefined);
  return phase === undefined ? { context } : { context, phase };
}

/**
 * The guideline's procedure requirements for extreme violence: police advice recorded
 * (function, name and time of the advising officer) and the second opinion ticked, in
 * the extreme-violence checklist or the NL-Alert procedure, as the checklist engine
 * evaluates them. Errors at `sirene.procedure`.
 */
export function checkPoliceAdvice(alert: SireneAlert, lang: Lang = 'en'): LintFinding[] {
  const findings: LintFinding[] = [];
  let advice = false;
  let secondOpinion = false;
  for (const [id, entry] of readProcedure(alert)) {
    const items = POLICE_ADVICE_ITEMS[id];
    if (!items) continue;
    if (entry.error !== undefined || !entry.state) {
      findings.push(
        lintFinding('lint.procedure-invalid', 'error', `sirene.procedure.${id}`, lang, {
          checklist: id,
          reason: entry.error ?? '',
        }),
      );
      continue;
    }
    const evaluation = evaluateChecklist(items.definition, entry.state);
    if (items.advice.every((item) => evaluation.items[item]?.done === true)) advice = true;
    if (evaluation.items[items.secondOpinion]?.done === true) secondOpinion = true;
  }
  if (!advice)
    findings.push(lintFinding('lint.police-advice-missing', 'error', 'sirene.procedure', lang));
  if (!secondOpinion) {
    findings.push(lintFinding('lint.second-opinion-missing', 'error', 'sirene.procedure', lang));
  }
  return findings;
}

const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

/**
 * Lints every info block of an alert: `headline`, `description` and `instruction` with
 * {@link lintText}'s checks (paths such as `infos[1].instruction`, ranges within that
 * field), the `web` address (http), and each block as a whole for action advice (at
 * `infos[i].instruction`) and more information (at `infos[i].web`; a `web` address
 * counts). Each block is read in its own language. In extreme violence
 * ({@link resolveLintContext}) it also requires the recorded police advice and second
 * opinion ({@link checkPoliceAdvice}). Cancel, Ack and Error messages are not checked for
 * advice or requirements: they carry no warning.
 */
export function lintAlert(alert: SireneAlert, options: LintAlertOptions = {}): LintFinding[] {
  const { context, phase } = resolveLintContext(alert, options);
  const messageLang = options.lang ?? 'en';
  const carriesWarning = alert.cap.msgType === 'Alert' || alert.cap.msgType === 'Update';
  const findings: LintFinding[] = [];
  alert.cap.infos.forEach((info, i) => {
    const base = (info.language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
    const own = (LANGS as readonly string[]).includes(base) ? [base as Lang] : LANGS;
    const run: LintRun = { context, phase, langs: own, messageLang };
    for (const field of ['headline', 'description', 'instruction'] as const) {
      const text = info[field];
      if (text) findings.push(...lintField(text, run, `infos[${i}].${field}`));
    }
    if (info.web) {
      findings.push(
        ...lintField(info.web, run, `infos[${i}].web`).filter(
          (f) => f.code === 'lint.insecure-url',
        ),
      );
    }
    if (carriesWarning) {
      const whole = [info.headline, info.description, info.instruction].filter(Boolean).join('\n');
      findings.push(
        ...lintMessage(
          whole,
          run,
          { action: `infos[${i}].instruction`, moreInfo: `infos[${i}].web` },
          Boolean(info.web?.trim()),
        ),
      );
    }
  });
  if (context === 'extreme-violence' && carriesWarning) {
    findings.push(...checkPoliceAdvice(alert, messageLang));
  }
  return findings;
}

/**
 * Whether the composer may mark the alert ready for broadcast, and if not, why: the
 * lifecycle allows it (a draft), `validateAlert` finds no errors (with the alert's
 * profile), and {@link lintAlert} finds no errors — which in extreme violence includes
 * the recorded police advice and second opinion. `findings` holds the blocking errors
 * only; warnings and advice are in `validateAlert` and `lintAlert`.
 */
export function canMarkReady(
  alert: SireneAlert,
  options: CanMarkReadyOptions = {},
): { ok: boolean; findings: Finding[] } {
  const lang = options.lang ?? 'en';
  const findings: Finding[] = [];
  const step = transition(alert.sirene.state, 'mark-ready', lang);
  if (!step.ok) findings.push(step.finding);
  const profiles =
    options.profiles ??
    (alert.sirene.profile !== undefined && isProfileName(alert.sirene.profile)
      ? [alert.sirene.profile]
      : []);
  const validation = validateAlert(alert.cap, {
    profiles,
    lang,
    ...(options.now ? { now: options.now } : {}),
  });
  findings.push(...validation.filter((f) => f.severity === 'error'));
  findings.push(...lintAlert(alert, options).filter((f) => f.severity === 'error'));
  return { ok: findings.length === 0, findings };
}
