import type {SourceWordList} from '../types.js'

/** German words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'de',
  words: [
    // Reporting verbs and attribution.
    'sagte er', 'sagte sie', 'sagten sie', 'so ein sprecher', 'so eine sprecherin', 'sagte', 'sagten', 'sagt', 'erklärte', 'betonte', 'teilte',
    'mitteilte', 'hieß', 'heißt', 'laut', 'zufolge', 'demnach', 'berichtete', 'kündigte', 'warnte', 'fügte', 'hinzu',
    // Conjunctions, adverbs and particles.
    'jedoch', 'bereits', 'sowie', 'bzw.', 'bzw', 'u. a.', 'z. b.', 'd. h.', 'allerdings', 'gegenüber', 'außerdem', 'ausserdem', 'nämlich', 'zudem', 'darüber', 'dabei',
    'zwar', 'weiterhin', 'bisher', 'derzeit', 'künftig', 'damit', 'dass', 'daß', 'oder', 'und', 'aber', 'sondern', 'weil', 'wenn', 'obwohl',
    'nicht', 'noch', 'auch', 'schon', 'sehr', 'nur', 'immer', 'insgesamt', 'jeweils', 'beziehungsweise', 'inzwischen', 'mittlerweile',
    'ebenfalls', 'dennoch', 'trotzdem', 'deshalb', 'deswegen', 'daher', 'sowohl', 'weder', 'bislang', 'erneut', 'zunächst', 'zuletzt',
    'etwa', 'rund', 'knapp', 'gut', 'ungefähr', 'mehr als', 'z.b.', 'u.a.', 'd.h.', 'usw.', 'usw', 'ca.',
    // Prepositions and articles that are not English words.
    'für', 'über', 'nach', 'bei', 'beim', 'vom', 'zum', 'zur', 'aus', 'mit', 'gegen', 'ohne', 'zwischen', 'während', 'wegen', 'trotz',
    'seit', 'bis', 'unter', 'neben', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'der', 'das', 'dem', 'dieser', 'diese', 'dieses',
    // Pronouns and auxiliaries.
    'ich', 'wir', 'sie', 'uns', 'ihr', 'ihre', 'ihren', 'sein', 'seine', 'seinen', 'ist', 'sind', 'waren', 'wird', 'werden', 'wurde',
    'wurden', 'worden', 'haben', 'hatte', 'hatten', 'kann', 'können', 'muss', 'müssen', 'soll', 'sollen', 'sei', 'seien', 'wäre', 'würde',
    // Time words.
    'uhr', 'heute', 'gestern', 'morgen', 'jahr', 'jahren', 'prozent', 'millionen', 'milliarden'
  ],
  nouns: [
    // Match words of football reports: the final and the opening whistle.
    'abpfiff', 'anpfiff', 'schlusspfiff',
    // Farming and food industry.
    'aufstieg', 'abstieg', 'klassenerhalt', 'molkerei', 'molkereien', 'milchbauer', 'milchbauern', 'milchpreis', 'bauernverband',
    'kripo', 'kita', 'kitas', 'azubi', 'azubis', 'bürgergeld', 'kindergeld', 'elterngeld', 'wohngeld', 'kurzarbeit', 'kurzarbeitergeld',
    'mindestlohn', 'rente', 'renten', 'rentner', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat',
    'landrätin', 'ministerpräsident', 'ministerpräsidentin', 'staatsanwaltschaft', 'staatsanwalt', 'staatsanwältin', 'oberstaatsanwalt', 'polizei',
    'polizeisprecher', 'polizeisprecherin', 'feuerwehr', 'rettungsdienst', 'landgericht', 'amtsgericht', 'oberlandesgericht', 'gericht', 'urteil',
    'klage', 'anklage', 'verhandlung', 'haftbefehl', 'untersuchungshaft', 'bürgerinitiative', 'gemeinderat', 'stadtrat', 'kreistag', 'landkreis',
    'gemeinde', 'behörde', 'behörden', 'ordnungsamt', 'jugendamt', 'finanzamt', 'verkehrsverbund', 'nahverkehr', 'fahrgäste', 'fahrgast',
    'straßenbahn', 'bahnhof', 'hauptbahnhof', 'stau', 'baustelle', 'baustellen', 'umleitung', 'sperrung', 'unwetter', 'hochwasser', 'starkregen',
    'glätte', 'glatteis', 'hitzewelle', 'gewitter', 'sturmböen', 'pegel', 'pegelstand', 'deich', 'deiche', 'strompreis',
    'strompreise', 'stromkosten', 'nebenkosten', 'heizkosten', 'miete', 'mieten', 'mieter', 'vermieter', 'wohnung', 'wohnungen', 'sozialwohnungen',
    'mietpreisbremse', 'grundsteuer', 'steuer', 'steuern', 'haushalt', 'schuldenbremse', 'sondervermögen', 'gewerkschaft', 'streik', 'warnstreik',
    'tarifvertrag', 'betriebsrat', 'handwerk', 'einzelhandel', 'lärmschutz', 'nachtflugverbot', 'fluglärm', 
    'jobticket', 'semesterticket', 'tempolimit', 'führerschein', 'bußgeld', 'blitzer', 'schule', 'schüler', 'pflege',
    'pflegekräfte', 'krankenhaus', 'krankenkasse', 'ärzte', 'arzt', 'notaufnahme', 'verein', 'vereine', 'verband', 'bürger', 'einwohner', 'anwohner',
    'lokführer',
    // Added: administration, courts, health, farming, fishing, weather and transport.
    'spätfrost', 'frostschäden', 'hagel', 'hagelschaden', 'dürre', 'trockenheit', 'waldbrand', 'waldbrände', 'hitzewarnung', 'unwetterwarnung', 'sturmflut', 'überschwemmung', 'überschwemmungen', 'schneefall', 'regenfälle', 'ernte', 'weinlese', 'winzer', 'winzerin', 'landwirt', 'landwirte', 'landwirtin', 'bauern', 'bäuerin', 'viehhalter', 'milchbauern', 'schweinehalter', 'düngemittel', 'ackerland', 'fischerei', 'fangquote', 'kutter', 'hafenbehörde', 'staatskanzlei', 'landesregierung', 'bundesregierung', 'kreisverwaltung', 'stadtverwaltung', 'rathaus', 'bürgeramt', 'landratsamt', 'gesundheitsamt', 'arbeitsamt', 'jobcenter', 'ausländerbehörde', 'bauamt', 'kreisstadt', 'stadtwerke', 'verkehrsbetriebe', 'fahrplan', 'fahrpreis', 'fahrpreise', 'zugausfälle', 'verspätungen', 'stellwerk', 'regionalzug', 'nahverkehrszug', 'bahnsteig', 'gleis', 'gleise', 'autobahnpolizei', 'kontrolle', 'kontrollen', 'ermittlungen', 'ermittler', 'festnahme', 'beschuldigte', 'angeklagte', 'richterin', 'verteidiger', 'verteidigerin', 'geldstrafe', 'bewährung', 'freiheitsstrafe', 'schöffengericht', 'verwaltungsgericht', 'sozialgericht', 'arbeitsgericht', 'bundesgerichtshof', 'klinik', 'kliniken', 'klinikum', 'hausarzt', 'hausärzte', 'pflegeheim', 'pflegeheime', 'impfung', 'rettungswagen', 'notarzt', 'sanitäter', 'krankenpfleger', 'gemeinderäte', 'stadträte', 'ortschaft', 'ortsteil', 'ortsbeirat', 'kommune', 'kommunen', 'fördergelder', 'förderung', 'müllgebühren', 'abwasser', 'trinkwasser', 'kita-plätze', 'erzieher', 'erzieherinnen', 'lehrkräfte'
  ],
  acronyms: ['LKW', 'LKWs', 'PKW', 'PKWs', 'ÖPNV', 'KiTa', 'EZB', 'DWD'],
  compoundHeads: [
    'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'gelt', 'gelte', 'gelder', 'geld', 'ticket', 'tickets', 'pause',
    'quote', 'quoten', 'stimme', 'stimmen', 'wahl', 'wahlen', 'arzt', 'ärzte', 'praxis', 'praxen', 'kurs', 'kurse',
    'pausen', 'steuer', 'steuern', 'gebühr', 'gebühren', 'zulage', 'umlage', 'abgabe', 'abgaben', 'miete', 'mieten', 'preise', 'kosten', 'zuschuss',
    'zuschüsse', 'verbot', 'verbote', 'pflicht', 'gesetz', 'gesetze', 'behörde', 'behörden', 'verkehr', 'wende', 'krise', 'krisen', 'stelle',
    'stellen', 'anlage', 'anlagen', 'kräfte', 'arbeit', 'rente', 'renten', 'pflege', 'lohn', 'löhne', 'beitrag', 'beiträge',
    'wacht', 'wehr', 'spur', 'spuren', 'amt', 'ämter', 'hütte', 'hütten', 'achter', 'gerüst', 'kasse', 'kassen', 'kammer', 'kammern', 'gericht', 'verband', 'verbände', 'dienst', 'zentrale', 'halle', 'hallen', 'schule', 'schulen'
  ],
  terms: {oberbürgermeister: 'mayor', oberbürgermeisterin: 'mayor', bürgermeister: 'mayor', bürgermeisterin: 'mayor', pendler: 'commuters', gymnasium: 'grammar school', landkreis: 'district', kreis: 'district', schöffen: 'lay judges', schöffe: 'lay judge', schöffin: 'lay judge', landratsamt: 'district office', bezirkshauptmannschaft: 'district authority', landrat: 'district administrator', landrätin: 'district administrator', stadtwerke: 'municipal utility', aufsichtsrat: 'supervisory board', vorstand: 'executive board', kreißsaal: 'delivery room', förderverein: 'friends’ association', siebenmeter: 'seven-metre throw', kreisklinik: 'district hospital', klinikverbund: 'hospital group', wirtschaftsvereinigung: 'business association', gewerbegebiet: 'industrial estate', landesbetrieb: 'state agency'},
  honorifics: ['Herr', 'Herrn', 'Frau', 'Hr.', 'Fr.', 'Fräulein', 'Mag.', 'Mag.a', 'Ing.'],
  spared: [
    'kindergarten', 'angst', 'zeitgeist', 'bundestag', 'bundesrat', 'land', 'länder', 'autobahn', 'wanderlust', 'ersatz', 'kitsch', 'realpolitik',
    'schadenfreude', 'leitmotiv', 'leitmotif', 'doppelgänger', 'mittelstand', 'energiewende', 'bundesliga', 'bundeswehr', 'bundesbank', 'reich',
    'blitz', 'wunderkind', 'poltergeist', 'rucksack', 'kaputt', 'dax', 'ostpolitik', 'gemütlichkeit', 'weltanschauung', 'gestalt', 'glockenspiel',
    'lederhosen', 'dirndl', 'oktoberfest', 'pretzel', 'strudel', 'schnitzel', 'bratwurst', 'sauerkraut', 'kaiser', 'fest', 'uber', 'über', 'deutschlandticket', 'landtag', 'landtage', 'hartz', 'stasi', 'autobahnen'
  ]
}
