import { parseArgs } from 'node:util';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { assertIsoDate } from './iso-date.js';

/** What the command line asks for. */
export type CommandLine =
  | { command: 'help'; topic?: 'run' | 'verify' | 'eval' | undefined }
  | { command: 'version' }
  | { command: 'run'; sources: string; out: string; asOf?: string | undefined; profile?: string | undefined }
  | { command: 'verify'; pack: string; sources?: string | undefined }
  | {
      command: 'eval';
      sources: string;
      gold?: string | undefined;
      profile?: string | undefined;
      minF1: number;
      minFieldF1: number;
      json: boolean;
    };

/** Defaults of `dealbrief eval`: the seeds folder of the working directory and the thresholds. */
export const EVAL_DEFAULTS = { sources: 'seeds', minF1: 0.95, minFieldF1: 0.8 } as const;

const COMMANDS = ['run', 'verify', 'eval', 'help'] as const;

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
    if (topic === 'run' || topic === 'verify' || topic === 'eval') return { command: 'help', topic };
    throw usage(`unknown command "${topic}"`);
  }
  if (first === 'run') {
    const { values, positionals } = parse(rest, {
      sources: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values['help']) return { command: 'help', topic: 'run' };
    if (positionals.length > 0) throw usage(`run takes no arguments, got "${positionals[0]}"`);
    const sources = requireString(values['sources'], '--sources');
    const out = requireString(values['out'], '--out');
    const asOf = optionalString(values['as-of'], '--as-of');
    if (asOf !== undefined) assertIsoDate(asOf);
    return {
      command: 'run',
      sources,
      out,
      asOf,
      profile: optionalString(values['profile'], '--profile'),
    };
  }
  if (first === 'verify') {
    const { values, positionals } = parse(rest, {
      sources: { type: 'string' },
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
  throw usage(`unknown command "${first}" (commands: ${COMMANDS.join(', ')})`);
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

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw usage(`${name} <dir> is required`);
  return value;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw usage(`${name} needs a value`);
  return value;
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
