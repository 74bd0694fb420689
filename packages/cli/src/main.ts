import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  alertFromJson,
  fromCapXml,
  listProfiles,
  measureText,
  resolveLang,
  toCapXml,
  validateAlert,
  validateCapSchema,
  validateCapXml,
  type Finding,
  type Lang,
  type ProfileName,
  type TextChannel,
  type TextMeasure,
} from '@sirene/core';
import { areaCommand } from './area.js';
import { overshootCommand } from './overshoot.js';
import { decodeXml, processIo, readInput, UsageError, type CliIo } from './io.js';
import { textLint } from './text-lint.js';

export { type CliIo } from './io.js';

const HELP = `sirene — CAP 1.2 and channel text tools for public warnings

Usage:
  sirene cap validate <file.xml|-> [more files] [--profile NAME] [--json] [--lang nl|en]
      Schema, CAP rules, profiles and signatures. Exit 0 valid, 1 invalid, 2 usage.
  sirene cap parse <file.xml|->            CAP XML → Sirene's JSON alert model on stdout
  sirene cap build <alert.json|-> [--profile NAME] [--force]
      JSON alert model → CAP 1.2 XML on stdout; refuses an alert with errors unless --force
  sirene area check|repair|simplify|convert <file|-> …
      Check, repair, simplify and convert alert areas (sirene area --help)
  sirene overshoot estimate --cells FILE --area FILE [--mode any-overlap|site-inside|geofence]
      [--population FILE] [--json]   Who else receives a cell broadcast, with its band
  sirene text measure <text|-> [--channel cell-broadcast|sms|wea] [--wea-limit 90|360] [--json]
      Encoding, characters that forced UCS-2, pages or parts, characters left
  sirene text lint <text|-> [--context general|extreme-violence] [--phase threat|acute|after]
                   [--lang nl|en|fr|de] [--json]
      Safety lint (motive, gathering, search area, action advice, capitals…).
      --lang is the text's language and the messages'. Exit 1 on any warning or error.

Options:
  --profile NAME   nl-alert, be-alert, eu-alert or ipaws (repeat or comma-separate)
  --json           machine-readable output
  --lang nl|en     language of messages (default: from $LANG, else English);
                   for text lint also the language of the text (default: all languages)
  -h, --help       this help
`;

const CHANNELS: readonly TextChannel[] = ['cell-broadcast', 'sms', 'wea'];

const OPTIONS = {
  profile: { type: 'string', multiple: true },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  channel: { type: 'string' },
  'wea-limit': { type: 'string' },
  force: { type: 'boolean', default: false },
  context: { type: 'string' },
  phase: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

interface Options {
  profiles: ProfileName[];
  json: boolean;
  lang: Lang;
  channel?: TextChannel;
  weaLimit?: 90 | 360;
  force: boolean;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  // Command groups with options of their own parse their own arguments.
  const subcommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
    area: areaCommand,
    overshoot: overshootCommand,
  };
  const sub = argv[0] !== undefined ? subcommands[argv[0]] : undefined;
  if (sub) return sub(argv.slice(1), io);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help || positionals.length === 0) {
      io.stdout(HELP);
      return positionals.length === 0 && !values.help ? 2 : 0;
    }
    const options = readOptions(values);
    const [group, command, ...rest] = positionals;
    if (group === 'cap' && command === 'validate') return await capValidate(io, rest, options);
    if (group === 'cap' && command === 'parse')
      return await capParse(io, one(rest, 'cap parse <file.xml>'), options);
    if (group === 'cap' && command === 'build')
      return await capBuild(io, one(rest, 'cap build <alert.json>'), options);
    if (group === 'text' && command === 'measure') return await textMeasure(io, rest, options);
    if (group === 'text' && command === 'lint') {
      return await textLint(io, rest, {
        json: options.json,
        lang: values.lang as Lang | undefined,
        messageLang: options.lang,
        context: values.context,
        phase: values.phase,
      });
    }
    throw new UsageError(
      `Unknown command "${positionals.slice(0, 2).join(' ')}". Run "sirene --help" for the commands.`,
    );
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`sirene: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`sirene: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}

function readOptions(values: {
  profile?: string[] | undefined;
  json?: boolean | undefined;
  lang?: string | undefined;
  channel?: string | undefined;
  'wea-limit'?: string | undefined;
  force?: boolean | undefined;
}): Options {
  const known = listProfiles().map((p) => p.name);
  const profiles = (values.profile ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of profiles) {
    if (!(known as string[]).includes(p)) {
      throw new UsageError(`Unknown profile "${p}". Use one of: ${known.join(', ')}.`);
    }
  }
  if (values.lang !== undefined && !['nl', 'en', 'fr', 'de'].includes(values.lang)) {
    throw new UsageError(
      `Unknown language "${values.lang}". Use nl or en (fr and de where translated).`,
    );
  }
  const options: Options = {
    profiles: profiles as ProfileName[],
    json: values.json ?? false,
    lang: resolveLang(values.lang ?? process.env['LANG']),
    force: values.force ?? false,
  };
  if (values.channel !== undefined) {
    if (!(CHANNELS as readonly string[]).includes(values.channel)) {
      throw new UsageError(
        `Unknown channel "${values.channel}". Use one of: ${CHANNELS.join(', ')}.`,
      );
    }
    options.channel = values.channel as TextChannel;
  }
  if (values['wea-limit'] !== undefined) {
    if (values['wea-limit'] !== '90' && values['wea-limit'] !== '360') {
      throw new UsageError(`--wea-limit must be 90 or 360, not "${values['wea-limit']}".`);
    }
    options.weaLimit = Number(values['wea-limit']) as 90 | 360;
  }
  return options;
}

function one(args: string[], usage: string): string {
  if (args.length !== 1 || args[0] === undefined) {
    throw new UsageError(`Expected exactly one file: sirene ${usage} (or - for standard input).`);
  }
  return args[0];
}

function formatFindings(findings: Finding[]): string {
  const width = Math.max(0, ...findings.map((f) => f.code.length));
  return findings
    .map((f) => {
      const where = [f.line !== undefined ? `line ${f.line}` : '', f.path]
        .filter(Boolean)
        .join(' ');
      return `  ${f.severity.padEnd(7)} ${f.code.padEnd(width)}  ${where ? where + ': ' : ''}${f.message}\n`;
    })
    .join('');
}

function summary(findings: Finding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const parts = [
    [count('error'), 'error'],
    [count('warning'), 'warning'],
    [count('info'), 'note'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`)
    .join(', ');
}

async function capValidate(io: CliIo, files: string[], options: Options): Promise<number> {
  if (files.length === 0)
    throw new UsageError(
      'Name the CAP file to validate: sirene cap validate <file.xml> (or - for standard input).',
    );
  const reports = [];
  for (const file of files) {
    const xml = decodeXml(await readInput(io, file));
    const report = await validateCapXml(xml, { profiles: options.profiles, lang: options.lang });
    reports.push({ file, valid: report.valid, findings: report.findings });
    if (!options.json) {
      const counts = summary(report.findings);
      io.stdout(`${file}: ${report.valid ? 'valid' : 'INVALID'}${counts ? ` (${counts})` : ''}\n`);
      io.stdout(formatFindings(report.findings));
    }
  }
  if (options.json)
    io.stdout(JSON.stringify(files.length === 1 ? reports[0] : reports, null, 2) + '\n');
  return reports.every((r) => r.valid) ? 0 : 1;
}

async function capParse(io: CliIo, file: string, options: Options): Promise<number> {
  const xml = decodeXml(await readInput(io, file));
  const parsed = fromCapXml(xml, { lang: options.lang });
  if (!parsed.ok) {
    io.stderr(`${file}: cannot be read as CAP 1.2\n${formatFindings(parsed.findings)}`);
    return 1;
  }
  if (parsed.findings.length) io.stderr(`${file}:\n${formatFindings(parsed.findings)}`);
  io.stdout(JSON.stringify(parsed.alert, null, 2) + '\n');
  return parsed.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function capBuild(io: CliIo, file: string, options: Options): Promise<number> {
  const text = new TextDecoder().decode(await readInput(io, file));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.stderr(
      `${file}: not valid JSON: ${(error as Error).message}. Fix the JSON and run the command again.\n`,
    );
    return 1;
  }
  const read = alertFromJson(json, { lang: options.lang });
  if (!read.ok) {
    io.stderr(`${file}: not a CAP alert in Sirene's JSON model\n${formatFindings(read.findings)}`);
    return 1;
  }
  const xml = toCapXml(read.alert, { pretty: true });
  const findings = [
    ...read.findings,
    ...validateAlert(read.alert, { profiles: options.profiles, lang: options.lang }),
    ...(await validateCapSchema(xml, { lang: options.lang })),
  ];
  const errors = findings.some((f) => f.severity === 'error');
  if (findings.length) io.stderr(`${file}: ${summary(findings)}\n${formatFindings(findings)}`);
  if (errors && !options.force) {
    io.stderr('No XML written: fix the errors above, or pass --force to write it anyway.\n');
    return 1;
  }
  io.stdout(xml.endsWith('\n') ? xml : xml + '\n');
  return errors ? 1 : 0;
}

async function textMeasure(io: CliIo, args: string[], options: Options): Promise<number> {
  if (args.length === 0)
    throw new UsageError(
      'Give the text to measure: sirene text measure "<text>" (or - for standard input).',
    );
  const text =
    args.length === 1 && args[0] === '-'
      ? new TextDecoder().decode(await io.readStdin()).replace(/\r?\n$/, '')
      : args.join(' ');
  const channels = options.channel ? [options.channel] : CHANNELS;
  const measures = channels.map((c) =>
    measureText(text, c, options.weaLimit ? { weaLimit: options.weaLimit } : {}),
  );
  if (options.json) {
    io.stdout(JSON.stringify(measures.length === 1 ? measures[0] : measures, null, 2) + '\n');
  } else {
    io.stdout(measures.map(formatMeasure).join('\n'));
  }
  return measures.every((m) => m.fits) ? 0 : 1;
}

function formatMeasure(m: TextMeasure): string {
  const unit =
    m.channel === 'cell-broadcast' ? 'pages' : m.channel === 'sms' ? 'parts' : 'messages';
  const lines = [
    `${m.channel}: ${m.fits ? 'fits' : 'TOO LONG'}`,
    `  encoding    ${m.encoding}`,
    `  characters  ${m.characters} (${m.units} ${m.encoding === 'GSM-7' ? 'septets' : 'UCS-2 units'})`,
    `  ${unit.padEnd(10)}  ${m.segments} of at most ${m.maxSegments}, ${m.perSegment} per ${unit.replace(/s$/, '')}`,
    `  left        ${m.remainingInSegment} in this ${unit.replace(/s$/, '')}, ${m.remaining} before the limit`,
  ];
  if (m.forcedUcs2.length) {
    const chars = m.forcedUcs2.map(
      (f) =>
        `"${f.char}" at ${f.index}${f.suggestion !== undefined ? ` (→ "${f.suggestion}")` : ''}`,
    );
    lines.push(`  UCS-2 forced by ${chars.join(', ')}`);
  }
  return lines.join('\n') + '\n';
}
