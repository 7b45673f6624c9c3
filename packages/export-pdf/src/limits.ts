/**
 * How much of a large briefing the PDF sets. A briefing PDF is read, not searched: for a corpus of
 * thousands of sources it lists the strongest passages of each answer and says how many more the CSV and
 * XLSX evidence holds, so that its length (and the time and memory it takes to write) stays bounded as
 * the corpus grows. Every limit is far above what a briefing of a few dozen sources reaches, so such a
 * PDF shows everything.
 */

/**
 * Passages cited for one list of claims: the support, the dissent or the consistent claims of a field or
 * of a list member (and the claims no field cites). The strongest are kept, one per witness first.
 */
export const PASSAGE_LIMIT = 8;

/** Source ids or witnesses a line names before "+N more". */
export const NAME_LIMIT = 10;

/** Longest answer (a value's display text) written in full, in characters; longer ones are shortened. */
export const ANSWER_LIMIT = 300;

/** Longest rationale or change line written in full, in characters; longer ones are shortened. */
export const TEXT_LIMIT = 5000;

/** Longest witness-group note written in full, in characters. */
export const NOTE_LIMIT = 200;

/** Witness groups listed in the sources section. */
export const GROUP_LIMIT = 30;

/**
 * Up to this many sources, the sources section lists every source; beyond it, the sources with a passage
 * cited in the PDF and the first {@link REJECTED_LIMIT} rejected ones.
 */
export const SOURCE_LIST_LIMIT = 100;

/** Rejected sources listed when the briefing has more than {@link SOURCE_LIST_LIMIT} sources. */
export const REJECTED_LIMIT = 20;

/** Dissenting values the summary names for one answer before "and N other values". */
export const SUMMARY_VALUE_LIMIT = 3;

/** Where a reader finds every claim the PDF leaves out. */
export const EVIDENCE_POINTER = 'claims.csv and the XLSX Evidence sheet list every claim';

/** Where a reader finds every source the PDF leaves out. */
export const SOURCES_POINTER = 'sources.csv and the XLSX Sources sheet list every source';
