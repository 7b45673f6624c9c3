import { describe, expect, it } from 'vitest';
import { type NameCase, testNameCases } from './test-gazetteer.js';
import { isTitleWord } from './titles.js';

/**
 * German news: genitive "s" ("Nvidias", "Navers", "Jensen Huangs" — a mention, as in English) and
 * hyphen compounds ("Nvidia-Chef", "Samsung-Vorsitzender") name the entity; a hyphen in place of a
 * space is not folded ("Hyundai-Motor-Chef" names Hyundai through its "Hyundai" alias), and an
 * adjective ("Südkoreanische") or a longer word ("SKANDAL") is no mention.
 */
const NAMES: NameCase[] = [
  ['Südkoreas Präsident Lee Jae-myung', 'Südkorea → korea', 'Lee Jae-myung → lee'],
  ['Nvidias Chef Jensen Huang', 'Nvidia → nvidia', 'Jensen Huang → jensen'],
  [
    'Nvidia-Chef Jensen Huang reiste nach Gyeongju',
    'Nvidia → nvidia',
    'Jensen Huang → jensen',
    'Gyeongju → gyeongju',
  ],
  ['Samsung-Vorsitzender Lee Jae-yong', 'Samsung → samsung', 'Lee Jae-yong → jay-lee'],
  ['SK-Chef Chey Tae-won', 'SK → sk', 'Chey Tae-won → chey'],
  ['Hyundai-Motor-Chef Chung Eui-sun', 'Hyundai → hyundai', 'Chung Eui-sun → chung'],
  ['Hyundai-Motor-Group-Chef Euisun Chung', 'Hyundai → hyundai', 'Euisun Chung → chung'],
  ['Navers Cloud-Sparte erhält 60.000 Chips', 'Naver → naver'],
  ['Samsungs Aktie stieg', 'Samsung → samsung'],
  ['Jensen Huangs Rede in Gyeongju', 'Jensen Huang → jensen', 'Gyeongju → gyeongju'],
  ['Chey Tae-wons Konzern', 'Chey Tae-won → chey'],
  ['Hyundais Werk in Ulsan', 'Hyundai → hyundai'],
  ['des Chipkonzerns Nvidia', 'Nvidia → nvidia'],
  ['Chipriese Nvidia liefert', 'Nvidia → nvidia'],
  ['die Nvidia-Aktie und die NVIDIA-Aktie', 'Nvidia → nvidia', 'NVIDIA → nvidia'],
  ['KI-Chips von Nvidia für Südkorea', 'Nvidia → nvidia', 'Südkorea → korea'],
  ['beim APEC-Gipfel in Gyeongju', 'APEC → apec', 'Gyeongju → gyeongju'],
  ['Samsung Electronics-Chef Lee Jae-yong', 'Samsung Electronics → samsung', 'Lee Jae-yong → jay-lee'],
  ['die Chipfirma SK Hynix', 'SK Hynix → sk-hynix'],
  ['Samsung, SK und Naver erhalten je 50.000', 'Samsung → samsung', 'SK → sk', 'Naver → naver'],
  ['Hyundai Motor Group und Naver Cloud', 'Hyundai Motor Group → hyundai', 'Naver Cloud → naver'],
  ['\u201eNvidia\u201c und \u201aSamsung\u2018', 'Nvidia → nvidia', 'Samsung → samsung'],
  ['Präsident Lee Jae Myung', 'Lee Jae Myung → lee'],
  ['Präsident Lee Jae\u2011myung', 'Lee Jae\u2011myung → lee'],
  ['Hyundai-Chef Chung\u00a0Euisun', 'Hyundai → hyundai', 'Chung\u00a0Euisun → chung'],
  ['Ex-Samsung-Manager', 'Samsung → samsung'],
  ['Nvidia Corp teilte mit', 'Nvidia Corp → nvidia'],
  ['die Nvidia Corporation teilte mit', 'Nvidia → nvidia'],
  ['Südkorea-Besuch von Jensen Huang', 'Südkorea → korea', 'Jensen Huang → jensen'],
  ['Lee Jae-myung (이재명) traf Huang', 'Lee Jae-myung → lee', '이재명 → lee'],
  // no mention
  ['Südkoreanische Firmen profitieren'],
  ['SKANDAL um Chips'],
  ['Skandal um SKT'],
  ['Nordkorea reagierte'],
  ['Präsident Lee sagte'],
];

const TITLES: ReadonlyArray<readonly [string, boolean]> = [
  ['Präsident', true],
  ['Präsidentin', true],
  ['Staatspräsident', true],
  ['Ministerpräsident', true],
  ['Bundeskanzler', true],
  ['Handelsminister', true],
  ['Industrieministerin', true],
  ['Vorsitzender', true],
  ['Vorstandsvorsitzender', true],
  ['Aufsichtsratsvorsitzende', true],
  ['Samsung-Vorsitzender', true],
  ['Group-Vorsitzender', true],
  ['Nvidia-Chef', true],
  ['Konzernchef', true],
  ['Konzernchefin', true],
  ['Regierungschef', true],
  ['Staatschef', true],
  ['Firmengründer', true],
  ['Mitgründer', true],
  ['Geschäftsführer', true],
  ['Unternehmenssprecher', true],
  ['Botschafter', true],
  ['CEO', true],
  ['Chairman', true],
  ['Executive Chair', true],
  ['Halbleiter', false],
  ['KI-Halbleiter', false],
  ['Supraleiter', false],
  ['Lautsprecher', false],
  ['Halbleiterhersteller', false],
  ['Chipkonzern', false],
  ['Unternehmen', false],
  ['Ministerium', false],
  ['Präsidentschaft', false],
  ['Vorsitz', false],
  ['Chefsache', false],
  ['Gipfel', false],
  ['Regierung', false],
];

describe('createEntityMatcher (German)', () => {
  testNameCases(NAMES);
});

describe('isTitleWord (German: the title stands before the name, compounds end in it)', () => {
  it.each(TITLES)('%s → %s', (word, expected) => {
    expect(isTitleWord(word, 'de')).toBe(expected);
  });
});
