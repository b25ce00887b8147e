import type {SourceWordList} from '../types.js'

/** Italian words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'it',
  words: [
    // Reporting verbs and attribution.
    'ha detto', 'ha affermato', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato', 'ha precisato', 'ha ribadito', 'ha annunciato',
    'secondo lui', 'secondo lei', 'dichiarato', 'spiegato', 'aggiunto', 'sottolineato', 'affermato', 'ribadito', 'precisato', 'annunciato', 'detto',
    'spiega', 'aggiunge', 'sottolinea', 'afferma', 'dichiara', 'osserva', 'ricorda', 'commenta',
    // Conjunctions, adverbs and particles.
    'tuttavia', 'però', 'anche', 'già', 'inoltre', 'quindi', 'perché', 'perciò', 'pertanto', 'infatti', 'comunque', 'eppure', 'almeno', 'soltanto',
    'mentre', 'dopo', 'durante', 'ancora', 'sempre', 'molto', 'più', 'oltre', 'contro', 'senza', 'tra', 'fra', 'ieri', 'oggi',
    'domani', 'quando', 'cui', 'che', 'ciò', 'così', 'qui', 'lì',
    // Articles, prepositions, pronouns and auxiliaries that are not English words.
    "c'è", "l'ha", 'dalla', 'nel', 'nella', 'sul', 'sulla', 'alla', 'allo', 'agli', 'gli', 'questo',
    'questa', 'questi', 'queste', 'quello', 'quella', 'loro', 'noi', 'voi', 'lui', 'sono', 'stato', 'stata', 'stati', 'essere', 'avere', 'hanno',
    'aveva', 'erano', 'sarà', 'saranno', 'può', 'possono', 'deve', 'devono', 'anno', 'anni', 'milioni', 'miliardi'
  ],
  nouns: [
    'sindaco', 'sindaca', 'assessore', 'assessora', 'consiglio comunale', 'prefettura', 'procura', 'procuratore', 'magistrati', 'tribunale',
    'sentenza', 'indagati', 'indagato', 'indagine', 'arrestati', 'cittadini', 'lavoratori', 'sindacati', 'sciopero', 'scioperi', 'pensionati',
    'stipendi', 'stipendio', 'affitti', 'affitto', 'mutuo', 'mutui', 'tasse', 'imprese', 'aziende', 'maltempo', 'alluvione', 'frana', 'frane',
    'siccità', 'incendi', 'treni', 'autostrada', 'traghetti', 'vigili del fuoco', 'vigili', 'finanzieri', 'pendolari', 'cantiere', 'cantieri',
    // Added: administration, courts, health, farming, fishing, weather and transport.
    'giunta regionale', 'consiglio regionale', 'polizia locale', 'vigile urbano', 'pronto soccorso', 'ondata di calore', 'comuni', 'provincia', 'consigliere', 'consiglieri', 'municipio', 'questore', 'prefetto', 'procuratori', 'udienza', 'processo', 'imputato', 'imputati', 'condanna', 'condannato', 'multa', 'multe', 'ricorso', 'avvocato', 'avvocata', 'sanità', 'ospedale', 'ospedali', 'infermieri', 'ambulanza', 'ambulanze', 'farmacia', 'agricoltori', 'allevatori', 'raccolto', 'raccolti', 'vendemmia', 'grandine', 'grandinata', 'nubifragio', 'nubifragi', 'esondazione', 'pescatori', 'pesca', 'peschereccio', 'pescherecci', 'fermata', 'fermate', 'biglietto', 'biglietti', 'pendolare', 'binario', 'binari', 'ritardi', 'cancellazioni', 'autostrade', 'casello', 'caselli', 'pedaggio', 'pedaggi', 'abitanti', 'residenti', 'commercianti', 'disoccupazione', 'occupazione', 'bollette', 'bolletta'
  ],
  // *Asl* / *ASL* (azienda sanitaria locale): the local health authority.
  acronyms: ['PMI', 'ASL', 'Asl', 'AUSL', 'Ausl'],
  terms: {giunta: 'city executive', autorità: 'authority', comune: 'municipality', assessore: 'councillor', assessora: 'councillor', sindaco: 'mayor', sindaca: 'mayor', questura: 'police headquarters', prefettura: 'prefecture', procura: "prosecutor's office"},
  honorifics: ['Sig.', 'Sig.ra', 'Sig.na', 'Signor', 'Signora', 'Signorina', 'Dott.', 'Dott.ssa', 'Avv.', 'Ing.', 'Geom.', 'Rag.', 'Arch.', 'Prof.ssa', 'Dottor', 'Dottoressa', 'Onorevole'],
  spared: [
    'piazza', 'pizza', 'pasta', 'espresso', 'cappuccino', 'mafia', 'paparazzi', 'graffiti', 'opera', 'ciao', 'bravo', 'ghetto', 'fiasco', 'gelato',
    'prosciutto', 'risotto', 'carabinieri', 'questura', 'comune', 'regione', 'palazzo', 'duomo', 'trattoria', 'osteria', 'dolce', 'vita', 'fresco',
    'scudetto', 'serie', 'calcio', 'tifosi', 'ultras', 'stiletto', 'vendetta', 'omertà', 'ndrangheta', 'camorra', 'piano', 'forte', 'allegro'
  ]
}
