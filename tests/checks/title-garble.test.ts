import {describe, expect, it} from 'vitest'
import {flagged} from './helpers.js'

describe('title-garble', () => {
  it.each([
    ['MP Park Sun-won of the Democratic Party\'s main opposition told reporters.', {}, ["the Democratic Party's main opposition → the main opposition Democratic Party"]],
    ['Mr. President Joko Widodo opened the plant.', {}, ['Mr. President → President']],
    ['Head of State Prabowo Subianto arrived.', {}, ['Head of State → President']],
    ['Minister of Foreign Affairs Retno Marsudi said so.', {sourceLang: 'id'}, ['Minister of Foreign Affairs → Foreign Minister']]
  ] as const)('flags %j', (text, options, expected) => {
    expect(flagged('title-garble', text, options)).toEqual(expected)
  })

  it.each([
    'Park Sun-won, a lawmaker of the main opposition Democratic Party, told reporters.',
    'President Joko Widodo opened the plant, and Mr. Widodo then left.',
    'The head of state arrived late.',
    'The Minister of Foreign Affairs said so.'
  ])('accepts %j', (text) => {
    expect(flagged('title-garble', text)).toEqual([])
  })
})

describe('title-garble: calqued official titles', () => {
  it.each([
    ['Federal Chancellor Olaf Scholz spoke.', 'Federal Chancellor → Chancellor'],
    ['The President of the Government Pedro Sánchez spoke.', 'The President of the Government → Prime Minister'],
    ['President of the Republic Emmanuel Macron spoke.', 'President of the Republic → President']
  ])('flags %j', (text, expected) => {
    expect(flagged('title-garble', text)).toEqual([expected])
  })
  it('accepts the titles without a name after them', () => {
    expect(flagged('title-garble', 'He met the federal chancellor and the President of the Republic.')).toEqual([])
  })
})

describe('title-garble: source-specific word order', () => {
  it('flags Chinese surname–title order and French “general director”', () => {
    expect(flagged('title-garble', 'Wang Bureau Chief said the rink opens Friday.', {sourceLang: 'zh'})).toEqual(['Wang Bureau Chief → Bureau Chief Wang'])
    expect(flagged('title-garble', 'The general director of the group spoke.', {sourceLang: 'fr'})).toEqual(['general director → chief executive'])
    expect(flagged('title-garble', 'The titular of the Secretariat of Economy spoke.', {sourceLang: 'es'})).toEqual(['The titular of → the head of'])
  })
  it('leaves them alone where the source does not explain them', () => {
    expect(flagged('title-garble', 'The general director of the group spoke.', {sourceLang: 'de'})).toEqual([])
    expect(flagged('title-garble', 'Said M. Rossi, quoting Mr. Li Director.', {sourceLang: 'de'})).toEqual([])
  })
})

describe('date-format: more source notations', () => {
  it('flags a bare day/month after a preposition and “hours” clock times', () => {
    expect(flagged('date-format', 'A new meeting is scheduled for 28/11 in Metz.', {sourceLang: 'fr'})).toEqual(['28/11 → Nov. 28'])
    expect(flagged('date-format', 'They met at 10:00 hours in Monterrey.', {sourceLang: 'es'})).toEqual(['10:00 hours → 10 a.m.'])
    expect(flagged('date-format', 'The ratio moved from 3/4 to 1/2.')).toEqual([])
  })
})

describe('number-format: Chinese scales', () => {
  it('converts hundred million and ten thousand', () => {
    expect(flagged('number-format', 'Revenue reached 1,692 hundred million yuan.', {sourceLang: 'zh'})).toEqual(['1,692 hundred million → 169.2 billion'])
    expect(flagged('number-format', 'It drew 3 ten thousand visitors.', {sourceLang: 'zh'})).toEqual(['3 ten thousand → 30,000'])
  })
})

describe('title-garble: more calqued titles', () => {
  it.each([
    ['The Main Director of the company resigned.', {sourceLang: 'id'}, ['The Main Director → the chief executive']],
    ['Upper Mayor Dirk Hilbert opened the bridge.', {sourceLang: 'de'}, ['Upper Mayor → the Mayor']],
    ['The graduate Ernesto Díaz signed the deal.', {sourceLang: 'es'}, ['The graduate → ∅']],
    ['The Counselor of Health announced the plan.', {sourceLang: 'es'}, ['The Counselor of → the regional minister of']],
    ['The project is led by Ir. Hendra Wijaya, M.T., of the ministry.', {sourceLang: 'id'}, ['Ir. → ∅', ', M.T. → ∅']]
  ] as const)('flags %j', (text, options, expected) => {
    expect(flagged('title-garble', text, options)).toEqual(expected)
  })
  it.each([
    'A graduate student presented the results.',
    'The camp counselor of the year award went to Sam.',
    'The main director of photography was praised.'
  ])('accepts %j', (text) => {
    expect(flagged('title-garble', text, {sourceLang: 'es'})).toEqual([])
  })
})

describe('title-garble: French and Spanish office titles', () => {
  it.each([
    ['The Minister Delegate in charge of Transport visited the port.', 'The Minister Delegate in charge of → the junior minister for'],
    ['Marie Dupont, the assistant to Culture, opened the festival.', 'the assistant to → the deputy mayor for'],
    ['The magistrate speaker wrote that the fees were abusive.', 'The magistrate speaker → the judge who wrote the ruling'],
    ['The delegate councilor for Mobility presented the plan.', 'The delegate councilor → the city councillor responsible']
  ])('flags %j', (text, expected) => {
    expect(flagged('title-garble', text)).toEqual([expected])
  })
  it.each(['She was an assistant to the President for ten years.', 'He is deputy to Prime Minister Bayrou.', 'The Speaker of the House spoke.'])('accepts %j', (text) => {
    expect(flagged('title-garble', text)).toEqual([])
  })
})

describe('title-garble: calqued offices of the four source languages', () => {
  it.each([
    ['Leading Senior Public Prosecutor Anna Berg confirmed the arrests.', 'de', ['Leading Senior Public Prosecutor → the chief prosecutor']],
    ['The Upper Public Prosecutor declined to comment.', 'de', ['The Upper Public Prosecutor → the chief prosecutor']],
    ['The Keeper of the Seals presented the bill.', 'fr', ['The Keeper of the Seals → the Justice Minister']],
    ['The Minister of the Armies visited Toulon.', 'fr', ['The Minister of the Armies → the Armed Forces Minister']],
    ['The Head of the Resort Police, Adj. Comr. Budi, said so.', 'id', ['The Head of the Resort Police → the district police chief']],
    ['The President of the Community of Madrid announced the plan.', 'es', ['The President of the Community of Madrid → the regional president']],
    ['The president of the Junta of Andalusia met farmers.', 'es', ['The president of the Junta of Andalusia → the regional president']],
    ['According to the doctor Marta Estrada, the samples are new.', 'es', ['the doctor → Dr.']],
    ['President President Macron spoke first.', 'fr', ['President President → President']],
    ['They wrote to Mister the Prefect of Haute-Garonne.', 'fr', ['Mister the → the']],
    ['Philippe Marchand, the President-Director General of the group, spoke.', 'fr', ['the President-Director General → the chairman and chief executive']],
    ['"It is too much," the first lieutenant of mayor said.', 'es', ['first lieutenant of mayor → deputy mayor']],
    ['President of the Government of Spain Pedro Sánchez spoke.', 'es', ['President of the Government of Spain → Prime Minister']],
    ['The Head of the Central Sulawesi Regional Police Chief said so.', 'id', ['The Head of the Central Sulawesi Regional Police Chief → the regional police chief']],
    ['The hospital Director Main Budi Santoso resigned.', 'id', ['Director Main → the chief executive']],
    ['The Minister of the Superior Teaching visited Toulouse.', 'fr', ['The Minister of the Superior Teaching → the Higher Education Minister']],
    ['According to the boss major of the guild, catches fell.', 'es', ['the boss major → the head']],
    ['The Land Councillor of the district opened the harvest.', 'de', ['The Land Councillor → the district administrator']]
  ] as const)('flags %j', (text, sourceLang, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual(expected)
  })

  it.each([
    ['The chief prosecutor Anna Berg confirmed the arrests.', 'de'],
    ['The engineer Juan Pérez designed the bridge.', 'es'],
    ['She saw the doctor on Monday.', 'es'],
    ['According to the doctor Marta Estrada, the samples are new.', 'de'],
    ['The President of the European Commission spoke in Madrid.', 'es'],
    ['The Prefect of Haute-Garonne met Mister Dupont.', 'fr'],
    ['A lieutenant of the mayor’s guard stood by.', 'es'],
    ['The Madrid regional president announced the plan.', 'es']
  ] as const)('passes %j', (text, sourceLang) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([])
  })
})

describe('title-garble: more offices and courtesy titles', () => {
  it.each([
    ['The decision was announced by the Counselor of the Sea on Monday.', undefined, 'the Counselor of the Sea → the regional minister for'],
    ['The First Vice President of the Government spoke in Madrid.', undefined, 'The First Vice President of the Government → the deputy prime minister'],
    ['The Defender of the People opened an inquiry.', undefined, 'The Defender of the People → the ombudsman'],
    ['The Fiscal General of the State resigned.', undefined, 'The Fiscal General of the State → the Attorney General'],
    ['The President of the Municipal Chamber of Porto spoke.', undefined, 'The President of the Municipal Chamber → the mayor'],
    ['The assessor for mobility announced new tram lines.', undefined, 'The assessor for mobility → the councillor for'],
    ['The Police President of Munich spoke.', undefined, 'The Police President → the police chief'],
    ['said Yohanes Sae, Chief Officer of Post Observation Mount Lewotobi.', undefined, 'Post Observation → observation post'],
    ['Pj Governor Ahmad Yani opened the market.', undefined, 'Pj → Acting'],
    ['The Councillor of Health resigned.', undefined, 'The Councillor of Health → the regional minister for']
  ] as const)('flags %j', (text, sourceLang, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })

  it('flags Maître rendered as Master only for French sources', () => {
    expect(flagged('title-garble', '“It is a victory,” said Master Hélène Vasseur, her lawyer.', {sourceLang: 'fr'})).toEqual(['Master → ∅'])
    expect(flagged('title-garble', '“It is a victory,” said Master Hélène Vasseur, her lawyer.', {sourceLang: 'es'})).toEqual([])
    expect(flagged('title-garble', 'He drew up a master plan with Jean Dupont.', {sourceLang: 'fr'})).toEqual([])
  })

  it.each([
    'The counsellor of the embassy met reporters.',
    'The tax assessor for the county raised the rate.',
    'The Vice President of the United States arrived.',
    'The Free State of Bavaria pays the bill.',
    'Police said the post office was closed.',
    'The regent of Morowali said the regency was ready.',
    'The Councillor of Ward 3 spoke.'
  ])('accepts %j', (text) => {
    expect(flagged('title-garble', text, {sourceLang: 'es'})).toEqual([])
  })
})

describe('title-garble: titles recognised by their shape', () => {
  it.each([
    ['fr', 'Madam the Minister did not reply.', 'Madam the → the'],
    ['de', 'The Upper Forester Klaus Brand said the trees were dying.', 'The Upper Forester → the chief forester'],
    ['id', 'The Main Editor of the newspaper resigned.', 'The Main Editor → the chief editor'],
    ['id', 'Commissioner Main Budi Santoso denied it.', 'Commissioner Main → chief commissioner'],
    ['id', 'Head of the Bandung City Fire Chief Ade Saputra said.', 'Head of the Bandung City Fire Chief → the Bandung City Fire chief'],
    ['es', 'The councillor of Urbanism, Marta Gil, said.', 'The councillor of → the councillor for'],
    ['es', 'The Secretary of State of Energy visited.', 'The Secretary of State of → the Secretary of State for'],
    ['fr', 'The Minister of the Economy and Finances spoke.', 'Minister of the Economy and Finances → Finance Minister'],
    ['es', 'The responsible of the project, Ana Ruiz, said.', 'The responsible → the head'],
    ['fr', 'The director of cabinet of the mayor resigned.', 'The director of cabinet → the chief of staff'],
    ['fr', 'The first adjunct of the mayor, Paul Roux, said.', 'The first adjunct of the mayor → the deputy mayor'],
    ['es', 'The mayoress, Rosa Martín, said.', 'The mayoress → the mayor'],
    ['fr', 'The deputy Marie Dupont asked a question.', 'The deputy → MP'],
    ['it', 'The honorable Marco Bianchi voted.', 'The honorable → MP'],
    ['de', 'The business leader of the club, Jan Vogt, said.', 'The business leader → the managing director'],
    ['id', 'Minister Coordinator for Economic Affairs said.', 'Minister Coordinator → the Coordinating Minister'],
    ['id', 'The physician, dr. Siti Rahma, said.', 'dr. → Dr.']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })

  it.each([
    ['de', 'The Upper House voted on Tuesday.'],
    ['en', 'The Secretary of State of Texas certified the results.'],
    ['es', 'Those responsible for the attack fled.'],
    ['en', 'The Lord Mayor and the Lady Mayoress attended.'],
    ['fr', 'The Deputy Prime Minister Marie Dupont asked.'],
    ['en', 'Business leaders of the region met.'],
    ['es', 'Artur Mas said.'],
    ['en', 'He was the Head of the Army Chief of Staff office.'],
    ['de', 'The responsible of the project, Ana Ruiz, said.']
  ] as const)('%s: accepts %j', (sourceLang, text) => {
    expect(flagged('title-garble', text, sourceLang === 'en' ? {} : {sourceLang})).toEqual([])
  })

  it('reports a title once when a listed office and a shape both describe it', () => {
    expect(flagged('title-garble', 'Mister the Prefect spoke.', {sourceLang: 'fr'})).toEqual(['Mister the → the'])
  })
})

describe('title-garble: shapes found on blind sets 7 and attribution batch 5', () => {
  it.each([
    ['de', 'Mrs. State Minister did not comment.', 'Mrs. State Minister → the state minister'],
    ['de', 'Mr. Managing Director said so.', 'Mr. Managing Director → the managing director'],
    ['id', 'Mrs. Head of Service said.', 'Mrs. Head of Service → the head of service'],
    ['fr', 'Then the adjunct for culture, Anne Roy, spoke.', 'the adjunct for → the deputy mayor'],
    ['fr', 'He met the president-director general of the group.', 'the president-director general → the chairman and chief executive'],
    ['es', 'Then the magistrate-judge ruled.', 'magistrate-judge → judge'],
    ['ar', 'Then the counselor Nabil Al-Shami spoke.', 'the counselor → adviser'],
    ['ar', 'The Minister of the Youth and the Sports said.', 'Minister of the Youth and the Sports → Minister of Youth and Sports'],
    ['id', 'Chief of Police Resort Lengkong said.', 'Chief of Police Resort → the district police chief']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })
  it.each([
    ['en', 'Mr. Dean said the budget was fine.'],
    ['de', 'Said M. Rossi, quoting Mr. Li Director.'],
    ['en', 'The Minister of the Interior said.']
  ] as const)('%s: accepts %j', (sourceLang, text) => {
    expect(flagged('title-garble', text, sourceLang === 'en' ? {} : {sourceLang})).toEqual([])
  })
})

describe('title-garble: an honorific before a title and a name', () => {
  it.each([
    ['id', 'Mrs. Principal Maria Ndun said attendance fell.', 'Mrs. → ∅'],
    ['de', 'Mr. Race Director Thomas Keller defended it.', 'Mr. → ∅']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })
  it('accepts a first name that is also a title word', () => {
    expect(flagged('title-garble', 'Mr. Dean Smith said so.')).toEqual([])
  })
})

describe('title-garble: offices found on attribution batch 6', () => {
  it.each([
    ['de', 'The Country Councillor met the staff.', 'The Country Councillor → the district administrator'],
    ['pt', 'The President of the Chamber of Vale de Sarzedo spoke.', 'The President of the Chamber of → the mayor'],
    ['id', 'Head of the Field of Sea Transportation Budi said.', 'Head of the Field of → the head of the division for']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })
  it('accepts the President of the Chamber of Commerce', () => {
    expect(flagged('title-garble', 'The President of the Chamber of Commerce spoke.', {sourceLang: 'pt'})).toEqual([])
  })
})

describe('Indonesian office titles left in place are untranslated words, not garbled titles', () => {
  it('reports `the Bupati of Morowali` under untranslated, with the English office', () => {
    expect(flagged('title-garble', 'The Bupati of Morowali said the regency was ready to mediate.', {sourceLang: 'id'})).toEqual([])
    expect(flagged('untranslated', 'The Bupati of Morowali said the regency was ready to mediate.', {sourceLang: 'id'})).toEqual(['Bupati → regent'])
    expect(flagged('untranslated', 'Lurah of Kampung Melayu Hendra Gunawan said so.', {sourceLang: 'id'})).toEqual(['Lurah → village head'])
  })
})

describe('title-garble: found on held-out set 8', () => {
  it.each([
    ['fr', 'Then the captain Julien Roux led the team.', 'the captain → Captain'],
    ['id', 'Mrs. Regent visited the farm.', 'Mrs. Regent → the regent'],
    ['de', 'Mrs. Building Mayor spoke.', 'Mrs. Building Mayor → the building mayor']
  ] as const)('%s: flags %j', (sourceLang, text, expected) => {
    expect(flagged('title-garble', text, {sourceLang})).toEqual([expected])
  })
})
