import type {SourceWordList} from '../types.js'

/** Spanish words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'es',
  words: [
    // Reporting verbs and attribution.
    'dijo', 'dijo que', 'según', 'señaló', 'afirmó', 'aseguró', 'indicó', 'explicó', 'añadió', 'agregó', 'destacó', 'subrayó', 'precisó', 'sostuvo',
    'manifestó', 'declaró', 'comentó', 'advirtió', 'expresó', 'apuntó', 'refirió', 'puntualizó', 'detalló', 'informó', 'reiteró', 'acotó', 'aseveró',
    'anunció', 'recordó', 'insistió', 'consideró', 'dicho',
    // Conjunctions, adverbs and particles.
    'sin embargo', 'no obstante', 'además', 'aunque', 'mientras', 'también', 'todavía', 'ya que', 'porque', 'pero', 'entonces', 'luego', 'después',
    'durante', 'desde', 'hasta', 'hacia', 'tras', 'mediante', 'incluso', 'sino', 'pues', 'cuando', 'donde', 'cuál', 'cual', 'cuyo', 'cuya',
    'muy', 'más', 'así', 'sólo', 'aquí', 'allí', 'ahí', 'asimismo', 'aún', 'ayer', 'hoy', 'actualmente', 'alrededor', 'aproximadamente',
    // Articles, pronouns and auxiliaries that are not English words.
    'una', 'unos', 'unas', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'eso', 'ellos', 'ellas', 'nosotros', 'usted', 'ustedes',
    'que', 'quien', 'quienes', 'cuales', 'nuestro', 'nuestra', 'fue', 'fueron', 'será', 'serán', 'está', 'están', 'estaba', 'había',
    'tiene', 'tienen', 'puede', 'pueden', 'debe', 'deben', 'sido', 'estar', 'hacer', 'millones', 'mil millones', 'horas', 'año', 'años'
  ],
  nouns: [
    'lonja', 'lonjas', 'cofradía', 'cofradías', 'embalse', 'embalses', 'mancomunidad', 'mancomunidades',
    'pymes', 'pyme', 'autónomos', 'autónomo', 'autónoma', 'okupas', 'okupa', 'ayuntamiento', 'ayuntamientos', 'alcaldía', 'alcalde', 'alcaldesa',
    'concejal', 'concejales', 'concejala', 'concejalía', 'consejero', 'consejera', 'consejería', 'diputación', 'diputado', 'diputados', 'vecinos',
    'vecinas', 'municipio', 'municipios', 'juzgado', 'fiscalía', 'magistrado', 'magistrada', 'sentencia', 'denuncia', 'denuncias', 'detenido',
    'detenidos', 'agentes', 'bomberos', 'sanitarios', 'urgencias', 'médicos', 'enfermeros', 'pacientes', 'parados', 'desempleo', 'sueldo', 'sueldos',
    'salario', 'salarios', 'nómina', 'cotizaciones', 'pensionistas', 'jubilados', 'hipoteca', 'hipotecas', 'alquiler', 'alquileres', 'inquilinos',
    'desahucio', 'desahucios', 'vivienda', 'viviendas', 'piso', 'pisos', 'impuesto', 'impuestos', 'comarca', 'sindicatos', 'huelga', 'huelguistas',
    'empresarios', 'emprendedores', 'cercanías', 'autobús', 'autobuses', 'carretera', 'carreteras', 'autovía', 'autovías', 'peaje', 'peajes',
    'atasco', 'atascos', 'tráfico', 'incendio', 'incendios', 'lluvias', 'tormenta', 'tormentas', 'granizo', 'sequía', 'embalse', 'embalses',
    'regantes', 'agricultores', 'ganaderos', 'pescadores', 'cosecha', 'vendimia', 'turistas', 'hosteleros', 'hostelería', 'chiringuito',
    'chiringuitos', 'mordida', 'enchufe', 'ayudas', 'subvenciones', 'empresas', 'trabajadores', 'funcionarios', 'policías', 'guardias',
    // Added: administration, courts, health, farming, fishing, weather and transport.
    'ola de calor', 'incendio forestal', 'bomberos forestales', 'centro de salud', 'pleno municipal', 'junta vecinal', 'metro ligero', 'granja', 'granjas', 'ganadería', 'ganadero', 'explotación', 'explotaciones', 'agricultor', 'cosechas', 'regadío', 'riego', 'sequías', 'pesca', 'pesquero', 'pesqueros', 'armadores', 'marisqueo', 'mariscadoras', 'caladero', 'caladeros', 'embarcaciones', 'pulpo', 'aceituna', 'olivar', 'olivares', 'vendimias', 'temporales', 'borrasca', 'borrascas', 'granizada', 'inundaciones', 'riada', 'riadas', 'crecida', 'ambulancia', 'ambulancias', 'ambulatorio', 'enfermería', 'sanidad', 'consultorio', 'juzgados', 'audiencia', 'jueza', 'juez', 'anticorrupción', 'imputado', 'imputados', 'investigado', 'investigados', 'querella', 'querellas', 'condena', 'condenas', 'multa', 'multas', 'recurso', 'recursos', 'pleno', 'concejo', 'consistorio', 'alcaldes', 'concejalías', 'diputaciones', 'pedanía', 'pedanías', 'cabildo', 'mancomunidad', 'padrón', 'empadronamiento', 'subvención', 'licencia', 'licencias', 'obras', 'urbanos', 'parada', 'paradas', 'billete', 'billetes', 'abono', 'abonos', 'andén', 'trenes', 'tranvía', 'aparcamiento', 'aparcamientos', 'gasolineras'
  ],
  acronyms: ['DANA', 'PAC', 'PYME', 'PYMES', 'IVA', 'IRPF', 'ERTE', 'ERTEs', 'ERE', 'EREs', 'AOVE', 'OPA', 'OPAs', 'IBI', 'ITV', 'SEPE', 'ESO', 'CNMV', 'CNMC', 'ZBE'],
  terms: {
    audiencia: 'court', ayuntamiento: 'city council', juzgado: 'court', diputación: 'provincial council', consejería: 'regional ministry',
    fiscalía: "prosecutor's office", junta: 'regional government', cofradía: "fishermen's association", intendente: 'mayor', intendenta: 'mayor', cantera: 'youth academy', 'confederación': 'river basin authority', regantes: 'irrigators', observatorio: 'observatory'},
  honorifics: ['Sr.', 'Sra.', 'Srta.', 'Señor', 'Señora', 'Señorita', 'doña', 'Doña', 'don', 'Dña.', 'Lic.', 'Licenciado', 'Licenciada', 'Ing.', 'Ingeniero', 'Ingeniera', 'Dra.', 'Arq.', 'Lcdo.', 'Lcda.', 'Don'],
  spared: [
    'fiesta', 'plaza', 'siesta', 'patio', 'junta', 'guerrilla', 'macho', 'tapas', 'salsa', 'bodega', 'barrio', 'barrios', 'cartel', 'conquistador',
    'aficionado', 'pueblo', 'rancho', 'sombrero', 'tortilla', 'taco', 'tacos', 'burrito', 'mañana', 'hacienda', 'maquiladora', 'maquiladoras',
    'peso', 'pesos', 'nearshoring', 'cantina', 'mariachi', 'piñata', 'tequila', 'mezcal', 'paella', 'flamenco', 'matador', 'torero', 'corrida',
    'armada', 'embargo', 'adobe', 'mesa', 'sierra', 'cerro', 'colonia', 'ejido', 'gringo', 'compadre', 'amigo', 'señor', 'don', 'doña',
    // The Mediterranean seagrass genus, written so in English ecology (`posidonia meadows`).
    'posidonia'
  ]
}
