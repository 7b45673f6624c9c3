function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Abbreviations that end in a period without ending the sentence (English and German), lower-cased,
 * without the final period. Single letters ("J.", "z.", "B.") and dotted initialisms ("U.S", "e.g")
 * are recognised by their shape, so they are not listed.
 */
export const NEVER_FINAL_ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  mr mrs ms messrs dr prof sen rep gov gen lt col capt cmdr sgt rev hon pres st mt ft
  hr fr frau dipl ing mag hrsg
  co corp inc ltd llc plc bros mfg gmbh
  vs approx dept est cf resp incl excl
  bzw vgl ggf inkl zzgl evtl bspw sog ca dt engl jh jhd mio mrd tsd str abs allg ehem gegr verh zit
`);

/** Abbreviations that stand before a number ("No. 1", "Nr. 5", "Oct. 31"): no break before a digit. */
export const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = wordSet(`
  no nos nr art fig vol p pp ch sec tel kap
  jan feb mar apr jun jul aug sep sept oct nov dec mär okt dez
`);

/** German month names: a number, a period and one of these is a date ("31. Oktober"), not a sentence end. */
export const GERMAN_MONTHS: ReadonlySet<string> = wordSet(`
  januar jänner februar märz april mai juni juli august september oktober november dezember
  jan feb mär apr jun jul aug sep sept okt nov dez
`);

/**
 * German words that come before an ordinal number ("am 3. November", "der 2. Platz", "im 21.
 * Jahrhundert"): after them a number with a period is an ordinal, never a sentence end.
 */
export const GERMAN_ORDINAL_LEADS: ReadonlySet<string> = wordSet(`
  der die das den dem des am im zum zur vom beim ab bis seit vor nach
  ihr ihre ihrem ihren sein seine seinem seinen jeder jede jedem jeden
`);
