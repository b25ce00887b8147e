import type {SourceWordList} from '../types.js'

/** French words that machine translation leaves in English output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'fr',
  words: [
    // Occupations and schemes with no English word, left in French.
    'intermittents du spectacle', 'intermittent du spectacle', 'intermittents',
    // Reporting verbs and attribution (inverted forms first: they are the ones MT copies).
    'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il dit', 'a-t-elle dit', 'a-t-il ajouté', 'a-t-elle ajouté', 'a-t-il précisé', 'a-t-elle précisé',
    'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il souligné', 'a-t-elle souligné', 'a-t-il assuré', 'a-t-elle assuré', 'a-t-il estimé', 'a-t-elle estimé',
    'estime-t-il', 'estime-t-elle', 'explique-t-il', 'explique-t-elle', 'précise-t-il', 'précise-t-elle', 'ajoute-t-il', 'ajoute-t-elle',
    'a déclaré', 'a indiqué', 'a précisé', 'a souligné', 'a affirmé', 'a ajouté', 'a expliqué', 'a estimé', 'selon', 'selon lui', 'selon elle',
    'déclaré', 'précisé', 'souligné', 'affirmé', 'ajouté', 'expliqué', 'indiqué', 'estimé', 'rappelé', 'déclare', 'précise', 'souligne', 'affirme',
    'ajoute', 'explique', 'indique', 'estime', 'rappelle', 'poursuit', 'conclut', 'confie',
    // Conjunctions, adverbs and particles.
    'toutefois', 'cependant', 'néanmoins', 'pourtant', 'lors', 'lorsque', 'auprès', 'notamment', 'également', 'ainsi', 'alors', 'donc',
    'puis', 'désormais', 'afin', 'puisque', 'parce', 'pourquoi', 'toujours', 'jamais', 'beaucoup', 'très', 'environ', 'près', 'dès', 'depuis',
    'pendant', 'contre', 'vers', 'jusqu\'à', 'jusqu\'au', 'aujourd\'hui', 'hier', 'demain', 'où', 'dont', 'quoi', 'soit', 'voire', 'surtout',
    'c\'est', 'n\'est', 'qu\'il', 'qu\'elle', 'qu\'ils', 'd\'un', 'd\'une', 'l\'on', 's\'est', 'n\'a', 'il y a', 'd\'euros', 'd\'habitants',
    // Articles, pronouns and auxiliaries that are not English words.
    'les', 'aux', 'une', 'cette', 'ces', 'leur', 'leurs', 'nous', 'vous', 'ils', 'elles', 'qui', 'que', 'avec', 'dans', 'sur', 'sous',
    'était', 'étaient', 'été', 'être', 'avait', 'avaient', 'avoir', 'sont', 'sera', 'seront', 'peut', 'doit', 'faut', 'heures', 'milliards'
  ],
  nouns: [
    'rectorat', 'rectorats', 'recteur', 'rectrice',
    'mairie', 'mairies', 'maire', 'adjointe', 'élu', 'élus', 'élue', 'élues', 'conseil municipal', 'conseiller municipal', 'préfet',
    'intersyndicale', 'syndicat', 'syndicats', 'grève', 'grèves', 'gréviste', 'grévistes', 'manifestants', 'manif', 'retraite', 'retraites',
    'retraités', 'chômage', 'chômeurs', 'salariés', 'salarié', 'patronat', 'loyer', 'loyers', 'impôts', 'impôt', 'taxe', 'cotisations', 'smicards',
    'hôpital', 'hôpitaux', 'urgences', 'médecins', 'médecin', 'infirmiers', 'infirmières', 'soignants', 'pompiers', 'policiers', 'enquête',
    'enquêteurs', 'juge', 'procureur', 'avocat', 'avocats', 'tribunal correctionnel', 'mise en examen', 'canicule', 'orages', 'intempéries', 'crue',
    'crues', 'inondations', 'sécheresse', 'incendie', 'incendies', 'travaux', 'chantier', 'chantiers', 'péage', 'péages', 'autoroute', 'autoroutes',
    'covoiturage', 'trottinette', 'trottinettes', 'navette', 'navettes', 'gare', 'gares', 'cheminots', 'routiers', 'agriculteurs', 'éleveurs',
    'viticulteurs', 'commerçants', 'habitants', 'riverains', 'usagers', 'lycéens', 'collégiens', 'enseignants', 'bougies',
    'buvette', 'buvettes', 'guinguette', 'guinguettes', 'brocante', 'brocantes', 'vide-grenier', 'vide-greniers', 'kermesse', 'entreprises',
    'collectivités', 'collectivité', 'logement', 'logements', 'locataires', 'bailleurs', 'propriétaires', 'bénévoles',
    // Added: administration, courts, health, farming, fishing, weather and transport.
    'conseil départemental', 'conseil régional', 'conseillère municipale', 'communauté de communes', 'tribunal administratif', 'cour d\'appel', 'juge d\'instruction', 'garde à vue', 'pension de réversion', 'préfectures', 'sous-préfecture', 'intercommunalité', 'juges', 'procureure', 'prévenu', 'prévenus', 'condamnation', 'peine', 'amende', 'amendes', 'plaidoirie', 'avocate', 'greffe', 'réversion', 'veuve', 'veuves', 'allocataires', 'caf', 'sécu', 'pharmacie', 'pharmacies', 'pharmacien', 'généraliste', 'généralistes', 'kiné', 'urgentistes', 'aide-soignante', 'aides-soignants', 'maternité', 'maternités', 'agriculteur', 'éleveur', 'récolte', 'récoltes', 'moisson', 'moissons', 'vendanges', 'vigneron', 'vignerons', 'grêle', 'orage', 'inondation', 'pêcheur', 'pêcheurs', 'pêche', 'chalutier', 'chalutiers', 'criée', 'marée', 'marées', 'conchyliculteurs', 'ostréiculteurs', 'boulanger', 'boulangers', 'boulangerie', 'boulangeries', 'commerçant', 'rames', 'rame', 'covoitureurs', 'usager', 'cheminot', 'contrôleur', 'contrôleurs', 'horaires', 'lumignons'
  ],
  terms: {préfecture: 'prefecture', collège: 'secondary school', lycée: 'upper secondary school', 'sage-femme': 'midwife', 'sages-femmes': 'midwives', 'sage-femmes': 'midwives'},
  acronyms: ['CHU', 'CHR', 'CHRU', 'ARS', 'AOP', 'PAC', 'PME', 'PMI', 'TPE', 'EHPAD', 'Ehpad', 'CDI', 'CDD', 'SDIS', 'SMIC'],
  honorifics: ['M.', 'MM.', 'Mme', 'Mme.', 'Mmes', 'Mlle', 'Mlle.', 'Monsieur', 'Madame', 'Mademoiselle', 'Mgr', 'Pr'],
  spared: [
    'déjà vu', 'rendezvous', 'café', 'cliché', 'fiancé', 'fiancée', 'entrepreneur', 'bourgeoisie', 'coup', 'gendarmerie', 'gendarme', 'gendarmes',
    'baguette', 'boulevard', 'avenue', 'arrondissement', 'arrondissements', 'préfecture', 'prefecture', 'département', 'commune', 'communes',
    'laïcité', 'banlieue', 'banlieues', 'élysée', 'matignon', 'sénat', 'touché', 'naïve', 'résumé', 'régime', 'détente', 'entente', 'genre',
    'bureau', 'chauffeur', 'cuisine', 'savoir-faire', 'laissez-faire', 'raison', 'esprit', 'élite', 'tête-à-tête', 'vis-à-vis', 'brasserie', 'bistro',
    'croissant', 'champagne', 'vin', 'boules', 'pétanque', 'hexagone'
  ]
}
