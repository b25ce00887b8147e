/**
 * Words with accents or umlauts that English prose uses as its own
 * (written for translation-qa). The `untranslated` check takes any other
 * lower-case accented word in English MT from a Romance or German source
 * for a source word left in the text.
 */
export const accentedLoanwords: ReadonlySet<string> = new Set(
  (
    'café cafés cliché clichés fiancé fiancée fiancés fiancées résumé résumés naïve naïvely naïveté naïf protégé protégée protégés ' +
    'débâcle débâcles élite élites façade façades née rosé soufflé soufflés sauté sautéed déjà vis-à-vis pâté pâtés crème brûlée ' +
    'entrée entrées décor exposé exposés señor señora señorita mañana piñata piñatas jalapeño jalapeños doña über naïveté ' +
    'communiqué communiqués consommé coupé coupés attaché attachés habitué habitués outré passé risqué blasé émigré émigrés ' +
    'manqué touché détente élan précis soirée soirées matinée matinées fête fêtes fêted crêpe crêpes piña colada açaí ' +
    'smörgåsbord doppelgänger doppelgängers führer naïf noël chargé d\'affaires appliqué cortège cortèges mêlée mêlées ' +
    'maître d\'hôtel hôtel château châteaux crèche crèches première premières régime régimes rôle rôles tête-à-tête ' +
    'séance séances dénouement éclair éclairs émigré éminence grise glacé lamé macramé métier métiers pâtisserie ' +
    'purée purées rapprochement saké soupçon vicuña cañon cañons niño niña jalapeño quinceañera piñon ' +
    'señores señoras cliché-ridden déclassé décolleté divorcée divorcé négligée négligé papier-mâché protégés ' +
    'cause célèbre raison d\'être coup d\'état coups d\'état bête noire belle époque art déco film noir après-ski ' +
    'à la carte mode crème de la crème objet d\'art pièce de résistance tour de force vis-à-vis déjà-vu ' +
    'gemütlichkeit schadenfreude weltanschauung müesli muesli kölsch föhn fräulein jägermeister ' +
    'frühstück ländler gewürztraminer spätzle wanderjahr übermensch mädchen öre øre krône ångström ' +
    'pokémon tōkyō ōsaka kyōto māori hawaiʻi ʻokina aloha ' +
    'açúcar fútbol jamón ibérico paella café-bar olé pasodoble sevillanas tapa tapas ' +
    'caña cañas rioja albariño tempranillo añejo reposado mezcal tequila cava orujo crème fraîche'
  ).split(' ')
)
