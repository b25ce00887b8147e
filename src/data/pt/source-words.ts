import type {SourceWordList} from '../types.js'

/** Portuguese words that machine translation leaves in English or French output. */
export const sourceWords: SourceWordList = {
  sourceLang: 'pt',
  words: [
    // Reporting verbs and attribution.
    'disse', 'disse ele', 'disse ela', 'disse que', 'afirmou', 'declarou', 'explicou', 'destacou', 'ressaltou', 'acrescentou', 'informou', 'segundo ele',
    'segundo ela', 'afirmou ele', 'avaliou', 'comentou', 'observou', 'garantiu', 'alertou', 'salientou', 'sublinhou', 'frisou', 'lembrou',
    // Conjunctions, adverbs and particles.
    'contudo', 'porém', 'também', 'ainda', 'já', 'além disso', 'entretanto', 'todavia', 'então', 'depois', 'durante', 'desde', 'até', 'pelo', 'pela',
    'pelos', 'pelas', 'numa', 'não', 'muito', 'muitos', 'assim', 'apenas', 'quando', 'onde', 'quem', 'qual', 'quais', 'cujo', 'cuja', 'porque',
    'pois', 'nem', 'após', 'cerca de', 'aqui', 'ontem', 'hoje', 'amanhã', 'nesta', 'neste', 'nesse', 'nessa', 'desta', 'deste', 'dessa',
    'desse', 'sobre', 'entre eles', 'inclusive', 'aproximadamente', 'enquanto', 'embora',
    // Pronouns and auxiliaries.
    'uma', 'umas', 'uns', 'isso', 'isto', 'eles', 'elas', 'nós', 'vocês', 'você', 'sua', 'seus', 'suas', 'foi', 'foram', 'será', 'serão', 'está',
    'estão', 'estava', 'havia', 'têm', 'pode', 'podem', 'deve', 'devem', 'sido', 'milhões', 'bilhões', 'anos', 'horas'
  ],
  nouns: [
    'prefeitura', 'prefeito', 'prefeita', 'vereador', 'vereadores', 'vereadora', 'vereadoras', 'deputado', 'deputados', 'câmara', 'assembleia', 'juiz', 'juíza', 'ministério',
    'polícia', 'bombeiros', 'moradores', 'trabalhadores', 'sindicato', 'sindicatos', 'greve', 'greves', 'aposentados', 'aposentadoria', 'salário',
    'salários', 'imposto', 'impostos', 'aluguel', 'aluguéis', 'moradia', 'moradias', 'chuvas', 'enchentes', 'deslizamentos', 'queimadas',
    'desmatamento', 'safra', 'empresas', 'microempresas', 'servidores', 'estudantes', 'escola', 'escolas', 'ônibus', 'metrô', 'rodovia', 'rodovias',
    'pedágio', 'motoristas', 'passageiros',
    // Added: administration, courts, health, farming, fishing, weather and transport.
    'câmara municipal', 'ministério público', 'tribunal de justiça', 'posto de saúde', 'produtores rurais', 'ponto de ônibus', 'motoristas de aplicativo', 'bolsa família', 'moradores de rua', 'vereadora', 'prefeituras', 'secretaria', 'secretário', 'secretária', 'governador', 'governadora', 'delegado', 'delegada', 'delegacia', 'inquérito', 'denúncia', 'réu', 'sentença', 'juízes', 'promotora', 'audiência', 'multa', 'multas', 'hospitais', 'médicos', 'enfermeiros', 'pacientes', 'vacina', 'vacinação', 'agricultores', 'lavoura', 'lavouras', 'colheita', 'colheitas', 'seca', 'estiagem', 'geada', 'granizo', 'alagamentos', 'temporais', 'pescadores', 'pesca', 'barcos', 'pescado', 'sardinha', 'passagem', 'passagens', 'trânsito', 'engarrafamento', 'estrada', 'estradas', 'obras', 'desemprego', 'trabalhadoras'
  ],
  terms: {câmara: 'town council', prefeitura: 'city hall', defesa: 'Civil Defence (Defesa Civil)'},
  honorifics: ['Sr.', 'Sra.', 'Srta.', 'Senhor', 'Senhora', 'Dona', 'Seu', 'Dra.', 'Eng.', 'Engenheiro', 'Engenheira', 'Doutor', 'Doutora'],
  spared: [
    'samba', 'favela', 'favelas', 'bossa', 'nova', 'capoeira', 'caipirinha', 'feijoada', 'real', 'reais', 'carnaval', 'cachaça', 'churrasco',
    'saudade', 'gaúcho', 'gaucho', 'carioca', 'cariocas', 'paulista', 'paulistano', 'fado', 'pastel', 'açaí', 'sertão', 'quilombo', 'bandeirantes'
  ]
}
