export { type AssembleBriefingInput, assembleBriefing } from './assemble-briefing.js';
export { type CitationMismatch, checkCitations } from './check-citations.js';
export { type CollectedSources, collectSources, type LogLine } from './collect-sources.js';
export { ExitCode, exitCodeForError, exitCodeForRunStatus } from './exit-codes.js';
export { assertIsoDate, formatUtcDate } from './iso-date.js';
export { type JsonErrorPosition, locateJsonError } from './json-error-position.js';
export { DEFAULT_PROFILE_URL, loadProfile } from './load-profile.js';
export {
  buildManifest,
  hashPackFiles,
  type Manifest,
  type ManifestEntry,
  type ManifestInput,
  validateManifest,
} from './manifest.js';
export { type CommandLine, parseCommandLine } from './parse-command-line.js';
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
export { formatRunId, suffixRunId } from './run-id.js';
export { listSourceFiles } from './source-files.js';
export { buildRejectedRecord, buildSourceRecord } from './source-record.js';
export { readSourceRegistry, type SourceRegistryResult } from './source-registry.js';
export { type VerifyPackOptions, type VerifyPackResult, verifyPack } from './verify-pack.js';
export { type RunRecord, type WritePackInput, writeJson, writePack } from './write-pack.js';
