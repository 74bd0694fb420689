import {
  detectLanguage,
  lintText,
  type Lang,
  type LintContext,
  type LintFinding,
  type LintPhase,
} from '@sirene/core';
import { UsageError, type CliIo } from './io.js';

const CONTEXTS: readonly LintContext[] = ['general', 'extreme-violence'];
const PHASES: readonly LintPhase[] = ['threat', 'acute', 'after'];

/** Options of `sirene text lint`, as the command line gave them. */
export interface TextLintOptions {
  json: boolean;
  /** `--lang`: the language of the text, and then of the messages too. */
  lang?: Lang | undefined;
  /** Language of the messages when `--lang` is absent (from $LANG, else English). */
  messageLang: Lang;
  /** `--context`, unchecked. */
  context?: string | undefined;
  /** `--phase`, unchecked. */
  phase?: string | undefined;
}

/** 1-based line and column of a string index. */
function position(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return text.includes('\n') ? `line ${line}, col ${column}` : `col ${column}`;
}

function counts(findings: readonly LintFinding[]): string {
  const n = (s: LintFinding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = (
    [
      [n('error'), 'error'],
      [n('warning'), 'warning'],
      [n('info'), 'note'],
    ] as const
  )
    .filter(([k]) => k > 0)
    .map(([k, word]) => `${k} ${word}${k === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'no findings';
}

/**
 * `sirene text lint <text|-> [--context general|extreme-violence] [--phase threat|acute|after]
 * [--lang nl|en|fr|de] [--json]`: the safety lint over one text. `--lang` names the
 * language of the text (only its patterns apply) and of the messages; without it, every
 * language's patterns apply and messages follow $LANG. Exit 0 when there is nothing
 * worse than a note, 1 for any warning or error, 2 for usage errors.
 */
export async function textLint(
  io: CliIo,
  args: string[],
  options: TextLintOptions,
): Promise<number> {
  if (args.length === 0) {
    throw new UsageError(
      'Give the text to lint: sirene text lint "<text>" (or - to read it from standard input).',
    );
  }
  const context = options.context ?? 'general';
  if (!(CONTEXTS as readonly string[]).includes(context)) {
    throw new UsageError(`Unknown context "${context}". Use one of: ${CONTEXTS.join(', ')}.`);
  }
  if (options.phase !== undefined) {
    if (!(PHASES as readonly string[]).includes(options.phase)) {
      throw new UsageError(`Unknown phase "${options.phase}". Use one of: ${PHASES.join(', ')}.`);
    }
    if (context !== 'extreme-violence') {
      throw new UsageError(
        '--phase applies to extreme violence only: add --context extreme-violence.',
      );
    }
  }
  const text =
    args.length === 1 && args[0] === '-'
      ? new TextDecoder().decode(await io.readStdin()).replace(/\r?\n$/, '')
      : args.join(' ');
  const findings = lintText(text, {
    context: context as LintContext,
    ...(options.phase !== undefined ? { phase: options.phase as LintPhase } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    messageLang: options.lang ?? options.messageLang,
  });
  if (options.json) {
    const report = {
      lang: options.lang ?? detectLanguage(text) ?? null,
      context,
      phase: options.phase ?? null,
      findings,
    };
    io.stdout(JSON.stringify(report, null, 2) + '\n');
  } else {
    io.stdout(`${counts(findings)}\n`);
    const width = Math.max(0, ...findings.map((f) => f.code.length));
    for (const f of findings) {
      const where = f.range
        ? `${position(text, f.range.start)} “${text.slice(f.range.start, f.range.end)}”: `
        : '';
      io.stdout(`  ${f.severity.padEnd(7)} ${f.code.padEnd(width)}  ${where}${f.message}\n`);
      if (f.suggestion) io.stdout(`  ${''.padEnd(7)} ${''.padEnd(width)}  → ${f.suggestion}\n`);
    }
  }
  return findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}
