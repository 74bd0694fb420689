/**
 * What every check receives, and the one way findings are made: from a catalog code, so
 * that code, severity and message always agree.
 */
import { translate, type MessageParams } from '../i18n/translate.js';
import type { Finding, Lang } from './finding.js';
import { VALIDATION_MESSAGES, type ValidationCode } from './messages.js';

/** The circumstances of one validation run. */
export interface ValidationContext {
  /** Language of the finding messages. */
  lang: Lang;
  /** The moment to judge "already expired" against. */
  now: Date;
}

/**
 * Makes the finding for `code` at `path`, with the catalog's severity and the message in
 * `context.lang`. Codes under `profile.` get source `profile`, all others `rules`.
 */
export function createFinding(
  code: ValidationCode,
  path: string,
  context: Pick<ValidationContext, 'lang'>,
  params: MessageParams = {},
): Finding {
  const entry = VALIDATION_MESSAGES[code];
  return {
    code,
    severity: entry.severity,
    path,
    message: translate(VALIDATION_MESSAGES, code, context.lang, params),
    source: code.startsWith('profile.') ? 'profile' : 'rules',
  };
}

/** Whether any finding is an error (errors block sending). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
