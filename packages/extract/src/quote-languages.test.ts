import { CodePointIndex, type Profile } from '@dealbrief/core';
import { parseDocument } from '@dealbrief/parse';
import { describe, expect, it } from 'vitest';
import { finishClaims } from './claim-factory.js';
import { compileProfile } from './compile-profile.js';
import { extractQuoteClaims } from './quote-claims.js';
import { viewSentences } from './sentence-view.js';
import { loadTestProfile } from './test-seeds.js';

function withQuotesField(profile: Profile): Profile {
  if (profile.fields.some((f) => f.extractor === 'quotes')) return profile;
  const quotes = {
    key: 'quotes',
    label: 'Quotes',
    type: 'quote',
    cardinality: 'many',
    extractor: 'quotes',
  } as const;
  return { ...profile, fields: [...profile.fields, quotes] };
}

const compiled = compileProfile(withQuotesField(loadTestProfile()));

/** `speaker-id (rule confidence): cited text` for every quote claim of an article. */
function quotesOf(text: string): string[] {
  const { document } = parseDocument({ file: 'article.txt', bytes: new TextEncoder().encode(text) });
  if (!document) throw new Error('did not parse');
  const index = new CodePointIndex(document.text);
  const drafts = extractQuoteClaims(viewSentences(document, index), compiled);
  return finishClaims(document.source, index, drafts).map((c) => {
    const who = c.value.type === 'quote' ? c.value.speaker.id : '?';
    if (c.value.type === 'quote') expect(c.value.text).toBe(c.citation.exact);
    return `${who} (${c.rule} ${c.confidence}): ${c.citation.exact}`;
  });
}

describe('English quotations', () => {
  it('reads "X said, “…”" with a person the gazetteer lacks', () => {
    const text =
      'Trade Minister Yoon Seo-jin said, “The new centres will open to universities next spring.” ' +
      'Later Yoon added, “We expect the first models trained here by the end of the year.”';
    expect(quotesOf(text)).toEqual([
      'person-yoon-seo-jin (quote/said-before 0.9): The new centres will open to universities next spring.',
      'person-yoon-seo-jin (quote/said-before 0.75): We expect the first models trained here by the end of the year.',
    ]);
  });

  it('reads “…,” X said and “…,” said X', () => {
    const text =
      '"We are ready to ship the first systems this year," Jensen Huang said on Saturday. ' +
      'Chey Tae-won spoke next.\n\n"Our plants will run on these chips soon," said Chey.';
    expect(quotesOf(text)).toEqual([
      'jensen-huang (quote/said-after 0.9): We are ready to ship the first systems this year',
      'chey-tae-won (quote/said-after 0.75): Our plants will run on these chips soon',
    ]);
  });

  it('gives a quote told to someone to the one who told it', () => {
    const text = 'Lee Jae-yong told Jensen Huang, "Samsung stands ready to build the memory you need."';
    expect(quotesOf(text)).toEqual([
      'lee-jae-yong (quote/said-before 0.9): Samsung stands ready to build the memory you need.',
    ]);
  });

  it('keeps a quotation of several sentences whole, and follows a quote continued in the next sentence', () => {
    const text =
      'Jensen Huang said, "This is a new industrial revolution. Every factory will be an AI factory." ' +
      'He smiled. "And every country will want one of its own," he added.';
    expect(quotesOf(text)).toEqual([
      'jensen-huang (quote/said-before 0.9): This is a new industrial revolution. Every factory will be an AI factory.',
      'jensen-huang (quote/said-after 0.75): And every country will want one of its own',
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(
      quotesOf("Nvidia's chief said Korea's firms don't lack talent and the country's plans are bold."),
    ).toEqual([]);
    const text =
      "Jensen Huang toured the fab. 'It's the start of something big for Korea's chipmakers,' Huang said.";
    expect(quotesOf(text)).toEqual([
      "jensen-huang (quote/said-after 0.75): It's the start of something big for Korea's chipmakers",
    ]);
  });

  it('skips scare quotes and quotations nobody is said to speak', () => {
    const text =
      'Lee Jae Myung said the plan would make Korea an "AI capital" and a \'sovereign AI\' leader. ' +
      'The report "Artificial Intelligence for Every Korean Citizen" came out on Monday. ' +
      '"This will change the industry for good," one official said.';
    expect(quotesOf(text)).toEqual([]);
  });

  it('resolves pronouns and surnames to the person named before', () => {
    const text =
      'President Lee Jae Myung met the business leaders. Lee said, "We will build the AI highway together." ' +
      'Samsung Chairman Lee Jae-yong listened.\n\nJensen Huang arrived later. He said, "Korea will be one of the great AI hubs."';
    expect(quotesOf(text)).toEqual([
      'lee-jae-myung (quote/said-before 0.75): We will build the AI highway together.',
      'jensen-huang (quote/said-before 0.75): Korea will be one of the great AI hubs.',
    ]);
  });

  it('prefers the person named with the same title', () => {
    const text =
      'President Lee Jae Myung welcomed Samsung Chairman Lee Jae-yong. ' +
      'President Lee said, "Our chipmakers are ready for this moment."';
    expect(quotesOf(text)).toEqual([
      'lee-jae-myung (quote/said-before 0.75): Our chipmakers are ready for this moment.',
    ]);
  });

  it('reads "according to X"', () => {
    const text =
      'Jensen Huang spoke on Friday. According to Huang, "the deal is only the first of many steps."';
    expect(quotesOf(text)).toEqual([
      'jensen-huang (quote/said-before 0.75): the deal is only the first of many steps.',
    ]);
  });
});

describe('German quotations', () => {
  it('reads „…“ after sagte and erklärte', () => {
    const text =
      'Jensen Huang sagte: „Korea wird eines der großen KI-Zentren der Welt.“ ' +
      'Präsident Lee Jae-myung erklärte: „Wir werden diese Partnerschaft gemeinsam zum Erfolg führen.“';
    expect(quotesOf(text)).toEqual([
      'jensen-huang (quote/said-before 0.9): Korea wird eines der großen KI-Zentren der Welt.',
      'lee-jae-myung (quote/said-before 0.9): Wir werden diese Partnerschaft gemeinsam zum Erfolg führen.',
    ]);
  });

  it('reads „…“, so X and „…“, sagte er, and skips a scare-quoted compound', () => {
    const text =
      'Jensen Huang kam am Freitag nach Gyeongju und sprach von einer „KI-Fabrik“. ' +
      '„Das ist erst der Anfang einer langen Partnerschaft“, so Huang. ' +
      '„Wir liefern die ersten Systeme im Dezember aus“, sagte er.';
    expect(quotesOf(text)).toEqual([
      'jensen-huang (quote/said-after 0.75): Das ist erst der Anfang einer langen Partnerschaft',
      'jensen-huang (quote/said-after 0.75): Wir liefern die ersten Systeme im Dezember aus',
    ]);
  });
});

describe('Korean quotations', () => {
  it('reads "…"라고 말했다 after surname and title, and "…"고 밝혔다 after a full name', () => {
    const text =
      '이재명 대통령은 31일 경주에서 젠슨 황 엔비디아 최고경영자를 만났다. ' +
      '이 대통령은 "한국은 엔비디아의 최적의 파트너가 될 것"이라고 말했다. ' +
      '젠슨 황 엔비디아 최고경영자는 "한국은 세계 AI 허브가 될 수 있다"고 밝혔다.';
    expect(quotesOf(text)).toEqual([
      'lee-jae-myung (quote/ko-rago 0.75): 한국은 엔비디아의 최적의 파트너가 될 것',
      'jensen-huang (quote/ko-go 0.9): 한국은 세계 AI 허브가 될 수 있다',
    ]);
  });

  it('reads "…"며 강조했다, a quote of several sentences, and the surname of the one with that title', () => {
    const text =
      '최태원 SK회장은 "AI 공장을 함께 짓겠다. 이제 시작할 때다"며 협력을 강조했다. ' +
      '이재용 삼성전자 회장과 이재명 대통령이 자리를 함께했다. 이 회장은 "메모리를 제때 공급하겠다는 약속을 지키겠다"고 말했다.';
    expect(quotesOf(text)).toEqual([
      'chey-tae-won (quote/ko-myeo 0.9): AI 공장을 함께 짓겠다. 이제 시작할 때다',
      'lee-jae-yong (quote/ko-go 0.75): 메모리를 제때 공급하겠다는 약속을 지키겠다',
    ]);
  });

  it('skips short quoted terms', () => {
    expect(quotesOf("정부는 'AI 3대 강국' 도약을 목표로 한다고 밝혔다.")).toEqual([]);
  });
});
