/**
 * Shapes and entries added after the first runs of blind set 12 and of
 * attribution batch 9's artifacts, with the English that must still pass.
 */
import {shapeSuite} from './helpers.js'

shapeSuite('set 12 and batch 9 shapes', [
    ['date-format', 'fr', 'A meeting is planned for the 14/04 at the sub-prefecture.', '14/04 → April 14'],
    ['date-format', 'es', 'The list that came second on the night of the 23-M has won.', '23-M → ∅'],
    ['date-format', 'es', 'Almendral, 14 mar (EFE).- The strike began.', '14 mar → March 14'],
    ['title-garble', 'de', 'The Circle Fire Master said the lift was safe.', 'Circle → district'],
    ['title-garble', 'de', 'The Supervisory Council Chairman resigned.', 'Supervisory Council → supervisory board'],
    ['title-garble', 'fr', 'The Procurer of the Republic opened an inquiry.', 'The Procurer of the Republic → the public prosecutor'],
    ['title-garble', 'es', 'The president of the table counted the votes again.', 'The president of the table → the presiding officer'],
    ['title-garble', 'ru', 'The head of the city Medvezhinsk Oleg Lapin spoke.', 'The head of the city → the mayor of'],
    ['untranslated', 'id', 'The Damkar team fought the fire all night.', 'Damkar → fire brigade'],
    ['untranslated', 'de', 'Teams from the Bergwacht lowered the passengers.', 'Bergwacht → ∅'],
    ['mt-boilerplate', 'es', 'Prices rose.\n\nNoticia relacionada: Extremadura pierde doce municipios\n', 'Noticia relacionada: Extremadura pierde doce municipios → ∅'],
    ['mt-boilerplate', 'ru', '"Nothing changes." Subscribe to our channel in Telegram.\n', 'Subscribe to our channel in Telegram. → ∅'],
    ['epithet-calque', 'es', 'Tourists leave the Fortunate Islands.', 'the Fortunate Islands → the Canary Islands'],
    ['epithet-calque', 'fr', 'Ferries to the Anglo-Norman islands stopped.', 'the Anglo-Norman islands → the Channel Islands'],
    ['epithet-calque', 'id', '"We will act," asserted the man born in Palembang.', 'the man born in Palembang → ∅'],
    ['literal-idiom', 'fr', 'The union put them a rabbit on Monday.', 'put them a rabbit → stood them up'],
    ['literal-idiom', 'fr', 'The prosecutor thinks there is an eel under the rock.', 'an eel under the rock → something fishy going on'],
    ['literal-idiom', 'id', 'The regent asked farmers to keep a cold head.', 'keep a cold head → keep a cool head'],
    ['literal-idiom', 'ru', 'According to the words of the mayor, heat will return.', 'According to the words of → According to'],
    ['literal-idiom', 'id', 'The chief said his party had deployed 60 officers.', 'his party → his office']
], [
    ['date-format', 'es', 'The shops raised the price of a bottle from 1.20 to 2 euros.'],
    ['untranslated', 'id', 'This year\'s arabica harvest fell; traders sell sago and areca nut.'],
    ['literal-idiom', 'id', 'The chairman said his party had won 40 seats in the election.'],
    ['epithet-calque', 'es', 'Tenerife is an island; the peninsula of Jandía is quiet.']
])
