import { parseArgs } from 'node:util';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { type Format, parseFormats } from './formats.js';
import { assertIsoDate } from './iso-date.js';
import { parseScheduleArgs, type ScheduleCommand } from './schedule/parse-schedule-args.js';
import { parseServeArgs, type ServeCommand } from './serve/parse-serve-args.js';

/** What the command line asks for. */
export type CommandLine =
  | { command: 'help'; topic?: HelpTopic | undefined }
  | { command: 'version' }
  | ServeCommand
  | ScheduleCommand
  | ({ command: 'run' } & RunFlags)
  | { command: 'list'; out?: string | undefined; config?: string | undefined; json: boolean }
  | {
      command: 'diff';
      from?: string | undefined;
      to?: string | undefined;
      out?: string | undefined;
      config?: string | undefined;
      json: boolean;
    }
  | {
      command: 'prune';
      keep?: number | undefined;
      out?: string | undefined;
      config?: string | undefined;
      wait?: number | undefined;
      json: boolean;
    }
  | { command: 'verify'; pack: string; sources?: string | undefined; out?: string | undefined }
  | {
      command: 'eval';
      sources: string;
      gold?: string | undefined;
      profile?: string | undefined;
      minF1: number;
      minFieldF1: number;
      json: boolean;
    };

/** The flags of `dealbrief run`; missing ones fall back to the config file (see run-command.ts). */
export interface RunFlags {
  sources?: string | undefined;
  out?: string | undefined;
  asOf?: string | undefined;
  profile?: string | undefined;
  formats?: Format[] | undefined;
  config?: string | undefined;
  force: boolean;
  keep?: number | undefined;
  wait?: number | undefined;
  json: boolean;
  quiet: boolean;
}

/** Commands with their own `--help`. */
export type HelpTopic = 'run' | 'verify' | 'eval' | 'list' | 'diff' | 'prune' | 'serve' | 'schedule';
const HELP_TOPICS: readonly string[] = [
  'run',
  'verify',
  'eval',
  'list',
  'diff',
  'prune',
  'serve',
  'schedule',
];

/** Defaults of `dealbrief eval`: the seeds folder of the working directory and the thresholds. */
export const EVAL_DEFAULTS = { sources: 'seeds', minF1: 0.95, minFieldF1: 0.8 } as const;

const COMMANDS = ['run', 'list', 'diff', 'verify', 'prune', 'eval', 'serve', 'schedule', 'help'] as const;

/** Parses `dealbrief` arguments (without node and the script). Throws USAGE for anything it does not accept. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw usage('no command given');
  if (first.startsWith('-')) {
    const { values } = parse(argv, {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    });
    if (values['help']) return { command: 'help' };
    if (values['version']) return { command: 'version' };
    throw usage('no command given');
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { command: 'help' };
    if (HELP_TOPICS.includes(topic)) return { command: 'help', topic: topic as HelpTopic };
    throw usage(`unknown command "${topic}"`);
  }
  if (first === 'run') return parseRun(rest);
  if (first === 'list') {
    const { values, positionals } = parse(rest, {
      out: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'list' };
    if (positionals.length > 0) throw usage(`list takes no arguments, got "${positionals[0]}"`);
    const out = optionalString(values['out'], '--out');
    return {
      command: 'list',
      out,
      config: optionalString(values['config'], '--config'),
      json: !!values['json'],
    };
  }
  if (first === 'diff') {
    const { values, positionals } = parse(rest, {
      out: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'diff' };
    if (positionals.length === 1 || positionals.length > 2) throw usage('diff takes two run ids, or none');
    return {
      command: 'diff',
      from: positionals[0],
      to: positionals[1],
      out: optionalString(values['out'], '--out'),
      config: optionalString(values['config'], '--config'),
      json: !!values['json'],
    };
  }
  if (first === 'prune') {
    const { values, positionals } = parse(rest, {
      keep: { type: 'string' },
      out: { type: 'string' },
      config: { type: 'string' },
      wait: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'prune' };
    if (positionals.length > 0) throw usage(`prune takes no arguments, got "${positionals[0]}"`);
    return {
      command: 'prune',
      keep: parseCount(values['keep'], '--keep', 1),
      out: optionalString(values['out'], '--out'),
      config: optionalString(values['config'], '--config'),
      wait: parseCount(values['wait'], '--wait', 0),
      json: values['json'] === true,
    };
  }
  if (first === 'verify') {
    const { values, positionals } = parse(rest, {
      sources: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'verify' };
    if (positionals.length !== 1) {
      throw usage(positionals.length === 0 ? 'verify needs a <pack-dir>' : 'verify takes one <pack-dir>');
    }
    return {
      command: 'verify',
      pack: positionals[0]!,
      sources: optionalString(values['sources'], '--sources'),
      out: optionalString(values['out'], '--out'),
    };
  }
  if (first === 'eval') {
    const { values, positionals } = parse(rest, {
      sources: { type: 'string' },
      gold: { type: 'string' },
      profile: { type: 'string' },
      'min-f1': { type: 'string' },
      'min-field-f1': { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'eval' };
    if (positionals.length > 0) throw usage(`eval takes no arguments, got "${positionals[0]}"`);
    return {
      command: 'eval',
      sources: optionalString(values['sources'], '--sources') ?? EVAL_DEFAULTS.sources,
      gold: optionalString(values['gold'], '--gold'),
      profile: optionalString(values['profile'], '--profile'),
      minF1: parseShare(values['min-f1'], '--min-f1') ?? EVAL_DEFAULTS.minF1,
      minFieldF1: parseShare(values['min-field-f1'], '--min-field-f1') ?? EVAL_DEFAULTS.minFieldF1,
      json: values['json'] === true,
    };
  }
  if (first === 'serve') return parseServeArgs(rest);
  if (first === 'schedule') {
    const schedule = parseScheduleArgs(rest);
    // The run options are checked now, so a typo is a usage error at start rather than at every tick.
    if (schedule.command === 'schedule') parseRun(schedule.runArgs);
    return schedule;
  }
  throw usage(`unknown command "${first}" (commands: ${COMMANDS.join(', ')})`);
}

/** `dealbrief run [flags]` (also reused by `schedule`). */
export function parseRun(args: readonly string[]): CommandLine {
  const { values, positionals } = parse(args, {
    sources: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    formats: { type: 'string' },
    config: { type: 'string' },
    force: { type: 'boolean' },
    keep: { type: 'string' },
    wait: { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) return { command: 'help', topic: 'run' };
  if (positionals.length > 0) throw usage(`run takes no arguments, got "${positionals[0]}"`);
  const asOf = optionalString(values['as-of'], '--as-of');
  if (asOf !== undefined) assertIsoDate(asOf);
  const formats = optionalString(values['formats'], '--formats');
  if (values['json'] && values['quiet']) throw usage('--json and --quiet cannot be combined');
  return {
    command: 'run',
    sources: optionalString(values['sources'], '--sources'),
    out: optionalString(values['out'], '--out'),
    asOf,
    profile: optionalString(values['profile'], '--profile'),
    formats: formats === undefined ? undefined : parseFormats(formats),
    config: optionalString(values['config'], '--config'),
    force: values['force'] === true,
    keep: parseCount(values['keep'], '--keep', 1),
    wait: parseCount(values['wait'], '--wait', 0),
    json: values['json'] === true,
    quiet: values['quiet'] === true,
  };
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(args: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw usage(
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error),
    );
  }
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw usage(`${name} needs a value`);
  return value;
}

/** A whole number ≥ min, e.g. `--keep 5` or `--wait 30`. */
function parseCount(value: unknown, name: string, min: number): number | undefined {
  const text = optionalString(value, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw usage(`${name} needs a whole number ≥ ${min}, got "${text}"`);
  return Number(text);
}

/** A threshold between 0 and 1, e.g. "0.95". */
function parseShare(value: unknown, name: string): number | undefined {
  const text = optionalString(value, name);
  if (text === undefined) return undefined;
  const share = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || !(share >= 0 && share <= 1)) {
    throw usage(`${name} needs a number from 0 to 1, got "${text}"`);
  }
  return share;
}

function usage(message: string): DealbriefError {
  return new DealbriefError(ErrorCode.Usage, message);
}
