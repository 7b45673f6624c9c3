import type { Language } from '@dealbrief/core';
import { type ParagraphView, sentenceAt } from './paragraph-view.js';
import type { PersonReference } from './person-references.js';
import { countWords, MIN_QUOTE_WORDS, type Quotation } from './quote-marks.js';
import { findSpeechVerbs, isAfterPreposition, KOREAN_QUOTE_ENDING, type SpeechVerb } from './speech-cues.js';

/** A paragraph prepared for quote attribution. */
export interface QuoteParagraph {
  view: ParagraphView;
  /** The folded text with every quotation's content blanked, so cues are only read outside quotes. */
  masked: string;
  quotations: Quotation[];
  /** Person references outside quotations, in text order (paragraph offsets). */
  refs: PersonReference[];
}

/** Who a quotation is attributed to, and by which rule; `ref` null means "the previous quote's speaker". */
export interface Attribution {
  rule: string;
  ref: PersonReference | null;
}

const KOREAN_RULES: Readonly<Record<string, string>> = {
  라고: 'quote/ko-rago',
  이라고: 'quote/ko-rago',
  고: 'quote/ko-go',
  며: 'quote/ko-myeo',
  라며: 'quote/ko-myeo',
  이라며: 'quote/ko-myeo',
  면서: 'quote/ko-myeo',
};

/** The subject among the references in [from, to): the first one not governed by a preposition. */
function subjectIn(p: QuoteParagraph, from: number, to: number): PersonReference | null {
  for (const ref of p.refs) {
    if (ref.start < from || ref.end > to) continue;
    if (!isAfterPreposition(p.masked, ref.start, p.view.language)) return ref;
  }
  return null;
}

function firstIn(p: QuoteParagraph, from: number, to: number): PersonReference | null {
  return p.refs.find((r) => r.start >= from && r.end <= to) ?? null;
}

function lastIn(p: QuoteParagraph, from: number, to: number): PersonReference | null {
  for (let i = p.refs.length - 1; i >= 0; i--) {
    const r = p.refs[i]!;
    if (r.start >= from && r.end <= to) return r;
  }
  return null;
}

/** A speech verb in [from, to) and the speaker it attaches to: "X said", "according to X", "X zufolge". */
function speakerOfClause(
  p: QuoteParagraph,
  from: number,
  to: number,
  language: Language,
): PersonReference | null {
  const verbs = findSpeechVerbs(p.masked.slice(from, to), language);
  return speakerOfVerb(p, from, to, verbs[verbs.length - 1]);
}

/** The speaker the speech verb `verb` (found in [from, to), offsets relative to `from`) attaches to. */
function speakerOfVerb(
  p: QuoteParagraph,
  from: number,
  to: number,
  verb: SpeechVerb | undefined,
): PersonReference | null {
  if (verb === undefined) return null;
  const at = from + verb.start;
  if (verb.speakerAfter) return firstIn(p, from + verb.end, to);
  if (verb.speakerBefore) return lastIn(p, from, at);
  return subjectIn(p, from, at);
}

/** The Korean sentence topic among the references in [from, to): one closed by 은/는, else the first. */
function topicIn(p: QuoteParagraph, from: number, to: number): PersonReference | null {
  const inside = p.refs.filter((r) => r.start >= from && r.end <= to);
  const topic = inside.filter((r) =>
    /^[^\s]*(?:\s[^\s]+){0,2}?(?:은|는|께서는|께서)(?=\s|$)/u.test(p.masked.slice(r.end, to)),
  );
  return topic.pop() ?? inside[0] ?? null;
}

function attributeKorean(
  p: QuoteParagraph,
  q: Quotation,
  leadStart: number,
  trailEnd: number,
): Attribution | null {
  const trail = p.masked.slice(q.close, trailEnd);
  const ending = KOREAN_QUOTE_ENDING.exec(trail);
  if (ending === null) return null;
  const afterEnding = q.close + ending[0].length;
  const verb = findSpeechVerbs(p.masked.slice(afterEnding, trailEnd), 'ko')[0];
  if (verb === undefined) return null;
  const rule = KOREAN_RULES[ending[1] ?? ''] ?? 'quote/ko-rago';
  const ref = topicIn(p, leadStart, q.open) ?? firstIn(p, afterEnding, afterEnding + verb.start);
  return ref ? { rule, ref } : null;
}

/** A sentence end the segmenter may have missed next to a closing quotation mark: `.“ Next`. */
const SENTENCE_END = /[.!?]['"”“»«」]*\s+(?=[^\s])/gu;

/**
 * Where the clause introducing a quotation starts: its sentence's start, or later when the sentence
 * holds an earlier quotation (`„…“ X sagte: „…“`) or a sentence end the segmenter missed.
 */
function clauseStart(p: QuoteParagraph, q: Quotation, opening: number): number {
  const sentenceStart = p.view.sentences[opening]?.start ?? 0;
  // The close of the last spoken quotation (in list order) that closes before this one opens.
  let spokenClose = 0;
  for (let i = p.quotations.length - 1; i >= 0; i--) {
    const o = p.quotations[i]!;
    if (o.close <= q.open && countWords(p.view.text, o.start, o.end) >= MIN_QUOTE_WORDS) {
      spokenClose = o.close;
      break;
    }
  }
  const base = Math.max(sentenceStart, spokenClose);
  let start = base;
  const lead = p.masked.slice(base, q.open);
  // An exec loop, not matchAll, which copies the expression on every call (no match is empty).
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(lead); m !== null; m = SENTENCE_END.exec(lead))
    start = base + m.index + m[0].length;
  return start;
}

/** True when the text after a quotation may attribute it: `"…," X said` or `"…", sagte X`. */
function isTiedAfter(p: QuoteParagraph, q: Quotation): boolean {
  const inner = p.view.text.slice(q.start, q.end).trimEnd();
  return /[,!?…]$/u.test(inner) || /^\s*,/u.test(p.masked.slice(q.close));
}

/**
 * The speaker reference of a quotation, read the way each language attributes speech: a speech verb
 * before the quote in its sentence (`X said, "…"`, `X sagte: „…“`), after it (`"…," X said`,
 * `"…", so X`), Korean `"…"라고 X는 말했다` / `X는 "…"라고 말했다`, or, for a quotation that opens a sentence
 * without a verb of its own, the previous sentence (a continued quote, or `X said so. "…"`).
 */
export function attributeQuotation(
  p: QuoteParagraph,
  q: Quotation,
  previous: Quotation | null,
): Attribution | null {
  const { language } = p.view;
  const opening = sentenceAt(p.view, q.open);
  const leadStart = clauseStart(p, q, opening);
  const trailEnd = p.view.sentences[sentenceAt(p.view, q.end)]?.end ?? p.view.text.length;
  if (language === 'ko' || KOREAN_QUOTE_ENDING.test(p.masked.slice(q.close, trailEnd))) {
    const korean = attributeKorean(p, q, leadStart, q.close < trailEnd ? trailEnd : p.view.text.length);
    if (korean || language === 'ko') return korean;
  }
  const lead = p.masked.slice(leadStart, q.open);
  const leadVerbs = findSpeechVerbs(lead, language);
  const before = speakerOfVerb(p, leadStart, q.open, leadVerbs[leadVerbs.length - 1]);
  if (before) return { rule: 'quote/said-before', ref: before };
  if (leadVerbs.length > 0) return null;
  if (isTiedAfter(p, q)) {
    const trail = p.masked.slice(q.close, trailEnd);
    const verb = findSpeechVerbs(trail, language, true)[0];
    if (verb) {
      const ref = verb.speakerAfter
        ? firstIn(p, q.close + verb.end, trailEnd)
        : firstIn(p, q.close, trailEnd);
      if (ref) return { rule: 'quote/said-after', ref };
    }
  }
  if (lead.trim() !== '' || opening === 0) return null;
  if (previous && sentenceAt(p.view, previous.end) >= opening - 1)
    return { rule: 'quote/continued', ref: null };
  const prior = p.view.sentences[opening - 1];
  const introduced = prior ? speakerOfClause(p, prior.start, prior.end, language) : null;
  return introduced ? { rule: 'quote/said-before', ref: introduced } : null;
}
