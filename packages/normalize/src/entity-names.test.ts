import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from './entity-names.js';

const matcher = createEntityMatcher([
  { id: 'nvidia', aliases: ['Nvidia', 'NVIDIA', '엔비디아'] },
  { id: 'samsung', aliases: ['Samsung Electronics', 'Samsung', '삼성전자'] },
  { id: 'sk', aliases: ['SK Group', 'SK', 'SK그룹'] },
  { id: 'venue', aliases: ['Gyeongju Hwabaek International Convention Center', '경주화백컨벤션센터'] },
  { id: 'gyeongju', aliases: ['Gyeongju', '경주'] },
  { id: 'chung', aliases: ['Chung Eui-sun', 'Euisun Chung', '정의선'] },
]);
const ids = (text: string) => matcher.find(text).map((m) => m.id);
const spans = (text: string) => matcher.find(text).map((m) => text.slice(m.start, m.end));

describe('createEntityMatcher', () => {
  it('prefers the longest alias', () => {
    expect(spans('Samsung Electronics and SK Group')).toEqual(['Samsung Electronics', 'SK Group']);
  });
  it('matches whole Latin words only', () => {
    expect(ids('Skype and SKY are not SK')).toEqual(['sk']);
    expect(ids('NvidiaX')).toEqual([]);
  });
  it('allows genitives, possessives and hyphen compounds', () => {
    expect(spans("Nvidias Chips, Nvidia's GPUs, Nvidia-CEO")).toEqual(['Nvidia', 'Nvidia', 'Nvidia']);
  });
  it('matches Korean names with particles and attached titles', () => {
    expect(spans('삼성전자와 SK그룹은 엔비디아의 GPU를')).toEqual(['삼성전자', 'SK그룹', '엔비디아']);
    expect(spans('최태원 SK회장')).toEqual(['SK']);
    expect(ids('정의선 현대차 회장')).toEqual(['chung']);
  });
  it('does not match a Hangul alias inside a longer word on the left', () => {
    expect(ids('신경주역')).toEqual([]);
  });
  it('sees through no-break spaces and hyphens', () => {
    const text = 'at Gyeongju\u00a0Hwabaek International Convention Center and Chung Eui\u2011sun';
    expect(ids(text)).toEqual(['venue', 'chung']);
    expect(spans(text)[0]).toBe('Gyeongju\u00a0Hwabaek International Convention Center');
  });
  it('prefers a compound venue over the city inside it', () => {
    expect(ids('경주화백컨벤션센터에서')).toEqual(['venue']);
  });
  it('finds nothing with an empty gazetteer', () => {
    expect(createEntityMatcher([]).find('Nvidia')).toEqual([]);
  });
  it('ignores an empty alias (it would match everywhere)', () => {
    expect(createEntityMatcher([{ id: 'x', aliases: ['', 'Nvidia'] }]).find('Nvidia and more')).toEqual([
      { id: 'x', alias: 'Nvidia', start: 0, end: 6 },
    ]);
  });
});
