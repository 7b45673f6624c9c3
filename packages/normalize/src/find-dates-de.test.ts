import { describe } from 'vitest';
import { type DateCase, testDateCases } from './test-date-cases.js';

/** Forms named in the design brief. */
const BRIEF: DateCase[] = [
  ['am 31. Oktober 2025 in Gyeongju', '31. Oktober 2025 → 2025-10-31'],
  ['bis zum 31. Okt. geplant', '31. Okt. → ????-10-31'],
  ['traf sich am Freitag in Gyeongju', 'Freitag → friday'],
  ['Freitag, 31. Oktober: der Gipfel', 'Freitag, 31. Oktober → ????-10-31 friday'],
  ['Stand: 03.11.2025', '03.11.2025 → 2025-11-03'],
  ['am 3.11. in Seoul', '3.11. → ????-11-03'],
  ['veröffentlicht 2025-11-03', '2025-11-03 → 2025-11-03'],
  ['Nvidia teilte heute mit', 'heute → today'],
];

/** Further forms as German news writes them, and what is not a date. */
const MORE: DateCase[] = [
  ['am 3. November 2025 in Seoul', '3. November 2025 → 2025-11-03'],
  ['am 1. Januar', '1. Januar → ????-01-01'],
  ['am 1. Jänner 2026', '1. Jänner 2026 → 2026-01-01'],
  ['im März 2025 begann', 'März 2025 → 2025-03-??'],
  ['vom 5. März bis 7. Mai', '5. März → ????-03-05', '7. Mai → ????-05-07'],
  ['am 24. Dez. 2025', '24. Dez. 2025 → 2025-12-24'],
  ['am 31.Oktober', '31.Oktober → ????-10-31'],
  ['Freitag, den 31. Oktober 2025', 'Freitag, den 31. Oktober 2025 → 2025-10-31 friday'],
  ['Fr., 31.10.2025, 14:05 Uhr', 'Fr., 31.10.2025 → 2025-10-31 friday'],
  ['am Montag, 3. November, sagte', 'Montag, 3. November → ????-11-03 monday'],
  ['am Freitagabend in Gyeongju', 'Freitagabend → friday'],
  ['am vergangenen Freitag', 'vergangenen Freitag → friday last'],
  ['letzten Mittwoch sagte er', 'letzten Mittwoch → wednesday last'],
  ['am kommenden Dienstag', 'kommenden Dienstag → tuesday next'],
  ['am Sonnabend und am Sonntag', 'Sonnabend → saturday', 'Sonntag → sunday'],
  ['Nvidia hatte gestern mitgeteilt', 'gestern → yesterday'],
  ['Lee reist morgen nach Seoul', 'morgen → tomorrow'],
  ['Heute unterzeichnen beide', 'Heute → today'],
  ['Datum: 31.10.25', '31.10.25 → 2025-10-31'],
  ['Stand 3.11.2025, 10 Uhr', '3.11.2025 → 2025-11-03'],
  ['am 31.10. und am 3.11.', '31.10. → ????-10-31', '3.11. → ????-11-03'],
  ['29. Februar 2024', '29. Februar 2024 → 2024-02-29'],
  ['im Oktober 2025 und im Okt. 2026', 'Oktober 2025 → 2025-10-??', 'Okt. 2026 → 2026-10-??'],
  ['2025/11/03', '2025/11/03 → 2025-11-03'],
  ['Mittwoch, 5.11.2025', 'Mittwoch, 5.11.2025 → 2025-11-05 wednesday'],
  // not dates
  ['auf dem 31. Platz der Rangliste'],
  ['im 21. Jahrhundert'],
  ['bis zu 260.000 Grafikprozessoren'],
  ['1.000.000 Euro und 3,5 Mio. Euro'],
  ['ein Plus von 3.5 Prozent'],
  ['heute Morgen und am Morgen', 'heute → today'],
  ['jeden Freitag trifft sich das Team'],
  ['Schwarzer Freitag an der Börse'],
  ['am Karfreitag und Ostermontag'],
  ['freitags geschlossen'],
  ['30. Februar 2025 und 31.04.2025'],
  ['Version 3.11. ist erschienen'],
  ['bis 2030 will Korea führen'],
  ['Hotline 030-1234-5678'],
  ['Nvidias B200-Chips'],
  ['das Quartal 3.2025'],
];

describe('findDates (German)', () => {
  testDateCases('de', [...BRIEF, ...MORE]);
});
