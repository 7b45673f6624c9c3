import { describe } from 'vitest';
import { type QualifierCase, testQualifierCases } from './test-qualifier-cases.js';

/** German news hedges beyond those of find-qualifier.test.ts, and numbers nothing qualifies. */
const CASES: QualifierCase[] = [
  ['nicht mehr als 50.000 Chips', 'up_to', 'nicht mehr als'],
  ['weniger als 5 Prozent des Umsatzes', 'up_to', 'weniger als'],
  ['weniger als eine Million Chips', 'up_to', 'weniger als'],
  ['unter 100.000 Stück', 'up_to', 'unter'],
  ['max. 50.000 Chips pro Kunde', 'up_to', 'max.'],
  ['höchstens 5 Prozent', 'up_to', 'höchstens'],
  ['Bis zu 260.000 Chips will Nvidia liefern', 'up_to', 'Bis zu'],
  ['bis\u00a0zu 260.000 Chips', 'up_to', 'bis\u00a0zu'],
  ['weit über 200.000 Chips', 'more_than', 'weit über'],
  ['knapp über 50.000 Chips', 'more_than', 'knapp über'],
  ['gut 50.000 Chips gehen an Samsung', 'more_than', 'gut'],
  ['ein Auftrag von gut 3 Mrd. Euro', 'more_than', 'gut'],
  ['Mehr als 260\u202f000 Grafikprozessoren', 'more_than', 'Mehr als'],
  ['oberhalb von 50.000 Stück', 'more_than', 'oberhalb von'],
  ['zumindest 50.000 Chips', 'at_least', 'zumindest'],
  ['nicht weniger als 50.000 Chips', 'at_least', 'nicht weniger als'],
  ['mindestens zehn Unternehmen', 'at_least', 'mindestens'],
  ['zirka 50.000 Chips', 'about', 'zirka'],
  ['beinahe 50.000 Chips', 'about', 'beinahe'],
  ['annähernd 50.000 Chips', 'about', 'annähernd'],
  ['schätzungsweise 50.000 Chips', 'about', 'schätzungsweise'],
  ['geschätzt 50.000 Chips', 'about', 'geschätzt'],
  ['an die 50.000 Chips', 'about', 'an die'],
  ['knapp 5 Billionen Dollar wert', 'about', 'knapp'],
  ['rund 14 Billionen Won', 'about', 'rund'],
  ['fast 1,5 Millionen Chips', 'about', 'fast'],
  ['~50.000 Chips', 'about', '~'],
  ['Etwa 50.000 Chips gehen an die Regierung', 'about', 'Etwa'],
  ['50.000 Chips und mehr', 'more_than', 'und mehr'],
  ['50.000 Stück und darüber', 'more_than', 'und darüber'],
  ['10.000 Stück oder weniger', 'up_to', 'oder weniger'],
  ['rund 50.000 Chips oder mehr', 'more_than', 'oder mehr'],
  // nothing qualifies the number
  ['darunter 50.000 für den öffentlichen Sektor', 'exact', ''],
  ['Unter den 50.000 Chips sind', 'exact', ''],
  ['Die Zahl stieg um 5 Prozent', 'exact', ''],
  ['insgesamt 260.000 Chips', 'exact', ''],
  ['Kunden wie Samsung erhalten 50.000 Chips', 'exact', ''],
  ['Rundfunk meldet 50.000 Chips', 'exact', ''],
  ['Südkorea bekommt 260.000 Chips von Nvidia', 'exact', ''],
];

describe('findQualifier (German)', () => {
  testQualifierCases('de', CASES);
});
