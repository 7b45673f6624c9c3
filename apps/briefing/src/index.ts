export { type AnalyseInput, type Analysis, analyseSource } from './analyse-source.js';
export { type AssembleBriefingInput, assembleBriefing } from './assemble-briefing.js';
export { type CitationMismatch, checkCitations } from './check-citations.js';
export { checkSourceFile, MAX_SOURCE_BYTES, type SourceFileCheck } from './check-source-file.js';
export {
  type CollectedSources,
  collectSources,
  type LogLine,
  type SourceProgress,
} from './collect-sources.js';
export {
  type Config,
  ConfigSchema,
  DEFAULT_CONFIG_FILE,
  formatDateInZone,
  isCronPattern,
  isTimeZone,
  type LoadedConfig,
  loadConfig,
  resolveConfig,
} from './config.js';
export { buildGoldTargets, type GoldTargets } from './evaluate/build-gold-targets.js';
export {
  type CitationCheck,
  type EvaluateSourcesOptions,
  evaluateSources,
  type SourcesEvaluation,
} from './evaluate/evaluate-sources.js';
export { formatScoreTable } from './evaluate/format-score-table.js';
export {
  DEFAULT_GOLD_URL,
  type Gold,
  type GoldClaim,
  GoldClaimSchema,
  GoldSchema,
  type GoldSource,
  GoldSourceSchema,
  loadGold,
} from './evaluate/gold-schema.js';
export { locateQuote, overlapLength, rangesOverlap, type TextRange } from './evaluate/locate-quote.js';
export {
  type ClaimMatch,
  foldText,
  type GoldTarget,
  matchClaim,
  matchValue,
  weekdayOf,
} from './evaluate/match-claim.js';
export { buildGoldEntityResolver, foldName, type ResolveGoldEntity } from './evaluate/resolve-gold-entity.js';
export {
  DEFAULT_THRESHOLDS,
  type EvaluationMiss,
  type EvaluationReport,
  type EvaluationThresholds,
  judgeEvaluation,
  type RunEvaluationOptions,
  runEvaluation,
} from './evaluate/run-evaluation.js';
export {
  type ClaimMatchRecord,
  type ClaimScores,
  computeScore,
  type FieldScore,
  type ScoreClaimsInput,
  scoreClaims,
} from './evaluate/score-claims.js';
export { ExitCode, exitCodeForError, exitCodeForEvaluation, exitCodeForRunStatus } from './exit-codes.js';
export {
  type AnalysedAhead,
  analyseAhead,
  POOL_THRESHOLD,
  type PoolSettings,
  readPoolSettings,
} from './extract-pool.js';
export { effectiveFormats, FORMATS, type Format, parseFormats } from './formats.js';
export { assertIsoDate, formatUtcDate } from './iso-date.js';
export { type JsonErrorPosition, locateJsonError } from './json-error-position.js';
export { type ListCommandOptions, listCommand } from './list-command.js';
export { DEFAULT_PROFILE_URL, loadProfile } from './load-profile.js';
export {
  buildManifest,
  hashPackFiles,
  type Manifest,
  type ManifestEntry,
  type ManifestInput,
  validateManifest,
} from './manifest.js';
export { describeOutputError, guardOutput, makeDirectory } from './output-errors.js';
export {
  type CommandLine,
  EVAL_DEFAULTS,
  type HelpTopic,
  parseCommandLine,
  parseRun,
  type RunFlags,
} from './parse-command-line.js';
export { type PruneCommandOptions, pruneCommand } from './prune-command.js';
export { pruneRuns, removeLeftovers } from './prune-runs.js';
export { type PublishedRun, type PublishRunOptions, pointLatestAt, publishRun } from './publish-run.js';
export { readVersion } from './read-version.js';
export { resolvePackDir } from './resolve-pack-dir.js';
export {
  formatRunSummary,
  type RunBriefingOptions,
  type RunBriefingResult,
  runBriefing,
} from './run-briefing.js';
export { type CliContext, runCli } from './run-cli.js';
export {
  type RunCommandContext,
  type RunCommandOptions,
  type RunCommandResult,
  runCommand,
} from './run-command.js';
export { formatRunLine, listRuns, type RunSummary, readLatestRunId, readRunKey } from './run-history.js';
export { formatRunId, suffixRunId } from './run-id.js';
export { computeRunKey, type RunKeyInput } from './run-key.js';
export {
  type AcquireLockOptions,
  acquireLock,
  describeOwner,
  type HeldLock,
  isAlive,
  LOCK_FILE,
  type LockOwner,
} from './run-lock.js';
export {
  createRunLogger,
  type LogFields,
  type LogLevel,
  type RunLogger,
  type RunLoggerOptions,
  useColour,
} from './run-logger.js';
export {
  checkSchedule,
  describeOutcome,
  type RunningSchedule,
  type StartScheduleOptions,
  startSchedule,
  type TickOutcome,
} from './schedule/schedule-runs.js';
export { type CreateServerOptions, createServer } from './serve/create-server.js';
export { type RunningServer, type StartServerOptions, startServer } from './serve/start-server.js';
export { listSourceFiles } from './source-files.js';
export { buildRejectedRecord, buildSourceRecord } from './source-record.js';
export { readSourceRegistry, type SourceRegistryResult } from './source-registry.js';
export { type VerifyPackOptions, type VerifyPackResult, verifyPack } from './verify-pack.js';
export { prettyJsonPieces, writeJson } from './write-json.js';
export { type RunRecord, type WritePackInput, writePack } from './write-pack.js';
