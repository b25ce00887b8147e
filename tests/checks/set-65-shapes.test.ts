/**
 * Shapes and entries added after reading blind set 65 (vi, ar, nl, ru; first run 69.1% at 98.7% precision), with the
 * English that must still pass.
 */
import {expect, it} from 'vitest'
import {findingsOf, shapeSuite} from './helpers.js'

shapeSuite('set 65 shapes', [
  ['title-garble', 'vi', 'The Prime Minister of the Government has approved an emergency allocation.', 'The Prime Minister of the Government → the Prime Minister'],
  ['title-garble', 'vi', 'The Minister of the Ministry of Industry and Trade has asked provinces to release rice.', 'The Minister of the Ministry → the Minister'],
  ['title-garble', 'ar', 'The governor of the governorate visited the hospital on Tuesday.', 'The governor of the governorate → the governor'],
  ['literal-idiom', 'vi', 'In the spirit of the healthy leaves wrapping the torn leaves, residents sent food.', 'the healthy leaves wrapping the torn leaves → those who have help those who have not'],
  ['literal-idiom', 'vi', '"Some traders are splashing water after the rain," the official said.', 'splashing water after the rain → taking advantage of the situation'],
  ['epithet-calque', 'vi', 'Prices rose after the country of a billion people restricted its shipments.', 'the country of a billion people → India'],
  ['date-format', 'ar', 'On the evening of yesterday, Sunday, the criminal court sent the case back.', 'On the evening of yesterday, Sunday → on Sunday evening'],
  ['title-garble', 'ar', 'Counselor Hatem Rifaat, head of the court, sentenced two employees.', 'Counselor → Judge'],
  ['title-garble', 'ar', 'The Doctor Nadia Salem, director of health, said the campaign would continue.', 'The Doctor → Dr.'],
  ['number-format', 'ar', 'Vaccination coverage fell to 78 in the hundred last year.', '78 in the hundred → 78%'],
  ['literal-idiom', 'ar', '"A dirham of prevention is better than a qintar of treatment," he said.', 'A dirham of prevention is better than a qintar of treatment → Prevention is better than cure'],
  ['epithet-calque', 'ar', 'A similar campaign in the Land of a Million Martyrs cut cases by 80 per cent.', 'the Land of a Million Martyrs → Algeria'],
  ['untranslated', 'nl', 'Most of them are students and commuters die travel to the city.', 'die → who'],
  ['epithet-calque', 'nl', 'Commuters travel to the Light City every morning.', 'the Light City → Eindhoven'],
  ['literal-idiom', 'nl', '"The province has put the horse behind the cart," she said.', 'put the horse behind the cart → put the cart before the horse'],
  ['title-garble', 'nl', 'Provincial deputy for mobility Joost van Rijn defended the plan.', 'Provincial deputy → provincial executive member'],
  ['title-garble', 'nl', 'The college of mayor and aldermen had asked for a delay.', 'The college of mayor and aldermen → the municipal executive'],
  ['literal-idiom', 'nl', 'The council had tried to spare the goat and the cabbage by moving two turbines.', 'spare the goat and the cabbage → keep both sides happy'],
  ['date-format', 'nl', 'The council will discuss a new coalition in week 47.', 'in week 47 → in the week of <dates>'],
  ['mt-boilerplate', 'nl', 'The council meets again in December.\n\nDeze tekst is automatisch vertaald.', 'Deze tekst is automatisch vertaald. → ∅'],
  ['mt-boilerplate', 'ar', 'Automatic translation from Arabic\n\nMeasles vaccination campaign targets 200,000 children', 'Automatic translation from Arabic → ∅'],
  ['untranslated', 'ru', 'FK Volna Zarechensk beat the league leaders.', 'FK → FC'],
  ['untranslated', 'ru', 'It was a record for the stadium im. Pavel Gromov.', 'im. → '],
  ['untranslated', 'ru', 'The building on ul. Sadovaya was built in the seventies.', 'ul. → Street (after the name)'],
  ['literal-idiom', 'ru', '"Moscow was not built at once," the coach told journalists.', 'Moscow was not built at once → Rome was not built in a day'],
  ['date-format', 'ru', 'The building was built in the 1970-s years.', '1970-s years → 1970s'],
  ['title-garble', 'ru', '"Much of it had to be redone," said artistic leader Vera Lanskaya.', 'artistic leader → artistic director'],
  ['number-format', 'ru', 'The theatre was visited by 18 tys. spectators last season.', '18 tys → 18 thousand'],
  ['epithet-calque', 'ru', 'Guest directors from the White-Stone will stage two productions.', 'the White-Stone → Moscow']
], [
  ['title-garble', 'vi', 'The Prime Minister of the Government of Vietnam spoke first.'],
  ['title-garble', 'ar', 'Counselor Ahmed Fathi of the embassy met the delegation.'],
  ['title-garble', 'ar', 'Fans of the Doctor Who series queued for hours.'],
  ['number-format', 'ar', 'She finished 3 in the hundred metres, behind two Kenyans.'],
  ['epithet-calque', 'vi', 'India, the country of a billion people, restricted exports.'],
  ['untranslated', 'nl', 'Each year thousands of workers die in accidents.'],
  ['epithet-calque', 'nl', 'The street lamps gave the town a light city glow.'],
  ['literal-idiom', 'nl', 'At the parade a farmer put the horse behind the cart to push it.'],
  ['date-format', 'nl', 'The striker scored in week 12 of the season.'],
  ['date-format', 'ru', 'The theatre opened in the 1970s.'],
  ['epithet-calque', 'ru', 'The builders used the white stone from the quarry.']
])

it('offers a numbered week and a calendar week as suggestions to complete, never as fixes', () => {
  expect(findingsOf('date-format', 'The council meets in week 47.', {sourceLang: 'nl'}).map((finding) => finding.fixable)).toEqual([false])
  expect(findingsOf('date-format', 'Results come in calendar week 38.', {sourceLang: 'de'}).map((finding) => finding.fixable)).toEqual([false])
})
