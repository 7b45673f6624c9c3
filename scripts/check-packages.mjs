// `npm run check:packages`: is every package usable on its own? Run after `turbo run build`.
//   1. the dependency graph (scripts/package-graph.mjs): declared deps, no internals, DESIGN.md's flow;
//   2. docs (scripts/package-docs.mjs): every export has a TSDoc comment and is listed in the README;
//   3. publint --strict and @arethetypeswrong/cli (profile esm-only) on every package;
//   4. npm pack every package, install the tarballs into a fresh project outside the workspace, run
//      examples/*.mjs and each README's example there with plain node and compare their output;
//   5. a project that installs only @dealbrief/export-csv gets neither exceljs nor pdfkit.
// Flags: --skip-install skips 4 and 5 (no network); --keep leaves the temp folder for inspection.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocs, readReadmeExample } from './package-docs.mjs';
import { checkGraph, internalEdges, readWorkspaces } from './package-graph.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = new Set(process.argv.slice(2));
const failures = [];
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: result.error,
  };
}

function step(name, fn) {
  console.log(`\n== ${name}`);
  const problems = fn();
  if (problems.length === 0) console.log('ok');
  for (const problem of problems) console.log(`  FAIL ${problem}`);
  failures.push(...problems.map((p) => `${name}: ${p.split('\n')[0]}`));
}

const workspaces = readWorkspaces(root);
const packages = workspaces.filter((w) => w.dir.startsWith('packages') && !w.manifest.private);
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

step('dependency graph', () => {
  const problems = checkGraph(workspaces, { rootDevDependencies: rootManifest.devDependencies });
  if (problems.length === 0) console.log(internalEdges(workspaces).join('\n'));
  return problems;
});

step('docs', () => checkDocs(root, packages));

step('publint --strict', () =>
  packages.flatMap(({ dir, manifest }) => {
    const result = run(bin('publint'), ['--strict', dir], { cwd: root });
    return result.ok ? [] : [`${manifest.name}\n${result.stdout}${result.stderr}`];
  }),
);

const work = mkdtempSync(join(tmpdir(), 'dealbrief-packages-'));
if (!relative(root, work).startsWith('..')) throw new Error(`${work} is inside the workspace`);
const tarballs = new Map();
step('npm pack', () =>
  packages.flatMap(({ dir, manifest }) => {
    const result = run('npm', ['pack', '--json', '--workspace', dir, '--pack-destination', work], {
      cwd: root,
    });
    if (!result.ok) return [`${manifest.name}: npm pack failed\n${result.stderr}`];
    const [info] = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
    tarballs.set(manifest.name, join(work, info.filename));
    const shipped = info.files.map((f) => f.path);
    const problems = [];
    if (shipped.some((p) => /\.test\.|(^|\/)test-|(^|\/)src\//.test(p)))
      problems.push(
        `${manifest.name}: ships tests or sources: ${shipped.filter((p) => /test|src\//.test(p))}`,
      );
    for (const needed of ['README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']) {
      if (!shipped.includes(needed)) problems.push(`${manifest.name}: the tarball lacks ${needed}`);
    }
    console.log(`${info.filename}: ${info.entryCount} files, ${info.size} bytes`);
    return problems;
  }),
);

// esm-only: the packages are ESM only ("type": "module", an `exports` map without a `require`
// condition), so CommonJS `require` (node16-cjs) and the pre-exports node10 resolution are out of
// scope by design; attw still checks node16 from ESM and bundler resolution.
step('attw --profile esm-only', () =>
  [...tarballs].flatMap(([name, tarball]) => {
    const result = run(bin('attw'), [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji'], {
      cwd: root,
    });
    return result.ok ? [] : [`${name}\n${result.stdout}${result.stderr}`];
  }),
);

function makeProject(dir, specs) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const result = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs], {
    cwd: dir,
  });
  return result.ok ? [] : [`npm install in ${dir} failed\n${result.stderr}`];
}

function compareOutput(label, actual, expectedFile, expected) {
  if (expected === undefined) return [];
  if (actual === expected) return [];
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((text, i) => text !== e[i]);
  return [
    `${label}: output differs from ${expectedFile} at line ${line + 1}\n  expected: ${e[line]}\n  actual:   ${a[line]}`,
  ];
}

if (args.has('--skip-install')) {
  console.log('\n== tarball install: skipped (--skip-install)');
} else {
  const project = join(work, 'consumer');
  step('install the tarballs into a fresh project', () => makeProject(project, [...tarballs.values()]));

  step('run examples/*.mjs with plain node', () => {
    const examples = join(root, 'examples');
    cpSync(join(examples, 'data'), join(project, 'data'), { recursive: true });
    return readdirSync(examples)
      .filter((name) => name.endsWith('.mjs'))
      .sort()
      .flatMap((name) => {
        cpSync(join(examples, name), join(project, name));
        const result = run(process.execPath, [name], { cwd: project });
        if (!result.ok) return [`examples/${name} failed\n${result.stderr}`];
        const expectedFile = join(examples, name.replace(/\.mjs$/, '.expected.txt'));
        if (!existsSync(expectedFile)) return [`examples/${name}: no ${relative(root, expectedFile)}`];
        const expected = readFileSync(expectedFile, 'utf8');
        const problems = compareOutput(
          `examples/${name}`,
          result.stdout,
          relative(root, expectedFile),
          expected,
        );
        if (problems.length === 0)
          console.log(`examples/${name}: prints its ${relative(root, expectedFile)}`);
        return problems;
      });
  });

  step("run each package README's example with plain node", () =>
    packages.flatMap(({ dir, manifest }) => {
      const example = readReadmeExample(join(root, dir, 'README.md'));
      if (!example) return [`${dir}/README.md has no \`\`\`js block under "## Example"`];
      if (example.output === undefined)
        return [`${dir}/README.md: its example has no \`\`\`text block of output`];
      const folder = join(project, 'readme', manifest.name.split('/')[1]);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'example.mjs'), example.code);
      const result = run(process.execPath, ['example.mjs'], { cwd: folder });
      if (!result.ok) return [`${dir}/README.md example failed\n${result.stderr}`];
      const problems = compareOutput(
        `${dir}/README.md example`,
        result.stdout,
        'its ```text block',
        example.output,
      );
      if (problems.length === 0) console.log(`${dir}/README.md: the example prints its \`\`\`text block`);
      return problems;
    }),
  );

  step('installing @dealbrief/export-csv alone pulls no heavy dependencies', () => {
    const lean = join(work, 'csv-only');
    const problems = makeProject(lean, [
      tarballs.get('@dealbrief/core'),
      tarballs.get('@dealbrief/export-csv'),
    ]);
    if (problems.length > 0) return problems;
    for (const heavy of [
      'exceljs',
      'pdfkit',
      '@embedpdf/fonts-kr',
      '@dealbrief/export-xlsx',
      '@dealbrief/export-pdf',
    ]) {
      if (existsSync(join(lean, 'node_modules', heavy))) problems.push(`export-csv installed ${heavy}`);
    }
    const result = run(
      process.execPath,
      ['--input-type=module', '-e', "await import('@dealbrief/export-csv')"],
      {
        cwd: lean,
        env: { ...process.env },
      },
    );
    if (!result.ok) problems.push(`import('@dealbrief/export-csv') failed\n${result.stderr}`);
    return problems;
  });
}

if (args.has('--keep')) console.log(`\nkept ${work}`);
else rmSync(work, { recursive: true, force: true });

if (failures.length > 0) {
  console.log(`\ncheck:packages: ${failures.length} problem(s)`);
  for (const failure of failures) console.log(`  ${failure}`);
  process.exit(1);
}
console.log('\ncheck:packages: all checks passed');
