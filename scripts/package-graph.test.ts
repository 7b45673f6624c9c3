import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM scripts without type declarations
import { checkDocs } from './package-docs.mjs';
// @ts-expect-error: plain ESM scripts without type declarations
import { checkGraph, internalEdges, listImports, readWorkspaces } from './package-graph.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rootDevDependencies = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).devDependencies;

function workspace(
  name: string,
  dependencies: Record<string, string>,
  imports: string[],
  devDependencies = {},
) {
  const dir = `packages/${name.split('/')[1] ?? name}`;
  return {
    dir,
    manifest: { name, version: '0.1.0', dependencies, devDependencies },
    files: [{ path: `${dir}/src/index.ts`, test: false, imports }],
  };
}
const core = workspace('@dealbrief/core', { zod: '^4.6.7' }, ['zod']);

describe('the workspace dependency graph', () => {
  it("matches DESIGN.md's one-way flow, with every import declared", () => {
    const workspaces = readWorkspaces(root);
    expect(checkGraph(workspaces, { rootDevDependencies })).toEqual([]);
    expect(internalEdges(workspaces)).toContain('@dealbrief/extract → @dealbrief/normalize');
  });

  it('documents every export (TSDoc) and lists it in the README', () => {
    const packages = readWorkspaces(root).filter((w: { dir: string }) => w.dir.startsWith('packages'));
    expect(checkDocs(root, packages)).toEqual([]);
  });

  it('reads static, dynamic, re-export and resolve specifiers', () => {
    const source = `import a from 'x';\nexport { b } from "@s/y/z";\nawait import('w');\nimport.meta.resolve('v');\nimport 'u';`;
    expect(listImports(source).sort()).toEqual(['@s/y/z', 'u', 'v', 'w', 'x']);
  });

  it('reads no import out of comments', () => {
    const source = [
      "import { a } from 'u';",
      '/**',
      ' * Reads a number from "a" on, as import("b") would.',
      ' */',
      "  // export { c } from 'd';",
      "const url = 'https://example.com';",
    ].join('\n');
    expect(listImports(source)).toEqual(['u']);
  });

  it('fails on an undeclared dependency, an unused one and another package’s internals', () => {
    const csv = workspace('@dealbrief/export-csv', { '@dealbrief/core': '^0.1.0', exceljs: '~4.4.0' }, [
      '@dealbrief/core/dist/text.js',
      'papaparse',
    ]);
    expect(checkGraph([core, csv])).toEqual([
      'packages/export-csv/src/index.ts: imports @dealbrief/core/dist/text.js, the internals of @dealbrief/core (use its exports)',
      'packages/export-csv/src/index.ts: imports papaparse, not a dependency of @dealbrief/export-csv',
      'packages/export-csv/package.json: depends on exceljs, which no non-test source imports',
    ]);
  });

  it('fails on a relative import into another package', () => {
    const parse = workspace('@dealbrief/parse', {}, ['../../normalize/src/find-dates.js']);
    expect(checkGraph([core, parse])).toEqual([
      'packages/parse/src/index.ts: imports ../../normalize/src/find-dates.js, outside packages/parse/src',
    ]);
  });

  it('fails on an edge against the flow, and on a pinned internal version', () => {
    const normalize = workspace('@dealbrief/normalize', { '@dealbrief/core': '^0.1.0' }, ['@dealbrief/core']);
    const backwards = workspace('@dealbrief/core', { '@dealbrief/normalize': '0.1.0' }, [
      '@dealbrief/normalize',
    ]);
    expect(checkGraph([backwards, normalize])).toEqual([
      "@dealbrief/core → @dealbrief/normalize is not in DESIGN.md's one-way flow",
      'packages/core/package.json: @dealbrief/normalize "0.1.0" should be a range such as "^0.1.0"',
    ]);
  });
});
