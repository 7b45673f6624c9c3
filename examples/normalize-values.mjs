// Reuse case 1: only the value parsers. `npm install @dealbrief/normalize`
import { findNumbers, findQualifier, parseNumber } from '@dealbrief/normalize';

const sentences = [
  ['en', 'Nvidia will supply more than a quarter-million GPUs, worth $5 trillion.'],
  ['de', 'Nvidia liefert bis zu 260.000 Grafikprozessoren.'],
  ['ko', '엔비디아는 GPU 26만 장 이상을 공급한다.'],
];
for (const [language, text] of sentences) {
  for (const number of findNumbers(text, language)) {
    const { qualifier } = findQualifier(text, number, language);
    console.log(`${language} ${number.text} → ${number.value} ${number.kind} ${qualifier}`);
  }
}
console.log(parseNumber('1,5 Millionen', 'de'));
console.log(parseNumber('14조8000억 원', 'ko'));
console.log(parseNumber('260,000 GPUs', 'en'));
