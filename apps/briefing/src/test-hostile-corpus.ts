import { chmod, cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS } from './test-cli.js';

// The hostile corpus of cli-hostile.test.ts: the committed files of fixtures/hostile/sources/ (made by
// fixtures/hostile/make-hostile.mjs) plus the cases that cannot or should not be committed, made here.

/** The committed hostile files. */
export const HOSTILE = fileURLToPath(new URL('../../../fixtures/hostile/sources/', import.meta.url));

/** What a run must do with one file: accept it (with claims, when `claims`) or reject it with a reason. */
export interface HostileCase {
  file: string;
  outcome: 'ok' | 'rejected';
  /** The reason of a rejection (as in the README's "What happens with bad input" table). */
  reason?: RegExp;
  /** An accepted file whose facts must be found (and cited). */
  claims?: boolean;
  /** The encoding parse must record for an accepted file. */
  encoding?: string;
}

/** Committed files. Rows marked (parse) depend on packages/parse decoding them. */
const COMMITTED: HostileCase[] = [
  { file: '100_empty.txt', outcome: 'rejected', reason: /empty/ },
  { file: '101_whitespace.txt', outcome: 'rejected', reason: /whitespace/ },
  { file: '102_png.txt', outcome: 'rejected', reason: /PNG image/ },
  { file: '103_zip.txt', outcome: 'rejected', reason: /ZIP archive/ },
  { file: '104_pdf.txt', outcome: 'rejected', reason: /PDF document/ },
  { file: '105_nul-bytes.txt', outcome: 'rejected', reason: /NUL byte/ },
  { file: '106_invalid-utf8.txt', outcome: 'rejected', reason: /not UTF-8.*0xC3 at offset 19/ },
  { file: '107_utf8-bom.txt', outcome: 'ok', claims: true, encoding: 'utf-8-bom' },
  { file: '108_utf16le-bom.txt', outcome: 'ok', claims: true, encoding: 'utf-16le' }, // (parse)
  { file: '109_utf16be-bom.txt', outcome: 'ok', claims: true, encoding: 'utf-16be' }, // (parse)
  { file: '110_euc-kr.txt', outcome: 'ok', claims: true, encoding: 'euc-kr' }, // (parse)
  { file: '111_windows-1252-de.txt', outcome: 'ok', claims: true, encoding: 'windows-1252' }, // (parse)
  { file: '112_crlf.txt', outcome: 'ok', claims: true },
  { file: '113_lone-cr.txt', outcome: 'ok', claims: true },
  { file: '114_korean-nfd.txt', outcome: 'ok', claims: true },
  { file: '115_invisible-controls.txt', outcome: 'ok', claims: true },
  { file: '116_astral-before-number.txt', outcome: 'ok', claims: true },
  { file: '117_html-page.txt', outcome: 'ok', claims: true, encoding: 'html-utf-8' }, // (parse)
];

/** 20 MiB and 5 MiB: both over the 2 MiB limit, so they are rejected unread (and fast). */
const BIG = 20 * 1024 * 1024;
const LINE = 5 * 1024 * 1024;

/**
 * Builds `<root>/sources`: the seeds, the committed hostile files, a 20 MB file, a 5 MB single line, odd
 * names (spaces, Korean, a leading dash), a symlink to a file outside the folder, a file made unreadable
 * (readable anyway when the test runs as root: then it is expected to be accepted), a folder and a pipe
 * named `*.txt`. Returns the folder and what must happen to each hostile entry.
 */
export async function makeHostileSources(root: string): Promise<{ dir: string; cases: HostileCase[] }> {
  const dir = join(root, 'sources');
  await cp(SEEDS, dir, { recursive: true });
  await cp(HOSTILE, dir, { recursive: true });
  const seed = join(dir, (await readdir(SEEDS)).find((f) => f.startsWith('004_')) ?? '');
  const article = await readFile(seed);
  const tooLarge = /is too large \(\d+\.\d MB; a source may have at most 2\.0 MB\); it was not read/;

  const block = Buffer.from('Nvidia will supply up to 260,000 GPUs to South Korea.\n\n');
  const big = Buffer.alloc(BIG);
  for (let at = 0; at < BIG; at += block.length) block.copy(big, at);
  await writeFile(join(dir, '120_20mb.txt'), big);
  const sentence = Buffer.from('Nvidia will supply up to 260,000 GPUs to South Korea. ');
  const line = Buffer.alloc(LINE, 0x20);
  for (let at = 0; at + sentence.length < LINE; at += sentence.length) sentence.copy(line, at);
  await writeFile(join(dir, '121_5mb-line.txt'), line);

  await writeFile(join(dir, '122 name with spaces.txt'), article);
  await writeFile(join(dir, '123_한국어 기사.txt'), article);
  await writeFile(join(dir, '-124_leading-dash.txt'), article);
  await writeFile(join(root, 'outside.txt'), article);
  await symlink(join(root, 'outside.txt'), join(dir, '125_outside-link.txt'));
  const unreadable = join(dir, '126_unreadable.txt');
  await writeFile(unreadable, article);
  await chmod(unreadable, 0o000);
  const readsAnyway = await readFile(unreadable).then(
    () => true,
    () => false,
  );
  await mkdir(join(dir, '127_folder.txt'));
  await writeFile(join(dir, '127_folder.txt', 'inside.txt'), article);
  await mkfifo(join(dir, '128_pipe.txt'));

  const cases: HostileCase[] = [
    ...COMMITTED,
    { file: '120_20mb.txt', outcome: 'rejected', reason: tooLarge },
    { file: '121_5mb-line.txt', outcome: 'rejected', reason: tooLarge },
    { file: '122 name with spaces.txt', outcome: 'ok', claims: true },
    { file: '123_한국어 기사.txt', outcome: 'ok', claims: true },
    { file: '-124_leading-dash.txt', outcome: 'ok', claims: true },
    {
      file: '125_outside-link.txt',
      outcome: 'rejected',
      reason: /is a symbolic link to .*outside\.txt, outside the sources folder; it was not read/,
    },
    readsAnyway
      ? { file: '126_unreadable.txt', outcome: 'ok', claims: true }
      : {
          file: '126_unreadable.txt',
          outcome: 'rejected',
          reason: /cannot read it \(EACCES: permission denied\)/,
        },
    { file: '127_folder.txt', outcome: 'rejected', reason: /is a folder, not a file; it was not read/ },
    { file: '128_pipe.txt', outcome: 'rejected', reason: /is not a regular file .*; it was not read/ },
  ];
  return { dir, cases };
}

/** Node's fs/promises has no mkfifo; a named pipe is made with mkfifo(1). */
async function mkfifo(path: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise<void>((done, fail) =>
    execFile('mkfifo', [path], (error) => (error ? fail(error) : done())),
  );
}
