// Docs checks for scripts/check-packages.mjs: every export of a package's src/index.ts has a TSDoc
// comment where it is declared, and the package README names it (in backticks).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const EXPORT_LIST = /export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;

/** The names a module re-exports, each with the module it comes from: `[{ name, from }]`. */
export function listReExports(source) {
  const out = [];
  for (const match of source.matchAll(EXPORT_LIST)) {
    for (const raw of match[2].split(',')) {
      const item = raw.trim().replace(/^type\s+/, '');
      if (!item) continue;
      const [local, alias] = item.split(/\s+as\s+/);
      out.push({ name: alias ?? local, local, from: match[3] });
    }
  }
  return out;
}

/** Whether `name` is declared in `source` right after a `/** … *\/` comment. */
export function hasTsDoc(source, name) {
  const declaration = new RegExp(
    `^(?:export\\s+)?(?:declare\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class|interface|type|enum)\\s+${name}\\b`,
    'm',
  );
  const match = declaration.exec(source);
  if (!match) return undefined;
  const before = source.slice(0, match.index).trimEnd();
  if (!before.endsWith('*/')) return false;
  const open = before.lastIndexOf('/*');
  return before.startsWith('/**', open);
}

function findDeclaration(file, name, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return undefined;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const documented = hasTsDoc(source, name);
  if (documented !== undefined) return documented;
  for (const entry of listReExports(source)) {
    if (entry.name === name && entry.from.startsWith('.')) {
      return findDeclaration(join(dirname(file), entry.from.replace(/\.js$/, '.ts')), entry.local, seen);
    }
  }
  return undefined;
}

/** Problems: exports without TSDoc, exports the README does not name. */
export function checkDocs(root, packages) {
  const problems = [];
  for (const { dir } of packages) {
    const index = join(root, dir, 'src', 'index.ts');
    const readme = readFileSync(join(root, dir, 'README.md'), 'utf8');
    for (const { name, local, from } of listReExports(readFileSync(index, 'utf8'))) {
      if (!new RegExp(`\`(?:interface |type |class )?${name}\\b`).test(readme)) {
        problems.push(`${dir}/README.md does not list the export ${name}`);
      }
      if (!from.startsWith('.')) continue; // documented by the package it comes from
      const documented = findDeclaration(join(root, dir, 'src', from.replace(/\.js$/, '.ts')), local);
      if (documented === undefined)
        problems.push(`${dir}: cannot find the declaration of ${name} in ${from}`);
      else if (!documented) problems.push(`${dir}: ${name} (${from}) has no TSDoc comment`);
    }
  }
  return problems;
}

/**
 * The runnable example of a package README: the first ```js block after "## Example", and the
 * ```text block right after it (its expected output; one line of prose may stand between them).
 */
export function readReadmeExample(file) {
  const text = readFileSync(file, 'utf8');
  const section = text.indexOf('\n## Example');
  if (section < 0) return undefined;
  const rest = text.slice(section);
  const code = /\n```js\n([\s\S]*?)\n```\n/.exec(rest);
  if (!code) return undefined;
  const after = rest.slice(code.index + code[0].length);
  const output = /^\s*(?:[^\n`]*\n\s*)?```text\n([\s\S]*?)\n```/.exec(after);
  return { code: `${code[1]}\n`, output: output ? `${output[1]}\n` : undefined };
}
