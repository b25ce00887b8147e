import {describe, expect, it} from 'vitest'
import {findingsOf, flagged} from './helpers.js'

describe('date-format', () => {
  it.each([
    ['The summit opened on Thursday (14/11) in Jakarta.', {sourceLang: 'id'}, ['Thursday (14/11) → Thursday, Nov. 14']],
    ['It ended Monday (3/6/2024).', {}, ['Monday (3/6/2024) → Monday, June 3, 2024']],
    ['The meeting starts at 10.30 WIB.', {sourceLang: 'id'}, ['10.30 WIB → 10:30 a.m. WIB']],
    ['Flights resume at 19.00 WITA.', {}, ['19.00 WITA → 7 p.m. WITA']],
    ['The vote is on 14.11.2024, officials said.', {sourceLang: 'de'}, ['14.11.2024 → Nov. 14, 2024']],
    ['The vote is on 14/11/2024, officials said.', {}, ['14/11/2024 → Nov. 14, 2024']],
    ['The vote is on 05/11/2024, officials said.', {sourceLang: 'id'}, ['05/11/2024 → Nov. 5, 2024']],
    ['The talks begin at 10 Uhr in Berlin.', {sourceLang: 'de'}, ['10 Uhr → 10 a.m.']],
    ['The strike starts at 14h30 in Paris.', {sourceLang: 'fr'}, ['14h30 → 2:30 p.m.']],
    ['He arrived at 12.00 WIB.', {}, ['12.00 WIB → noon WIB']],
    ['Police came around 21.15 last night.', {sourceLang: 'id'}, ['21.15 → 9:15 p.m.']]
  ] as const)('flags %j', (text, options, expected) => {
    expect(flagged('date-format', text, options)).toEqual(expected)
  })

  it.each([
    'The summit opened on Thursday, Nov. 14, in Jakarta.',
    'The meeting starts at 10:30 a.m. local time.',
    'The vote is on 05/11/2024, officials said.',
    'The ratio was 3/4 and the score 14/11 after extra time.',
    'He ran 10.30 seconds in the final.',
    'Version 14.11.2 was released.'
  ])('accepts %j', (text) => {
    expect(flagged('date-format', text)).toEqual([])
  })

  it.each([
    'A baguette costs about 1.10 euros.',
    'Pork fell to 1.85 euros per kilo, down from 2.05 euros in September.',
    'Unemployment rose by about 0.30 percent.',
    'Exports grew to 8.20 million tonnes.'
  ])('accepts an amount after a time preposition with a known source: %j', (text) => {
    expect(flagged('date-format', text, {sourceLang: 'fr'})).toEqual([])
    // …while a clock time in the same place is still a dotted time.
    expect(flagged('date-format', 'The council met at 10.30 on Monday.', {sourceLang: 'fr'})).toEqual(['10.30 → 10:30 a.m.'])
    expect(flagged('date-format', 'The train leaves at 06.00 hours.', {sourceLang: 'es'})).not.toEqual([])
    expect(flagged('date-format', 'Water is cut between 23.00 and 7.00 hours.', {sourceLang: 'es'})).toEqual(['23.00 → 11 p.m.', '7.00 hours → 7 a.m.'])
  })
})

describe('date-format: German ordinal days', () => {
  it('flags `14. November 2024`', () => {
    expect(flagged('date-format', 'The vote is on 14. November 2024 in Berlin.', {sourceLang: 'de'})).toEqual(['14. November 2024 → Nov. 14, 2024'])
  })
  it('accepts `14 November 2024` and a sentence ending in a number', () => {
    expect(flagged('date-format', 'The vote is on 14 November 2024. November was cold, and he was 14. November came.')).toEqual([])
  })
})

describe('date-format: more source notations', () => {
  it('flags dotted day-month without a year when the source writes dates with points', () => {
    expect(flagged('date-format', 'The market opens on 27.11. in the old town.', {sourceLang: 'de'})).toEqual(['27.11. → Nov. 27'])
    expect(flagged('date-format', 'The market opens on 27.11. in the old town.', {sourceLang: 'fr'})).toEqual([])
    expect(flagged('date-format', 'Version 2.1. Then it crashed.', {sourceLang: 'de'})).toEqual([])
  })
  it('flags French hours without minutes and clock times followed by h', () => {
    expect(flagged('date-format', 'The strike starts at 14h on Monday.', {sourceLang: 'fr'})).toEqual(['14h → 2 p.m.'])
    expect(flagged('date-format', 'The museum stays open until 22:00 h on Fridays.', {sourceLang: 'es'})).toEqual(['22:00 h → 10 p.m.'])
    expect(flagged('date-format', 'The service runs 24h a day, with 4h shifts.', {sourceLang: 'fr'})).toEqual([])
  })
})

describe('date-format: the day before the month with `of` or an article', () => {
  it.each([
    ['es', 'The works will end the 15 of April of 2026.', 'the 15 of April of 2026 → April 15, 2026'],
    ['es', 'The vote is on 3 of May.', '3 of May → May 3'],
    ['fr', 'The meeting of the 15 April was cancelled.', 'the 15 April → April 15'],
    ['de', 'The hearing is set for the 14.3. in Munich.', '14.3. → March 14']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('date-format', text, {sourceLang})).toEqual([expected])
  })
  it.each(['The meeting on 15 April was cancelled.', 'He scored 2 of the 15 goals in April.', 'In the 1990s, 4 of May voters stayed home.'])('accepts %j', (text) => {
    expect(flagged('date-format', text)).toEqual([])
  })
})

describe('date-format: weekdays and French ordinals in source date order', () => {
  it.each([
    ['fr', 'The hearing is on the Tuesday 4 March at the court.', 'the Tuesday 4 March → Tuesday, March 4'],
    ['fr', 'The contracts take effect from 1er December, and more.', '1er December → Dec. 1'],
    ['de', 'The market stays open until Wednesday, 27.11., if the weather allows.', '27.11. → Nov. 27']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('date-format', text, {sourceLang})).toEqual([expected])
  })
  it('accepts the British weekday–day–month order', () => {
    expect(flagged('date-format', 'The hearing is on Tuesday 4 March at the court.', {sourceLang: 'fr'})).toEqual([])
  })
})

describe('date-format: a weekday with the day and no month, and the French hour before a full stop', () => {
  it('flags them', () => {
    expect(flagged('date-format', 'Representatives met last Tuesday 21 in the port.', {sourceLang: 'es'})).toEqual(['Tuesday 21 → Tuesday'])
    expect(flagged('date-format', 'The doors open on Saturday at 10 h. The building is old.', {sourceLang: 'fr'})).toEqual(['10 h → 10 a.m.'])
  })
  it('leaves a count after a weekday alone', () => {
    expect(flagged('date-format', 'Last Tuesday 21 people died.', {sourceLang: 'es'})).toEqual([])
  })
})

describe('date-format: suggestions with a placeholder', () => {
  it('offers `<month> 14` as advice, never as a fix to apply', () => {
    const [finding] = findingsOf('date-format', 'The fair opens on this month 14th.', {sourceLang: 'zh'})
    expect(finding?.expected[0]).toBe('<month> 14')
    expect(finding?.fixable).toBe(false)
  })
  it('keeps a complete suggestion fixable', () => {
    const [finding] = findingsOf('date-format', 'The railway opened on 12月26日.', {sourceLang: 'zh'})
    expect(finding?.expected[0]).toBe('December 26')
    expect(finding?.fixable).toBe(true)
  })
})
