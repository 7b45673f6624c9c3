import { parseArgs } from 'node:util';
import { DealbriefError, ErrorCode } from '@dealbrief/core';
import { assertIsoDate } from './iso-date.js';

/** What the command line asks for. */
export type CommandLine =
  | { command: 'help'; topic?: 'run' | 'verify' | undefined }
  | { command: 'version' }
  | { command: 'run'; sources: string; out: string; asOf?: string | undefined; profile?: string | undefined }
  | { command: 'verify'; pack: string; sources?: string | undefined };

const COMMANDS = ['run', 'verify', 'help'] as const;

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
    if (topic === 'run' || topic === 'verify') return { command: 'help', topic };
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

function usage(message: string): DealbriefError {
  return new DealbriefError(ErrorCode.Usage, message);
}
