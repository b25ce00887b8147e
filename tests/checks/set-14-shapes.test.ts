/**
 * Shapes and entries added after the first run of blind set 14, with the
 * English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 14 shapes', [
    ['date-format', 'id', 'A suspicious login was found on 3 Agustus 2025.', '3 Agustus 2025 → Aug. 3, 2025'],
    ['date-format', 'de', 'The tram derailed on 12. März in the morning.', '12. März → March 12'],
    ['date-format', 'fr', 'The strike vote is set for 2 décembre.', '2 décembre → Dec. 2'],
    ['date-format', 'es', 'The measure, in force in date 30 of September, affects 4,300 workers.', 'in date 30 of September → on Sept. 30'],
    ['epithet-calque', 'fr', 'Truffles fetched record prices in the Comtadine capital.', 'the Comtadine capital → ∅'],
    ['epithet-calque', 'fr', 'The hotel of Matignon confirmed the meeting.', 'The hotel of Matignon → The Prime Minister\'s office'],
    ['epithet-calque', 'de', 'Trams in the Händel city stopped.', 'the Händel city → Halle'],
    ['literal-idiom', 'de', 'It was luck in the misfortune, the driver said.', 'luck in the misfortune → a stroke of luck'],
    ['literal-idiom', 'fr', 'The ministry is pedalling in the sauerkraut.', 'pedalling in the sauerkraut → getting nowhere'],
    ['literal-idiom', 'es', '"Not all the mountain is oregano," he said.', 'Not all the mountain is oregano → It\'s not all plain sailing'],
    ['title-garble', 'id', 'Grand Commissioner of Police Arif Setiawan said so.', 'Grand Commissioner of Police → Senior Commissioner'],
    ['title-garble', 'es', 'The Excmo. Mr. Mayor defended the cut.', 'Excmo. → ∅'],
    ['title-garble', 'es', 'The Conselleira of the Sea explained the ban.', 'The Conselleira → the regional minister'],
    ['title-garble', 'fr', 'The Rector of Academy closed the campus.', 'The Rector of Academy → the regional education director'],
    ['mt-boilerplate', 'de', 'Prices rose.\n\nWeitere Nachrichten aus Sachsen-Anhalt\n', 'Weitere Nachrichten aus Sachsen-Anhalt → ∅'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nTe puede interesar\n', 'Te puede interesar → ∅'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nÚnete a nuestro canal de WhatsApp y recibe las noticias más importantes\n', 'Únete a nuestro canal de WhatsApp y recibe las noticias más importantes → ∅'],
    ['mt-boilerplate', 'fr', "Prices rose.\n\nRetrouvez toute l'actualité de Rennes sur notre application\n", "Retrouvez toute l'actualité de Rennes sur notre application → ∅"]
], [
    ['date-format', 'de', 'The meeting is on 12 April.'],
    ['epithet-calque', 'fr', 'Tourists crowded the French capital.'],
    ['mt-boilerplate', 'es', 'The app, which 40,000 people downloaded, lets residents follow the buses.\n']
])
