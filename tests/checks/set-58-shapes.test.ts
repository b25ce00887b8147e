/**
 * Shapes and entries added after reading blind set 58 (fr, es, it, ru; first run 74.8% at 100% precision), with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 58 shapes', [
  ['title-garble', 'fr', 'The correctional tribunal of Vérancourt on Thursday sentenced the former deputy mayor.', 'The correctional tribunal → the criminal court'],
  ['title-garble', 'fr', 'The anomalies were first flagged by the regional chamber of accounts in 2022.', 'the regional chamber of accounts → the regional audit office'],
  ['literal-idiom', 'fr', '"This pool will reopen when the hens have teeth," she said.', 'when the hens have teeth → when pigs fly'],
  ['untranslated', 'fr', 'Some 1,850 daily passengers had to use substitution cars during the closure.', 'substitution cars → replacement coaches / bonus'],
  ['untranslated', 'fr', 'The region will pay a prime of 150 euros to season-ticket holders.', 'prime → replacement coaches / bonus'],
  ['untranslated', 'es', 'Residents spent the night in a sports hall after the DANA dumped rain on the town.', 'DANA → ∅'],
  ['title-garble', 'es', 'The councillor of Emergencies put a first estimate of the damage at 6 million euros.', 'The councillor of Emergencies → the regional minister for'],
  ['title-garble', 'es', 'The price fell, according to figures from the Ministry of Consumption.', 'the Ministry of Consumption → the Consumer Affairs Ministry'],
  ['date-format', 'it', 'He led the under-19 side to the national final on 4 May last.', '4 May last → 4 May'],
  ['untranslated', 'it', 'The ds, Marco Fenaroli, admitted that many fans wanted refunds.', 'ds → the sporting director'],
  ['title-garble', 'it', 'Meanwhile, the Sports Judge fined the club 8,000 euros.', 'the Sports Judge → the disciplinary judge'],
  ['date-format', 'it', 'The restorers recovered frescoes from the Seven hundred.', 'the Seven hundred → the 18th century'],
  ['literal-idiom', 'it', '"But this city does not drown in a glass of water," he said.', 'drown in a glass of water → give up at the first obstacle'],
  ['title-garble', 'it', 'The Minister of the Cultural Goods will attend the gala.', 'The Minister of the Cultural Goods → the Culture Minister'],
  ['untranslated', 'ru', 'Schools closed after the number of flu and ORVI cases passed the threshold.', 'ORVI → ∅'],
  ['title-garble', 'ru', 'The measures were announced by the Chief Sanitary Doctor of the region.', 'the Chief Sanitary Doctor → the chief public health officer'],
  ['date-format', 'ru', 'Some 45% were vaccinated, compared with 40% in 2023 year.', '2023 year → 2023'],
  ['literal-idiom', 'ru', '"The first pancake is always lumpy," a spokesman admitted.', 'The first pancake is always lumpy → There are always teething problems'],
  ['mt-boilerplate', 'ru', 'The system crashed twice.\n\nThe material was translated with the help of machine translation. The original language of the publication is Russian.', 'The material was translated with the help of machine translation. The original language of the publication is Russian. → ∅'],
  ['untranslated', 'ru', 'Deputies of the Krasnoborsk gorduma on Thursday rejected the plan.', 'gorduma → ∅']
], [
  ['date-format', 'it', 'He left on 4 May last year.'],
  ['date-format', 'ru', 'The 2023 year-end results were good.'],
  ['date-format', 'it', 'The seven hundred workers went on strike.'],
  ['untranslated', 'fr', 'She drove two cars to the prime location in the city.']
])
