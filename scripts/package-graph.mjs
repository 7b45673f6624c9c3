// The workspace's dependency graph, read from each package's package.json and its sources, checked
// against DESIGN.md's one-way flow. Used by scripts/check-packages.mjs and scripts/package-graph.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The internal runtime dependencies each workspace may have (DESIGN.md, "Data flows one way"):
 * core ← normalize ← parse; core, normalize ← extract; core, normalize ← reconcile; core ← export-*;
 * everything ← apps/briefing. A package may use fewer, never others.
 */
export const ALLOWED_INTERNAL = {
  '@dealbrief/core': [],
  '@dealbrief/normalize': ['@dealbrief/core'],
  '@dealbrief/parse': ['@dealbrief/core', '@dealbrief/normalize'],
  '@dealbrief/extract': ['@dealbrief/core', '@dealbrief/normalize'],
  '@dealbrief/reconcile': ['@dealbrief/core', '@dealbrief/normalize'],
  '@dealbrief/export-csv': ['@dealbrief/core'],
  '@dealbrief/export-xlsx': ['@dealbrief/core'],
  '@dealbrief/export-pdf': ['@dealbrief/core'],
  dealbrief: [
    '@dealbrief/core',
    '@dealbrief/normalize',
    '@dealbrief/parse',
    '@dealbrief/extract',
    '@dealbrief/reconcile',
    '@dealbrief/export-csv',
    '@dealbrief/export-xlsx',
    '@dealbrief/export-pdf',
  ],
};

/**
 * The stage of each workspace in the flow. A dev dependency (used by tests only) may point at any
 * earlier stage, so extract's tests may parse documents, but never at the same or a later one.
 */
export const STAGE = {
  '@dealbrief/core': 0,
  '@dealbrief/normalize': 1,
  '@dealbrief/parse': 2,
  '@dealbrief/extract': 3,
  '@dealbrief/reconcile': 3,
  '@dealbrief/export-csv': 4,
  '@dealbrief/export-xlsx': 4,
  '@dealbrief/export-pdf': 4,
  dealbrief: 5,
};

const BUILTINS = new Set(builtinModules);
const IMPORT_PATTERNS = [
  /\bfrom\s*['"]([^'"\s]+)['"]/g,
  /\bimport\s*['"]([^'"\s]+)['"]/g,
  /\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/g,
  /\bimport\.meta\.resolve\(\s*['"]([^'"\s]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"\s]+)['"]\s*\)/g,
];

/**
 * Comments that start a line (block comments such as TSDoc, and whole-line `//` comments), left out
 * before the import patterns run: prose in a comment ("read from \"a\" on") is no import. A comment
 * after code on its line is kept, and so is a "/*" inside a string ('/runs/*'): telling those apart
 * from code needs a tokenizer.
 */
const COMMENTS = /^[ \t]*\/\*[\s\S]*?\*\/|^[ \t]*\/\/.*$/gm;

/** The specifiers a TypeScript or JavaScript source imports (static, dynamic, re-exports, resolves). */
export function listImports(source) {
  const specifiers = new Set();
  const code = source.replace(COMMENTS, '');
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  }
  return [...specifiers];
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Whether a source file is a test or a test helper (not built into dist/). */
export function isTestFile(file) {
  return /\.test\.ts$/.test(file) || /(^|[\\/])test-[^\\/]*\.ts$/.test(file);
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== '__snapshots__') out.push(...listFiles(path));
    } else if (/\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Every workspace (packages/* and apps/*) with its manifest and source files. */
export function readWorkspaces(root) {
  const workspaces = [];
  for (const group of ['packages', 'apps']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      const dir = join(base, name);
      const manifestPath = join(dir, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const files = listFiles(join(dir, 'src')).map((file) => ({
        path: relative(root, file),
        test: isTestFile(file),
        imports: listImports(readFileSync(file, 'utf8')),
      }));
      workspaces.push({ dir: relative(root, dir), manifest, files });
    }
  }
  return workspaces;
}

/**
 * Problems with the graph: undeclared or unused runtime dependencies, imports of another package's
 * internals (`@dealbrief/x/dist/…`, `../../x/src/…`), internal edges outside the one-way flow, and
 * internal versions that are not ranges. `rootDevDependencies` are the tools tests may use (vitest).
 */
export function checkGraph(workspaces, { rootDevDependencies = {} } = {}) {
  const problems = [];
  const names = new Set(workspaces.map((w) => w.manifest.name));
  for (const { dir, manifest, files } of workspaces) {
    const name = manifest.name;
    const deps = manifest.dependencies ?? {};
    const devDeps = manifest.devDependencies ?? {};
    const peerDeps = manifest.peerDependencies ?? {};
    const used = new Set();
    for (const file of files) {
      for (const specifier of file.imports) {
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file.path), specifier);
          const own = resolve(dir, 'src');
          if (target !== own && !target.startsWith(own + sep)) {
            problems.push(`${file.path}: imports ${specifier}, outside ${dir}/src`);
          }
          continue;
        }
        if (specifier.startsWith('node:') || BUILTINS.has(specifier)) continue;
        if (specifier.startsWith('/')) {
          problems.push(`${file.path}: imports the absolute path ${specifier}`);
          continue;
        }
        const pkg = packageNameOf(specifier);
        if (names.has(pkg) && specifier !== pkg) {
          problems.push(`${file.path}: imports ${specifier}, the internals of ${pkg} (use its exports)`);
        }
        if (pkg === name) {
          problems.push(`${file.path}: imports its own package ${pkg}`);
          continue;
        }
        if (file.test) {
          if (!(pkg in deps || pkg in devDeps || pkg in peerDeps || pkg in rootDevDependencies)) {
            problems.push(`${file.path}: imports ${pkg}, which ${dir}/package.json does not declare`);
          }
        } else {
          used.add(pkg);
          if (!(pkg in deps || pkg in peerDeps)) {
            const where = pkg in devDeps ? ' (only as a devDependency)' : '';
            problems.push(`${file.path}: imports ${pkg}, not a dependency of ${name}${where}`);
          }
        }
      }
    }
    for (const dep of Object.keys(deps)) {
      if (!used.has(dep) && !dep.startsWith('@types/')) {
        problems.push(`${dir}/package.json: depends on ${dep}, which no non-test source imports`);
      }
    }
    const allowed = ALLOWED_INTERNAL[name];
    if (!allowed) {
      problems.push(`${dir}/package.json: ${name} is not in DESIGN.md's package table`);
      continue;
    }
    for (const [dep, range] of Object.entries(deps)) {
      if (!names.has(dep)) continue;
      if (!allowed.includes(dep)) problems.push(`${name} → ${dep} is not in DESIGN.md's one-way flow`);
      if (!manifest.private && !/^[\^~]/.test(range)) {
        problems.push(`${dir}/package.json: ${dep} "${range}" should be a range such as "^${range}"`);
      }
    }
    for (const dep of Object.keys(devDeps)) {
      if (names.has(dep) && !(STAGE[dep] < STAGE[name])) {
        problems.push(`${name} → ${dep} (dev) points at the same or a later stage`);
      }
    }
  }
  return problems;
}

/** The internal runtime edges, `from → to`, sorted: the graph as it is. */
export function internalEdges(workspaces) {
  const names = new Set(workspaces.map((w) => w.manifest.name));
  return workspaces
    .flatMap(({ manifest }) =>
      Object.keys(manifest.dependencies ?? {})
        .filter((dep) => names.has(dep))
        .map((dep) => `${manifest.name} → ${dep}`),
    )
    .sort();
}
