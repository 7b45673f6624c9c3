import { RegExpParser } from '@eslint-community/regexpp';
import { DEPTH, measureSets, membersOfKey, type Prefix, prefixesOf, Unbounded } from './match-prefixes.js';

/**
 * What the first three code units of any match of a pattern can be, worked out from the pattern's
 * source: a cheap, conservative test of whether the pattern may match at a position, so that a scan
 * runs a pattern only there. `ids` maps each BMP code unit to its class (0: a code unit that is in none
 * of the sets read); at `p` the cell is `(ids[text[p]] * width + ids[text[p + 1]]) * width +
 * ids[text[p + 2]]` (class 0 past the end of the text). `cells[cell]` is 0 where no match can start,
 * else the index in `cut` of the pattern cut down to the top-level alternatives (in their order) whose
 * matches can start with that cell, sticky: at `p` it matches exactly where the whole pattern does,
 * because the other alternatives cannot match there.
 */
export interface StartTable {
  ids: Uint8Array;
  cells: Uint16Array;
  width: number;
  cut: RegExp[];
}

/** Stands for "no match may start here" at index 0 of `cut`. */
const NEVER = /(?!)/y;
/** The largest table built (width ** DEPTH cells); more than 255 classes of code units build none either. */
const MAX_TABLE = 1 << 18;
/**
 * The start table of a compiled pattern, or null when a match may start with any code unit (or be
 * empty), so that no table can narrow the positions where it may match: a nullable alternative, a
 * leading `.`, negated set, property escape or astral character, a back-reference anywhere (cutting
 * the pattern into alternatives would renumber its groups), or a pattern the parser does not know.
 * Only `u` patterns are read (their sets and folding are what V8 tests).
 */
export function startTableOf(pattern: RegExp): StartTable | null {
  const flags = pattern.flags.replace(/[gyd]/g, '');
  if (!flags.includes('u') || flags.includes('v')) return null;
  let alternatives: { source: string; prefixes: Prefix[] }[];
  try {
    const parsed = new RegExpParser().parsePattern(pattern.source, 0, pattern.source.length, {
      unicode: true,
    });
    if (measureSets(parsed, flags)) return null;
    alternatives = parsed.alternatives.map((a) => ({
      source: a.raw,
      prefixes: prefixesOf(a, flags),
    }));
  } catch (error) {
    // The analysis gave up, or the parser (regexpp's RegExpSyntaxError) or V8 could not read a source;
    // anything else is a bug, not a pattern without a table.
    if (error instanceof Unbounded || error instanceof SyntaxError) return null;
    throw error;
  }
  if (alternatives.some((a) => a.prefixes.some((p) => p.sets.length === 0))) return null;
  return buildTable(alternatives, `${flags}y`);
}

/** Classes of code units by the sets they are in, the cells that may start a match, the cut patterns. */
function buildTable(
  alternatives: readonly { source: string; prefixes: Prefix[] }[],
  stickyFlags: string,
): StartTable | null {
  const prefixes = alternatives.flatMap((a) => a.prefixes);
  // The class of a code unit is the list of (position, set) it belongs to.
  const signatures = new Map<number, string>();
  const positionSets: string[][] = Array.from({ length: DEPTH }, () => []);
  for (const p of prefixes) {
    p.sets.forEach((key, i) => {
      if (!positionSets[i]!.includes(key)) positionSets[i]!.push(key);
    });
  }
  positionSets.forEach((keys, position) => {
    keys.forEach((key, index) => {
      for (const unit of membersOfKey(key)) {
        signatures.set(unit, `${signatures.get(unit) ?? ','}${position}:${index},`);
      }
    });
  });
  const classOf = new Map<string, number>();
  const ids = new Uint8Array(0x10000);
  for (const [unit, signature] of signatures) {
    let id = classOf.get(signature);
    if (id === undefined) {
      id = classOf.size + 1;
      if (id > 255) return null;
      classOf.set(signature, id);
    }
    ids[unit] = id;
  }
  const width = classOf.size + 1;
  if (width ** DEPTH > MAX_TABLE) return null;
  /** The classes in a set at a position. */
  const inSet = (position: number, key: string): number[] => {
    const tag = `,${position}:${positionSets[position]!.indexOf(key)},`;
    const found: number[] = [];
    for (const [signature, id] of classOf) if (signature.includes(tag)) found.push(id);
    return found;
  };
  const every = Array.from({ length: width }, (_, id) => id);
  // The top-level alternatives that may start in each cell, as a list of their indexes.
  const alternativesIn = new Map<number, number[]>();
  alternatives.forEach(({ prefixes }, index) => {
    for (const p of prefixes) {
      let at = [0];
      for (let position = 0; position < DEPTH; position++) {
        const found = position < p.sets.length ? inSet(position, p.sets[position]!) : every;
        at = at.flatMap((cell) => found.map((id) => cell * width + id));
      }
      for (const cell of at) {
        const list = alternativesIn.get(cell);
        if (list === undefined) alternativesIn.set(cell, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });
  const cells = new Uint16Array(width ** DEPTH);
  const cutIndex = new Map<string, number>();
  const cut: RegExp[] = [NEVER];
  for (const [cell, list] of alternativesIn) {
    const source = list.map((index) => alternatives[index]!.source).join('|');
    let index = cutIndex.get(source);
    if (index === undefined) {
      index = cut.length;
      if (index > 0xffff) return null;
      cut.push(new RegExp(source, stickyFlags));
      cutIndex.set(source, index);
    }
    cells[cell] = index;
  }
  return { ids, cells, width, cut };
}
