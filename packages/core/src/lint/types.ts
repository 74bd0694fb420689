/**
 * Types of the safety lint: findings with the character range of what they point at and a
 * suggestion, and the options that say what kind of message is linted.
 */
import type { Finding, Lang } from '../validation/finding.js';

/** A character range in a text: JavaScript string indices (UTF-16 code units), `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A lint finding: a {@link Finding} with source `text`, the range of the match in the text
 * at `path` (absent for findings about the text or the alert as a whole), and a
 * suggestion in the message language.
 */
export type LintFinding = Finding & {
  range?: TextRange;
  /** What to write or do instead. */
  suggestion?: string;
};

/** What kind of message is linted: `extreme-violence` turns on the guideline's rules. */
export type LintContext = 'general' | 'extreme-violence';

/**
 * The scenario of extreme violence (guideline 4c): `threat` ((acute) threat), `acute`
 * (active attackers), `after` (after-phase: possibly fleeing attackers).
 */
export type LintPhase = 'threat' | 'acute' | 'after';

/** Options of `lintText`. */
export interface LintTextOptions {
  /** Default `general`. */
  context?: LintContext;
  /** Only for `extreme-violence`; unknown by default. */
  phase?: LintPhase;
  /**
   * Language of the text. When absent, the patterns of every language apply (NL-Alert
   * texts are often Dutch and English in one) and the detected language is the default
   * message language.
   */
  lang?: Lang;
  /** Language of the finding messages; default `lang`, else the detected language, else English. */
  messageLang?: Lang;
}
