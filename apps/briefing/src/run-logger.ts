/** Log level of one event. */
export type LogLevel = 'info' | 'warn' | 'error';

/** Extra fields of a JSON log line. */
export type LogFields = Record<string, unknown>;

export interface RunLoggerOptions {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** One JSON object per line on stdout (`{ level, event, message, ... }`) instead of human lines. */
  json?: boolean | undefined;
  /** Only problems, errors and the final summary. */
  quiet?: boolean | undefined;
  /** stderr is a terminal: show a progress bar over the sources. */
  tty?: boolean | undefined;
  /** Colour the human lines (only on a TTY without NO_COLOR). */
  color?: boolean | undefined;
}

/** How `run`, `prune` and `list` report: human lines on stderr/stdout, or JSON lines on stdout. */
export interface RunLogger {
  /** A progress or problem event (info lines go to stderr, hidden by --quiet). */
  log: (level: LogLevel, event: string, message: string, fields?: LogFields) => void;
  /** The final outcome; always printed, on stdout. */
  summary: (event: string, message: string, fields?: LogFields) => void;
  /** Progress over the sources: a one-line bar on a TTY, else nothing (the per-source lines say it). */
  progress: (done: number, total: number, file: string) => void;
  /** Adapter for the pipeline's free-text lines ("read …", "rejected …", registry problems). */
  line: (text: string) => void;
}

const COLOURS: Record<LogLevel | 'summary', string> = {
  info: '',
  warn: '\u001b[33m',
  error: '\u001b[31m',
  summary: '\u001b[32m',
};
const RESET = '\u001b[0m';
const BAR_WIDTH = 20;

/** Whether the CLI may colour its output: stderr is a TTY and NO_COLOR is unset or empty. */
export function useColour(tty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return tty && !env['NO_COLOR'];
}

/** Builds a {@link RunLogger}. */
export function createRunLogger(options: RunLoggerOptions): RunLogger {
  const json = options.json === true;
  const quiet = options.quiet === true;
  const bar = options.tty === true && !json && !quiet;
  let barShown = false;
  const paint = (kind: LogLevel | 'summary', text: string): string =>
    options.color && COLOURS[kind] ? `${COLOURS[kind]}${text}${RESET}` : text;
  const clearBar = (): void => {
    if (barShown) options.stderr('\r\u001b[2K');
    barShown = false;
  };
  const emit = (
    level: LogLevel | 'summary',
    event: string,
    message: string,
    fields: LogFields = {},
  ): void => {
    if (json) {
      const record = { level: level === 'summary' ? 'info' : level, event, message, ...fields };
      options.stdout(`${JSON.stringify(record)}\n`);
      return;
    }
    clearBar();
    if (level === 'summary') options.stdout(`${paint('summary', message)}\n`);
    else options.stderr(`${paint(level, message)}\n`);
  };
  const logger: RunLogger = {
    log: (level, event, message, fields) => {
      if (quiet && level === 'info') return;
      if (bar && level === 'info' && event === 'source-read') return;
      emit(level, event, message, fields);
    },
    summary: (event, message, fields) => emit('summary', event, message, fields),
    progress: (done, total, file) => {
      if (!bar || total === 0) return;
      const filled = Math.round((done / total) * BAR_WIDTH);
      const name = file.length > 40 ? `${file.slice(0, 39)}…` : file;
      options.stderr(
        `\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`,
      );
      barShown = true;
      if (done === total) clearBar();
    },
    line: (text) => {
      const [level, event] = classify(text);
      logger.log(level, event, text);
    },
  };
  return logger;
}

/** Level and event of one of the pipeline's free-text lines. */
function classify(text: string): [LogLevel, string] {
  if (text.startsWith('read ')) return ['info', 'source-read'];
  if (text.startsWith('note ')) return ['info', 'source-note'];
  if (text.startsWith('one story: ')) return ['info', 'witness-group'];
  if (text.startsWith('rejected ')) return ['warn', 'source-rejected'];
  return ['warn', 'registry-problem'];
}
