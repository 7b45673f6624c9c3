import type { AST } from '@eslint-community/regexpp';

/*
 * The prefixes of a pattern node's matches, read from its source with regexpp: the sequences of up to
 * DEPTH code-unit sets its matches can start with, each set's members decided by V8 under the pattern's
 * flags. start-table.ts asks for them per top-level alternative and builds its tables from them.
 */

/**
 * How many code units of a match's start are read (the table grows with this power of `width`).
 * phrase-gate.ts's `gateStarts` reads exactly three, as the StartTable's cells are laid out.
 */
export const DEPTH = 3;
/** Larger sets than this (e.g. `\p{L}`) are treated as "any code unit": the table would be of no use. */
const MAX_SET_SIZE = 1024;
/** More prefix sequences than this: no table. */
const MAX_SEQUENCES = 4096;

/**
 * A start of matches: up to DEPTH code-unit sets (by key into the set cache), `open` while the match
 * may continue with anything (a shorter sequence that is not open says nothing about what follows).
 */
export interface Prefix {
  sets: string[];
  open: boolean;
}

const EMPTY: Prefix = { sets: [], open: true };
/** A match that may go on with any code unit from here on. */
const ANY: Prefix = { sets: [], open: false };

/** Every BMP code unit except the surrogates, in order: what a set is tested against. */
let bmpText: string | undefined;

/** The code units each set (by flags and source) matches, as V8 decides: /iu folding included. */
const setMembers = new Map<string, Uint16Array>();

/**
 * The code units one pattern element matches under `flags`, or null when it may match more than the
 * table can say (any code unit, a negated set, a property, a surrogate, an astral character). V8 itself
 * decides membership, so /iu case folding (k, K and U+212A KELVIN SIGN; s, S and U+017F LONG S) is
 * V8's. Astral code points never fold to BMP ones (nor the other way; a test checks that), so an
 * element without astral members in its source has none under /iu either.
 */
function membersOf(node: AST.Node, flags: string): Uint16Array | null {
  if (!isBoundedSet(node)) return null;
  const members = membersOfKey(`${flags}/${node.raw}`);
  return members.length > MAX_SET_SIZE ? null : members;
}

/**
 * Measures the members of every bounded set of a pattern not measured yet, at once, and tells whether
 * the pattern has a back-reference: one scan of the
 * BMP code units with all of them as one alternation finds every code unit any of them matches, and
 * each set is then tried on those only (a few hundred), instead of one scan of 63,488 code units per
 * set.
 */
export function measureSets(root: AST.Node, flags: string): boolean {
  const raws = new Set<string>();
  let backReference = false;
  const collect = (node: AST.Node): void => {
    if (node.type === 'Backreference') backReference = true;
    if (node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet') {
      if (isBoundedSet(node) && !setMembers.has(`${flags}/${node.raw}`)) raws.add(node.raw);
      return;
    }
    if (node.type === 'Pattern' || node.type === 'Group' || node.type === 'CapturingGroup') {
      for (const a of node.alternatives) collect(a);
    } else if (node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')) {
      for (const a of node.alternatives) collect(a);
    } else if (node.type === 'Alternative') {
      for (const e of node.elements) collect(e);
    } else if (node.type === 'Quantifier') {
      collect(node.element);
    }
  };
  collect(root);
  if (raws.size === 0) return backReference;
  bmpText ??= bmpCodeUnits();
  const union = new RegExp([...raws].map((raw) => `(?:${raw})`).join('|'), `${flags}g`);
  const units: string[] = [];
  for (let m = union.exec(bmpText); m !== null; m = union.exec(bmpText)) units.push(m[0]);
  for (const raw of raws) {
    const set = new RegExp(`^(?:${raw})$`, flags);
    const found: number[] = [];
    for (const unit of units) if (set.test(unit)) found.push(unit.charCodeAt(0));
    setMembers.set(`${flags}/${raw}`, Uint16Array.from(found));
  }
  return backReference;
}

function bmpCodeUnits(): string {
  const units: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(String.fromCharCode(c));
  return units.join('');
}

/** Whether a character, class or escape matches only BMP code points that are not surrogates. */
function isBoundedSet(node: AST.Node): boolean {
  switch (node.type) {
    case 'Character':
      return isPlainBmp(node.value);
    case 'CharacterClassRange':
      return (
        isPlainBmp(node.min.value) &&
        isPlainBmp(node.max.value) &&
        !(node.min.value < 0xd800 && node.max.value > 0xdfff)
      );
    case 'CharacterSet':
      return (node.kind === 'digit' || node.kind === 'space' || node.kind === 'word') && !node.negate;
    case 'CharacterClass':
      return !node.negate && !node.unicodeSets && node.elements.every(isBoundedSet);
    default:
      return false;
  }
}

function isPlainBmp(value: number): boolean {
  return value <= 0xffff && (value < 0xd800 || value > 0xdfff);
}

/** Prefixes of `a` followed by `b`, cut to DEPTH sets. */
function concat(a: readonly Prefix[], b: readonly Prefix[]): Prefix[] {
  const out: Prefix[] = [];
  for (const x of a) {
    if (!x.open) {
      out.push(x);
      continue;
    }
    for (const y of b) {
      const sets = x.sets.concat(y.sets);
      out.push(sets.length >= DEPTH ? { sets: sets.slice(0, DEPTH), open: false } : { sets, open: y.open });
    }
  }
  return dedupe(out);
}

function dedupe(prefixes: readonly Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of prefixes) seen.set(`${p.open ? 1 : 0}${p.sets.join('\u0000')}`, p);
  if (seen.size > MAX_SEQUENCES) throw new Unbounded();
  return [...seen.values()];
}

/** Thrown when the analysis gives up: the pattern gets no table. */
export class Unbounded extends Error {}

/** Every prefix of the matches of a node (a superset: rarer ones may be listed too). */
export function prefixesOf(node: AST.Node, flags: string): Prefix[] {
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
      return dedupe(node.alternatives.flatMap((a) => prefixesOf(a, flags)));
    case 'Group':
      // A modifier group ((?i:…)) changes how its sets fold: not worked out here.
      if (node.modifiers !== null) return [ANY];
      return dedupe(node.alternatives.flatMap((a) => prefixesOf(a, flags)));
    case 'Alternative': {
      let prefixes: Prefix[] = [EMPTY];
      for (const element of node.elements) {
        if (prefixes.every((p) => !p.open)) break;
        prefixes = concat(prefixes, prefixesOf(element, flags));
      }
      return prefixes;
    }
    case 'Quantifier':
      return repeat(prefixesOf(node.element, flags), node.min, node.max);
    case 'Assertion':
      // Look-arounds, edges and anchors consume nothing: what follows them starts the match.
      return [EMPTY];
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet': {
      const members = membersOf(node, flags);
      if (members === null) return [ANY];
      const key = `${flags}/${node.raw}`;
      return [{ sets: [key], open: DEPTH > 1 }];
    }
    default:
      // Back-references and v-mode class expressions: anything may follow.
      return [ANY];
  }
}

/**
 * Prefixes of `min` to `max` repetitions. Past DEPTH repetitions nothing new appears: each of them
 * either adds a set (and DEPTH sets are all that is kept) or may be empty (and so adds nothing), so
 * the counts are clamped to DEPTH; a lower bound clamped down only lists more.
 */
function repeat(element: readonly Prefix[], min: number, max: number): Prefix[] {
  const low = Math.min(min, DEPTH);
  const high = Math.min(max, DEPTH);
  let current: Prefix[] = [EMPTY];
  const out: Prefix[] = low === 0 ? [EMPTY] : [];
  for (let r = 1; r <= high; r++) {
    current = concat(current, element);
    if (r >= low) out.push(...current);
  }
  return dedupe(out);
}

/** The code units of a set measured by {@link measureSets} (by its key in a {@link Prefix}). */
export function membersOfKey(key: string): Uint16Array {
  const members = setMembers.get(key);
  if (members === undefined) throw new Error(`set ${key} was not measured`);
  return members;
}
