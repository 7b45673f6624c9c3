import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ErrorCode } from '@dealbrief/core';
import { Cron } from 'croner';
import { z } from 'zod';
import { FORMATS } from './formats.js';
import { readJsonFile } from './read-json-file.js';

/** The file `--config` defaults to, in the working directory, when it exists. */
export const DEFAULT_CONFIG_FILE = 'dealbrief.config.json';

/** True when `zone` is an IANA time zone this runtime knows ("Asia/Seoul", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** True when `pattern` is a cron expression croner accepts (5 to 7 fields). */
export function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

/**
 * `dealbrief.config.json`: every key optional, unknown keys rejected. Relative paths (`sources`, `out`,
 * `profile`) are resolved against the config file's folder by {@link loadConfig}.
 */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Folder with the `*.txt` sources (run's `--sources`). */
    sources: z.string().min(1).optional(),
    /** Output folder (`--out`). */
    out: z.string().min(1).optional(),
    /** Which exports to write (`--formats`); json is always written. Default: all. */
    formats: z.array(z.enum(FORMATS)).min(1).optional(),
    /** IANA time zone of the default `--as-of` (today there) and the schedule. Default: UTC. */
    timeZone: z
      .string()
      .refine(isTimeZone, { message: 'not an IANA time zone (e.g. "Asia/Seoul")' })
      .optional(),
    /** Cron expression for `dealbrief schedule`. */
    schedule: z
      .string()
      .refine(isCronPattern, { message: 'not a cron expression (e.g. "0 6 * * *")' })
      .optional(),
    /** Retention: how many runs to keep after a run (`--keep`). */
    keep: z.number().int().min(1).optional(),
    /** Deal profile file (`--profile`). */
    profile: z.string().min(1).optional(),
    /** Port of `dealbrief serve`. */
    port: z.number().int().min(1).max(65_535).optional(),
  })
  .strict();

/** A validated config file. */
export type Config = z.infer<typeof ConfigSchema>;

/** A loaded config: its values (paths resolved against its folder) and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** The file read, or undefined when none was given and no default file exists. */
  file: string | undefined;
}

/**
 * Reads and validates a config file. Relative `sources`, `out` and `profile` become absolute, resolved
 * against the file's folder. Throws CONFIG_INVALID naming the file: unreadable, invalid JSON (with line and
 * column), or one line per schema issue with its JSON path (`$.formats[1]: Invalid option ...`).
 */
export async function loadConfig(file: string): Promise<Config> {
  const parsed = await readJsonFile(file, ConfigSchema, {
    code: ErrorCode.ConfigInvalid,
    noun: 'config file',
    validNoun: 'config',
    nameFileInIssues: true,
  });
  const base = dirname(resolve(file));
  const config = parsed;
  const at = (path: string | undefined): string | undefined =>
    path === undefined ? undefined : resolve(base, path);
  return { ...config, sources: at(config.sources), out: at(config.out), profile: at(config.profile) };
}

/**
 * Loads the config a command uses: `explicit` (`--config`) when given (it must exist), else
 * `<cwd>/dealbrief.config.json` when that file exists, else an empty config.
 */
export async function resolveConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  if (explicit !== undefined) return { config: await loadConfig(explicit), file: explicit };
  const fallback = resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(fallback)) return { config: {}, file: undefined };
  return { config: await loadConfig(fallback), file: fallback };
}

/** Today's date (YYYY-MM-DD) in a time zone, for the default `--as-of`. */
export function formatDateInZone(now: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
