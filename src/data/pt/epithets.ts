import type {CalqueEntry} from '../types.js'

/**
 * Nicknames of countries and cities used by the Portuguese-language press
 * (Brazilian and Portuguese dailies, Agência Brasil, Lusa), as machine
 * translation renders them.
 */
export const epithets: readonly CalqueEntry[] = [
  {
    id: 'pt-terra-da-garoa',
    sourceLang: 'pt',
    source: 'a Terra da Garoa',
    kind: 'city',
    literals: {en: ['land of drizzle', 'land of the drizzle', 'drizzle land', 'terra da garoa', 'city of drizzle', 'land of garoa'], fr: ['la terre de la bruine', 'la terre du crachin']},
    expected: {en: ['São Paulo'], fr: ['São Paulo']},
    meaning: 'São Paulo',
    confidence: 'high'
  },
  {
    id: 'pt-capital-paulista',
    sourceLang: 'pt',
    source: 'a capital paulista',
    kind: 'city',
    literals: {en: ['paulista capital', 'capital of paulista', 'paulista capital city', 'sampa']},
    expected: {en: ['São Paulo']},
    meaning: 'the city of São Paulo',
    confidence: 'high'
  },
  {
    id: 'pt-capital-carioca',
    sourceLang: 'pt',
    source: 'a capital carioca / a capital fluminense',
    kind: 'city',
    literals: {en: ['carioca capital', 'capital of carioca', 'fluminense capital', 'capital of fluminense']},
    expected: {en: ['Rio de Janeiro']},
    meaning: 'the city of Rio de Janeiro',
    confidence: 'high'
  },
  {
    id: 'pt-capital-mineira',
    sourceLang: 'pt',
    source: 'a capital mineira',
    kind: 'city',
    literals: {en: ['mineira capital', 'capital of mineira', 'mining capital', 'miner capital'], fr: ['la capitale minière', 'la capitale mineira']},
    expected: {en: ['Belo Horizonte'], fr: ['Belo Horizonte']},
    meaning: 'Belo Horizonte (capital of Minas Gerais)',
    confidence: 'high',
    guard: {onlyNear: ['minas', 'gerais', 'belo', 'horizonte', 'mineiro', 'mineiros', 'brazil', 'brazilian', 'brésil'], window: 40}
  },
  {
    id: 'pt-capital-gaucha',
    sourceLang: 'pt',
    source: 'a capital gaúcha',
    kind: 'city',
    literals: {en: ['gaucho capital', 'gaúcha capital', 'gaucha capital', 'gaúcho capital', 'capital of the gauchos'], fr: ['la capitale gaúcha', 'la capitale gaucho']},
    expected: {en: ['Porto Alegre'], fr: ['Porto Alegre']},
    meaning: 'Porto Alegre (capital of Rio Grande do Sul)',
    confidence: 'high',
    guard: {unlessNear: ['argentina', 'argentine', 'uruguay', 'pampas']}
  },
  {
    id: 'pt-capital-baiana',
    sourceLang: 'pt',
    source: 'a capital baiana',
    kind: 'city',
    literals: {en: ['bahian capital', 'baiana capital', 'capital of bahia state', 'bahia capital']},
    expected: {en: ['Salvador']},
    meaning: 'Salvador (capital of Bahia)',
    confidence: 'high'
  },
  {
    id: 'pt-cidade-maravilhosa',
    sourceLang: 'pt',
    source: 'a Cidade Maravilhosa',
    kind: 'city',
    literals: {en: ['marvelous city', 'marvellous city', 'wonderful city', 'cidade maravilhosa', 'wonder city'], fr: ['la ville merveilleuse']},
    expected: {en: ['Rio de Janeiro', 'Rio'], fr: ['Rio de Janeiro']},
    meaning: 'Rio de Janeiro',
    confidence: 'low',
    // The city is often named once, paragraphs before the epithet stands in for it.
    guard: {onlyNear: ['rio', "rio's", 'janeiro', 'carioca', 'cariocas', 'copacabana', 'ipanema', 'guanabara', 'brazil', 'brazilian'], window: 300}
  },
  {
    id: 'pt-velho-continente',
    sourceLang: 'pt',
    source: 'o Velho Continente',
    kind: 'region',
    literals: {en: ['old continent', 'velho continente']},
    expected: {en: ['Europe']},
    meaning: 'Europe',
    confidence: 'low',
    guard: {unlessNear: ['africa', 'african', 'gondwana', 'geologists', 'geological', 'tectonic']}
  },
  {
    id: 'pt-pais-do-futebol',
    sourceLang: 'pt',
    source: 'o país do futebol',
    kind: 'country',
    literals: {en: ['country of football', 'country of soccer', 'land of football', 'land of soccer', 'football country', 'soccer country', 'country of futebol']},
    expected: {en: ['Brazil']},
    meaning: 'Brazil',
    confidence: 'low',
    guard: {onlyNear: ['brazil', "brazil's", 'brazilian', 'brazilians', 'seleção', 'cbf', 'lula', 'brésil'], window: 40}
  },
  {
    id: 'pt-terra-do-tio-sam',
    sourceLang: 'pt',
    source: 'a terra do Tio Sam',
    kind: 'country',
    literals: {en: ['land of uncle sam', 'country of uncle sam', "uncle sam's land", "uncle sam's country", 'land of the uncle sam', 'land of tio sam']},
    expected: {en: ['the United States']},
    meaning: 'the United States',
    confidence: 'high'
  },
  {
    id: 'pt-terrinha',
    sourceLang: 'pt',
    source: 'a terrinha',
    kind: 'country',
    literals: {en: ['the little land', 'little land', 'terrinha', 'the little earth', 'little homeland'], fr: ['la petite terre']},
    expected: {en: ['Portugal'], fr: ['le Portugal']},
    meaning: 'Portugal (in Brazilian and emigrant usage)',
    confidence: 'high',
    guard: {onlyNear: ['portugal', 'portuguese', 'lisbon', 'lisboa', 'porto', 'emigrants', 'immigrants', 'portugais'], window: 40}
  },
  {
    id: 'pt-cidade-invicta',
    sourceLang: 'pt',
    source: 'a Cidade Invicta',
    kind: 'city',
    literals: {en: ['undefeated city', 'invincible city', 'cidade invicta'], fr: ['la ville invaincue', 'la cité invaincue']},
    expected: {en: ['Porto'], fr: ['Porto']},
    meaning: 'Porto',
    confidence: 'high',
    guard: {onlyNear: ['porto', "porto's", 'oporto', 'portugal', 'portuguese', 'douro', 'fc'], window: 40}
  },
  {
    id: 'pt-pais-do-sol-nascente',
    sourceLang: 'pt',
    source: 'o país do sol nascente',
    kind: 'country',
    literals: {en: ['country of the rising sun', 'land of the rising sun']},
    expected: {en: ['Japan']},
    meaning: 'Japan',
    confidence: 'low'
  },
  {
    id: 'pt-capital-lusitana',
    sourceLang: 'pt',
    source: 'a capital lusitana',
    kind: 'city',
    literals: {en: ['lusitanian capital', 'lusitan capital', 'capital of lusitania']},
    expected: {en: ['Lisbon']},
    meaning: 'Lisbon',
    confidence: 'high'
  },
  {
    id: 'pt-planalto',
    sourceLang: 'pt',
    source: 'o Planalto / o Palácio do Planalto',
    kind: 'organisation',
    literals: {en: ['the plateau', 'plateau palace', 'palace of the plateau', 'the planalto', 'planalto palace']},
    expected: {en: ['the presidency', 'the president\'s office']},
    meaning: 'the Brazilian presidency (metonym)',
    confidence: 'low',
    guard: {onlyNear: ['lula', 'bolsonaro', 'president', 'presidency', 'brasília', 'brasilia', 'government', 'minister', 'brazil', 'brazilian', 'congress'], unlessNear: ['tibetan', 'altitude', 'mountain', 'mountains', 'hike', 'plain', 'plains', 'geology', 'metres', 'meters', 'feet', 'rainfall'], window: 25}
  },
  {
    id: 'pt-itamaraty',
    sourceLang: 'pt',
    source: 'o Itamaraty',
    kind: 'organisation',
    literals: {en: ['itamaraty', 'the itamaraty palace']},
    expected: {en: ['the foreign ministry']},
    meaning: 'the Brazilian foreign ministry (metonym)',
    confidence: 'low',
    guard: {unlessNear: ['architecture', 'architect', 'niemeyer', 'palace', 'gardens']}
  },
  {
    id: 'pt-capital-pernambucana',
    sourceLang: 'pt',
    source: 'a capital pernambucana',
    kind: 'city',
    literals: {en: ['pernambucan capital', 'pernambucana capital', 'pernambuco capital']},
    expected: {en: ['Recife']},
    meaning: 'Recife',
    confidence: 'high'
  },
  {
    id: 'pt-capital-cearense',
    sourceLang: 'pt',
    source: 'a capital cearense',
    kind: 'city',
    literals: {en: ['cearense capital', 'ceará capital', 'cearan capital']},
    expected: {en: ['Fortaleza']},
    meaning: 'Fortaleza',
    confidence: 'high'
  },
  {
    id: 'pt-capital-paraense',
    sourceLang: 'pt',
    source: 'a capital paraense',
    kind: 'city',
    literals: {en: ['paraense capital', 'pará capital', 'paran capital']},
    expected: {en: ['Belém']},
    meaning: 'Belém',
    confidence: 'high'
  },
  {
    id: 'pt-capital-paranaense',
    sourceLang: 'pt',
    source: 'a capital paranaense',
    kind: 'city',
    literals: {en: ['paranaense capital', 'paraná capital', 'paranan capital']},
    expected: {en: ['Curitiba']},
    meaning: 'Curitiba',
    confidence: 'high'
  },
  {
    id: 'pt-capital-catarinense',
    sourceLang: 'pt',
    source: 'a capital catarinense',
    kind: 'city',
    literals: {en: ['catarinense capital', 'santa catarina capital', 'catarinan capital']},
    expected: {en: ['Florianópolis']},
    meaning: 'Florianópolis',
    confidence: 'high'
  },
  {
    id: 'pt-capital-amazonense',
    sourceLang: 'pt',
    source: 'a capital amazonense',
    kind: 'city',
    literals: {en: ['amazonense capital', 'amazonian capital', 'amazonas capital']},
    expected: {en: ['Manaus']},
    meaning: 'Manaus',
    confidence: 'low',
    guard: {unlessNear: ['peru', 'iquitos', 'colombia', 'leticia']}
  },
  {
    id: 'pt-capital-potiguar',
    sourceLang: 'pt',
    source: 'a capital potiguar',
    kind: 'city',
    literals: {en: ['potiguar capital', 'potiguara capital']},
    expected: {en: ['Natal']},
    meaning: 'Natal',
    confidence: 'high'
  },
  {
    id: 'pt-terra-de-camoes',
    sourceLang: 'pt',
    source: 'a terra de Camões / a pátria de Camões',
    kind: 'country',
    literals: {en: ['land of camões', 'land of camoes', 'homeland of camões', 'homeland of camoes', 'country of camões', 'country of camoes']},
    expected: {en: ['Portugal']},
    meaning: 'Portugal',
    confidence: 'high'
  },
  {
    id: 'pt-planalto-capitalised',
    sourceLang: 'pt',
    source: 'o Planalto',
    kind: 'organisation',
    literals: {en: ['the plateau', 'the planalto', 'planalto palace', 'the plateau palace']},
    expected: {en: ['the presidential palace', 'the Brazilian presidency']},
    meaning: 'the Brazilian presidency (the Palácio do Planalto)',
    confidence: 'low',
    guard: {capitalised: true},
    note: 'Capitalised inside a sentence (`the Plateau promised`), the plateau is the palace, whatever words are near: `pt-planalto` needs the president nearby.'
  },
  {
    id: 'pt-invicta',
    sourceLang: 'pt',
    source: 'a Invicta',
    kind: 'city',
    literals: {en: ['the invicta', 'the unvanquished', 'the undefeated one', 'the invincible one']},
    expected: {en: ['Porto']},
    meaning: 'Porto',
    confidence: 'high',
    guard: {capitalised: true, onlyNear: ['porto', "porto's", 'oporto', 'douro', 'gaia', 'matosinhos'], window: 40}
  },
  {
    id: 'pt-velho-chico',
    sourceLang: 'pt',
    source: 'o Velho Chico',
    kind: 'region',
    literals: {en: ['old chico', 'the old chico', 'velho chico', 'old frank']},
    expected: {en: ['the São Francisco River']},
    meaning: 'the São Francisco River',
    confidence: 'high',
    note: 'Brazilian press calls the São Francisco River *o Velho Chico* (Old Chico, a pet form of Francisco).'
  },
  {
    id: 'pt-selecao-das-quinas',
    sourceLang: 'pt',
    source: "a Seleção das Quinas",
    kind: 'organisation',
    literals: {en: ["the selection of the quinas", "selection of the quinas", "the team of the quinas", "the quinas selection", "the national team of the quinas"]},
    expected: {en: ["the Portugal national team", "Portugal"]},
    meaning: "the Portugal national football team",
    confidence: 'high',
    note: "Portuguese press calls the national team *a Seleção das Quinas* (after the five shields, *quinas*, of the flag)."
  },
  {
    id: 'pt-cidade-invicta-capitalised',
    sourceLang: 'pt',
    source: "a Cidade Invicta",
    kind: 'city',
    literals: {en: ["unvanquished city", "invicta city", "unconquered city", "invincible city", "undefeated city"]},
    expected: {en: ["Porto"]},
    meaning: "Porto",
    confidence: 'high',
    guard: {capitalised: true},
    note: "Capitalised mid-sentence (`the Unvanquished City`), *a Cidade Invicta* needs no nearby mention of Porto."
  },
  {
    id: 'pt-capital-comunitaria',
    sourceLang: 'pt',
    source: "a capital comunitária",
    kind: 'city',
    literals: {en: ["the community capital", "community capital"]},
    expected: {en: ["Brussels"]},
    meaning: "Brussels",
    confidence: 'low',
    guard: {unlessNear: ['investment', 'investments', 'social', 'fund', 'funds', 'loans', 'loan', 'bank', 'banks', 'raise', 'raised']},
    note: "Portuguese press calls Brussels *a capital comunitária* (the capital of the European Community)."
  },
  {
    id: 'pt-o-leao',
    sourceLang: 'pt',
    source: "o Leão",
    kind: 'organisation',
    literals: {en: ["the lion"]},
    expected: {en: ["the Federal Revenue", "the tax authority"]},
    meaning: "the Brazilian Federal Revenue (its nickname)",
    confidence: 'low',
    guard: {capitalised: true, onlyNear: ['tax', 'taxes', 'revenue', 'fraud', 'evasion', 'income', 'declaration', 'refund', 'losses', 'treasury', 'fiscal'], window: 15},
    note: "Brazilian press calls the Federal Revenue *o Leão* (the Lion), after its tax-return campaign mascot."
  },
  {
    id: 'pt-cidade-maravilhosa-capitalised',
    sourceLang: 'pt',
    source: "a Cidade Maravilhosa",
    kind: 'city',
    literals: {en: ["marvelous city", "marvellous city"]},
    expected: {en: ["Rio de Janeiro", "Rio"]},
    meaning: "Rio de Janeiro; capitalised mid-sentence it needs no nearby mention of Rio",
    confidence: 'low',
    guard: {capitalised: true}
  },
  {
    id: 'pt-invicta-capitalised',
    sourceLang: 'pt',
    source: "a Invicta",
    kind: 'city',
    literals: {en: ["the invicta"]},
    expected: {en: ["Porto"]},
    meaning: "Porto; capitalised, in MT from Portuguese, it needs no nearby mention of the city",
    confidence: 'low',
    guard: {capitalised: true}
  }
]
