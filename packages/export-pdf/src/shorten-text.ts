import { formatNumber } from '@dealbrief/core';
import { ANSWER_LIMIT, TEXT_LIMIT } from './limits.js';

/** Separators a shortened text may end before, best first. */
const BREAKS = ['; ', ', ', ' '] as const;

/**
 * `text` when it has at most `limit` characters; else its start, cut before a "; ", ", " or space (the
 * last one in the final third of the limit, preferring "; " over ", " over a space; at a code point when
 * there is none), then "…" and `tail` (e.g. " (shortened; …)").
 */
export function shortenText(text: string, limit: number, tail = ''): string {
  if (text.length <= limit) return text;
  let head = text.slice(0, limit);
  const floor = Math.floor((limit * 2) / 3);
  for (const separator of BREAKS) {
    const at = head.lastIndexOf(separator);
    if (at >= floor) {
      head = head.slice(0, at);
      break;
    }
  }
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head.trimEnd()} …${tail}`;
}

/**
 * The first `limit` of `items` joined with `separator`, then " +N more" when some are left out:
 * "000, 001, 002 +1,346 more".
 */
export function joinWithMore(items: readonly string[], limit: number, separator = ', '): string {
  if (items.length <= limit) return items.join(separator);
  return `${items.slice(0, limit).join(separator)} +${formatNumber(items.length - limit)} more`;
}

/** Ids joined with "+" (a witness group's id, `000+001`), five or more of them. */
const ID_CHAIN = /[^\s+,;:()“”"]+(?:\+[^\s+,;:()“”"]+){4,}/g;

/**
 * `text` with every chain of five or more "+"-joined ids (the id of a witness group of many copies of one
 * story, thousands of characters long in a large corpus, and without a place to break a line) written as
 * its first two ids and a count: "000004+000014+… (36 sources)".
 */
export function abbreviateIdChains(text: string): string {
  return text.replace(ID_CHAIN, (chain) => {
    const ids = chain.split('+');
    return `${ids[0]}+${ids[1]}+… (${formatNumber(ids.length)} sources)`;
  });
}

/**
 * A field's rationale with long witness-group ids abbreviated ({@link abbreviateIdChains}), shortened to
 * {@link TEXT_LIMIT} characters with a pointer to the full text.
 */
export function shortenRationale(rationale: string): string {
  const text = abbreviateIdChains(rationale);
  if (text.length <= TEXT_LIMIT) return text;
  return shortenText(
    text,
    TEXT_LIMIT,
    ` (shortened from ${formatNumber(rationale.length)} characters; briefing.csv and the XLSX Briefing ` +
      'sheet hold the full rationale)',
  );
}

/** "880 more claims". */
export function describeMoreClaims(count: number): string {
  return `${formatNumber(count)} more claim${count === 1 ? '' : 's'}`;
}

/**
 * An answer (a value's display text) of at most {@link ANSWER_LIMIT} characters: a long list of
 * alternatives ("about 105,223 GPUs or about 135,395 GPUs or …", a tie between many values) keeps the
 * alternatives that fit and counts the rest ("… or 137 more values"); other long text is shortened.
 */
export function shortenAnswer(text: string): string {
  if (text.length <= ANSWER_LIMIT) return text;
  const alternatives = text.split(' or ');
  if (alternatives.length > 2) {
    const kept: string[] = [];
    let length = 0;
    for (const alternative of alternatives) {
      length += alternative.length + 4;
      if (kept.length > 0 && length > ANSWER_LIMIT) break;
      kept.push(alternative);
    }
    const more = alternatives.length - kept.length;
    if (more > 0) return `${kept.join(' or ')} or ${formatNumber(more)} more value${more === 1 ? '' : 's'}`;
  }
  return shortenText(text, ANSWER_LIMIT, ' (shortened; briefing.csv holds the full answer)');
}
