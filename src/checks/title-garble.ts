/**
 * `title-garble`: titles and honorifics that MT garbles: "the Democratic
 * Party's main opposition", "Head of State X", "Mr. President X",
 * honorifics rendered as English words (`Mister the Mayor`, `Boss Liu`).
 * Source-language honorifics left in the text (`Pak Budi`, `Herr Huber`)
 * are `untranslated` findings: see `source-honorifics.ts`.
 */
import {defineCheck} from '../core/define-check.js'
import {languageName} from '../locales/conventions.js'
import {matchAllRequired} from '../text/required-literal.js'
import {chineseSurnames, titleShapesFor} from './title-structures.js'

// Bounded repetitions keep every pattern linear.
const opposition = /\b(?:[Tt]he\s+)?((?:[A-Z][\p{L}-]*\s+){1,4}Party)['’]s\s+(main|largest|biggest|leading)\s+opposition\b/gu
const honorificTitle = /\b(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Sir)\s+(President|Vice President|Prime Minister|Minister|Governor|Mayor|Regent|Chairman|Chairwoman|Speaker|Ambassador|Secretary|Director|General|Professor|Doctor|Dr\.)\s+(?=\p{Lu})/gu
// Official titles calqued from the source language, before a name: `Federal Chancellor Olaf Scholz`.
const calquedTitles: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bHead of State\s+(?=\p{Lu}\p{Ll})/gu, 'President', '*Kepala Negara* rendered word for word as a title'],
  [/\b(?:[Tt]he\s+)?Federal Chancellor\s+(?=\p{Lu}\p{Ll})/gu, 'Chancellor', '*Bundeskanzler* rendered word for word'],
  [/\b(?:[Tt]he\s+)?President of the Republic\s+(?=\p{Lu}\p{Ll})/gu, 'President', '*président de la République* rendered word for word'],
  [/\b(?:[Tt]he\s+)?President of the Government(?: of Spain)?\s+(?=\p{Lu}\p{Ll})/gu, 'Prime Minister', 'Spanish *presidente del Gobierno* is the prime minister'],
  [/\b(?:[Tt]he\s+)?President of the Government(?: of Spain)?(?=\s*[,;.]|\s+(?:said|says|announced|asked|has|had|was|is|will|would|defended|insisted|warned|stressed|promised|visited|met)\b)/gu, 'the Prime Minister', 'Spanish *presidente del Gobierno* is the prime minister'],
  [/\b(?:[Tt]he\s+)?(?:[Pp]ress|[Gg]overnment|[Cc]ompany|[Pp]olice|[Cc]lub|[Pp]arty|[Uu]nion|[Cc]ity|[Mm]inistry) [Ss]peaker\b/gu, 'the spokesperson', 'German *Pressesprecher* / *Regierungssprecher* (spokesperson: *sprechen*, to speak) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Metropolitan\s+)?Municipality President\b|\b(?:[Tt]he\s+)?President of (?:the )?(?:Metropolitan\s+)?Municipality\b(?!\s+of\b)/gu, 'the mayor', 'Turkish *Belediye Başkanı* (the mayor: *belediye* municipality, *başkan* president) rendered word for word'],
  [/\b(?:Executor of (?:the\s+)?Tasks?|Task Executor(?: of)?)(?= \p{Lu})/gu, 'Acting', 'Indonesian *Pelaksana Tugas* (Plt., acting) rendered word for word'],
  [/\bCircle (?=(?:Fire|Council+or|Council|Administrator|Chief|Director|Office|Hospital|Court|Day|Fire Master|Chairman)\b)/gu, 'district ', 'German *Kreis-* (district: *Kreisbrandmeister*, *Kreistag*) rendered as `Circle`'],
  [/\bSupervisory Council\b/gu, 'supervisory board', 'German *Aufsichtsrat* (a company’s supervisory board) rendered as a council'],
  [/\b(?:[Tt]he\s+)?(?:[Pp]rocurer|[Pp]rocurator|[Pp]rosecutor) of the Republic\b(?!\s+of\b)/gu, 'the public prosecutor', 'French *procureur de la République* (the public prosecutor) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Pp]resident of the (?:[Ee]lectoral |[Pp]olling )?[Tt]able\b/gu, 'the presiding officer', 'Spanish *presidente de la mesa (electoral)* (a polling station’s presiding officer) rendered word for word'],
  [/\b[Tt]he Hono(?:u)?rable (?=(?:Regent|Governor|Mayor|Minister|Chairman|Speaker|Head|Vice)\b)/gu, 'the ', 'Indonesian *Yang Terhormat* (the honourable) before an office'],
  [/\b(?:[Tt]he\s+)?[Cc]oordinator of the (?:action|actions)\b/gu, 'the protest coordinator', 'Indonesian *koordinator aksi* (protest coordinator) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Head of the Regional Secretariat\b/gu, 'the regional secretary', 'Indonesian *Sekretaris Daerah* (Sekda) rendered as the head of a secretariat'],
  [/\b(?:Mr|Mrs|Ms)\.? (?:Dipl\.-Ing\.|Dipl\.|Mag\.|Ing\.)\s*/gu, '', 'a German or Austrian degree title after an English honorific (*Herr Dipl.-Ing.*): English writes the name'],
  [/\b[Tt]itular (?=pharmacist|doctor|teacher|professor|judge|notary)/gu, '', 'French *titulaire* (the holder of the post or the owner) rendered `titular`'],
  [/\b(?:[Tt]he\s+)?Head of (?:the\s+)?Unit of (?=\p{Lu})/gu, 'the head of the ', 'Indonesian *Kepala Unit* (Kanit: head of a police unit) rendered word for word'],
  [/\bCommissioner Police(?= \p{Lu})/gu, 'Police Commissioner', 'Indonesian *Komisaris Polisi* (Kompol) in the source word order'],
  [/\b(?:[Tt]he\s+)?District Captain\b/gu, 'the district governor', 'Austrian *Bezirkshauptmann* (head of a district authority) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Grand Commissioner(?: of Police)?\b/gu, 'Senior Commissioner', 'Indonesian *Komisaris Besar* (Kombes, senior commissioner) rendered word for word'],
  [/\b(?:First\s+)?Main (?:Police |Criminal )?(?:Commissioner|Inspector)\b/gu, 'Chief Inspector', 'German *(Erster) Polizeihauptkommissar* (*Haupt-*: chief) rendered word for word'],
  [/\b(?:Cathedral )?Building Master(?:ess)?\b|\b\p{Lu}\p{Ll}*[Mm]asteress\b/gu, 'master builder', 'German *(Dom)Baumeister(in)* rendered word for word (and `Masteress` is no English word)'],
  [/\b(?:[Tt]he\s+)?Rector of (?:the\s+)?Academy\b/gu, 'the regional education director', 'French *recteur d’académie* (head of a regional education authority) rendered word for word'],
  [/\b(?:Excmo|Excma|Ilmo|Ilma|Excmos|Ilmos)\.\s*/gu, '', 'Spanish honorific abbreviations (*Excelentísimo*, *Ilustrísimo*) left before a title'],
  [/\b(?:[Tt]he\s+)?[Cc]ouncil+or[- ][Dd]elegate (?:of|for) /gu, 'the councillor for ', 'Spanish *concejal delegado de* (the councillor in charge of a portfolio) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Cc]onsell?eir[oa]|[Cc]onsellera|[Cc]onseller)\b/gu, 'the regional minister', 'Galician *conselleiro/a* and Catalan *conseller/a* (a regional minister) left untranslated'],
  [/\b(?:[Tt]he\s+)?Assigned (?:for|of) (?=\p{Lu})/gu, 'the commissioner for ', 'German *Beauftragter für* (a commissioner for a portfolio) rendered as `Assigned for`'],
  [/\b(?:[Tt]he\s+)?President of the Directory\b/gu, 'the chairman of the management board', 'French *président du directoire* (chairman of a management board) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Cc]ommissioner[- ][Ii]nquirer\b/gu, 'the public inquiry officer', 'French *commissaire-enquêteur* (the officer who runs a public inquiry) rendered word for word'],
  [/\b[Tt]he holder of the portfolio\b/gu, 'the minister', 'Spanish *el titular de la cartera* (the minister in charge) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Hh]ead of the (?:city|town|district|village) (?=\p{Lu}\p{Ll})/gu, 'the mayor of ', 'Russian *глава города* (the head of a town: its mayor) rendered word for word before the name'],
  [/\b(?:[Tt]he\s+)?Lawyer of the State\b/gu, 'the state attorney', 'Spanish *Abogado del Estado* (the state’s counsel) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Ministry[- ]President\b/gu, 'the state premier', 'German *Ministerpräsident* (head of a state government) rendered as `Ministry President`'],
  [/\b(?:[Tt]he\s+)?[Cc]ounsel+or[- ][Dd]elegate\b/gu, 'the chief executive', 'Spanish *consejero delegado* (a company’s chief executive) rendered word for word'],
  [/\b(?:Council of Administration|[Aa]dministration [Cc]ouncil)\b/gu, 'board of directors', 'Spanish *consejo de administración* / French *conseil d’administration* / Portuguese *conselho de administração* (a board of directors) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Head of (?:the\s+)?Service (?:of )?(?=\p{Lu})/gu, 'the head of the', 'Indonesian *Kepala Dinas* (head of a regional agency) with *dinas* rendered `Service of`'],
  [/\b(?:[Tt]he\s+)?President of the Council of Ministers\s+(?=\p{Lu}\p{Ll})/gu, 'Prime Minister', 'Italian *presidente del Consiglio* is the prime minister'],
  [/\b(?:[Tt]he\s+)?(?:President of RI|RI President)\s+(?=\p{Lu}\p{Ll})/gu, 'President', '*Presiden RI* rendered word for word'],
  [/\b[Tt]he titular of\b/gu, 'the head of', 'Spanish *el titular de* (the head of an office) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Director Main\b/gu, 'the chief executive', 'Indonesian *Direktur Utama* (chief executive) rendered word for word, in the source order'],
  [/\b(?:[Tt]he\s+)?Minister of (?:the\s+)?Superior (?:Teaching|Education)\b/gu, 'the Higher Education Minister', 'French *ministre de l’Enseignement supérieur* rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Bb]oss [Mm]ajor\b/gu, 'the head', 'Spanish *patrón mayor* (head of a fishermen’s guild) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Land|Country) Council+or\b/gu, 'the district administrator', 'German *Landrat* (head of a rural district) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Main Director\b/gu, 'the chief executive', 'Indonesian *Direktur Utama* (chief executive) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Upper|Chief) Mayor\b/gu, 'the Mayor', 'German *Oberbürgermeister* (the mayor of a city) rendered word for word'],
  [/(?<!\b(?:academy|university|college|school|youth|law|medical|engineering|business|recent|new) )\b(?:[Tt]he\s+)?(?:[Gg]raduate|[Ll]icentiate|[Ll]icensed)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/gu, '', 'Spanish *licenciado* (a degree used as a courtesy title) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Cc]ounsel+or of (?=\p{Lu}\p{Ll})/gu, 'the regional minister of', 'Spanish *consejero* / Catalan *conseller* (a regional government minister) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Mm]inister[- ][Dd]elegate(?: in charge of| for)?\b/gu, 'the junior minister for', 'French *ministre délégué (chargé de)* (a junior minister) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Aa]ssistant|[Dd]eputy) to (?=(?:the\s+)?\p{Lu}\p{Ll}+(?:\s|[,.]))(?!(?:the\s+)?(?:President|Prime|Minister|Secretary|Director|Mayor|Governor|Chancellor|King|Queen)\b)(?!(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+){0,5}(?:Congress|Assembly|Parliament|Duma|Diet|Senate)\b)/gu, 'the deputy mayor for', 'French *adjoint(e) à* (a deputy mayor with a portfolio) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Mm]agistrate speaker|[Ss]peaker magistrate|[Rr]apporteur magistrate)\b/gu, 'the judge who wrote the ruling', 'Spanish *magistrado ponente* rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Dd]elegate [Cc]ouncil+or\b/gu, 'the city councillor responsible', 'Spanish *concejal delegado* rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Leading\s+(?:Senior\s+|Chief\s+|Upper\s+)?(?:Public\s+|State\s+)?Prosecutor|Upper\s+(?:Public\s+|State\s+)?Prosecutor|Upper\s+State\s+Attorney)\b/gu, 'the chief prosecutor', 'German *(Leitender) Oberstaatsanwalt* rendered word for word'],
  [/\b(?:[Ff]irst |[Ss]econd |[Tt]hird )?[Ll]ieutenant[- ]of[- ][Mm]ayor\b(?!['’])/gu, 'deputy mayor', 'Spanish *teniente de alcalde* (a deputy mayor) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Pp]resident[- ][Dd]irector[- ][Gg]eneral\b/gu, 'the chairman and chief executive', 'French *président-directeur général* (PDG) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Head of the (?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Regional|Resort|Sector|City|District) Police Chief\b/gu, 'the regional police chief', 'Indonesian *Kapolda* rendered twice (head and chief)'],
  [/\b(?:[Tt]he\s+)?(?:Keeper|Guardian|Guard) of the Seals\b/gu, 'the Justice Minister', 'French *garde des Sceaux* (the justice minister) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Minister of the Armies\b/gu, 'the Armed Forces Minister', 'French *ministre des Armées* rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Head|Chief) of (?:the\s+)?(?:Regional|Resort|Sector) Police\b|\b(?:[Tt]he\s+)?Resort Police(?:\s+Chief)?\b|\b(?:[Tt]he\s+)?(?:Chief|Head) of (?:the\s+)?Police (?:Resort|Sector)\b|\b(?:[Tt]he\s+)?Police (?:Resort|Sector)(?:\s+(?:Chief|Head))?\b/gu, 'the district police chief', 'Indonesian *Kapolda* / *Kapolres* / *Kapolsek* (*Kepolisian Resor*: district police) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Cc]ounsel+or of the\s+|[Cc]ouncil+or of (?:the\s+)?)(?:Sea|Emergencies|Emergency|Rural Affairs|Rural Environment|Health|Education|Economy|Finance|Treasury|Interior|Territory|Culture|Agriculture|Environment|Employment|Industry|Justice|Presidency|Social (?:Rights|Policies|Welfare)|Universities|Mobility|Housing|Tourism|Fisheries|Equality)\b/gu, 'the regional minister for', 'Spanish *consejero* / Galician *conselleiro* / Catalan *conseller* (a regional government minister) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:First |Second |Third |Fourth )?Vice[- ]?[Pp]resident (?:(?:First|Second|Third|Fourth) )?of the Government\b/gu, 'the deputy prime minister', 'Spanish *vicepresidente del Gobierno* (a deputy prime minister) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Delegate of the Government\b/gu, 'the central government’s representative', 'Spanish *delegado del Gobierno* rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Defender of the People|Defender of Rights|People['’]s Defender|Provider of Justice|Justice Provider)\b/gu, 'the ombudsman', 'Spanish *Defensor del Pueblo* / French *Défenseur des droits* / Portuguese *Provedor de Justiça* (an ombudsman) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:Fiscal|Prosecutor) General of the State\b/gu, 'the Attorney General', 'Spanish *fiscal general del Estado* rendered word for word'],
  [/\b(?:[Tt]he\s+)?President of the (?:Municipal|City) Chamber\b|\b(?:[Tt]he\s+)?President of the Chamber Municipal\b|\b(?:[Tt]he\s+)?President of the Chamber of (?!Commerce|Deputies|Industry|Agriculture|Trade|Crafts|Notaries|Accounts|Representatives|Lords|Mines)(?=\p{Lu}\p{Ll})/gu, 'the mayor', 'Portuguese *presidente da Câmara Municipal* (the mayor) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Rr]egional |[Mm]unicipal )?[Aa]ssessor (?:for|of|to|at) (?:the\s+)?(?:[Ii]nfrastructures?|[Mm]obility|[Tt]ransport|[Hh]ealth|[Ww]elfare|[Cc]ulture|[Ee]nvironment|[Uu]rban [Pp]lanning|[Tt]ourism|[Ee]ducation|[Bb]udget|[Ss]ecurity|[Ss]ports?|[Ss]ocial [Pp]olicies|[Aa]griculture|[Ii]nfrastructure|[Ss]chools?|[Ll]abou?r|[Ww]ork|[Hh]ousing|[Tt]raffic|[Vv]iability|[Rr]oads)\b/gu, 'the councillor for', 'Italian *assessore* (a member of a city or regional executive) rendered word for word'],
  // Japanese ministries and courts rendered character by character: *国土交通省*, *地方裁判所* (*地裁*), *裁判長*.
  [/\b(?:[Tt]he\s+)?Land,? Infrastructure,? (?:and )?(?:Traffic|Transport)(?:,? and Tourism)? Ministry\b/gu, 'the Ministry of Land, Infrastructure, Transport and Tourism', 'Japanese *国土交通省* rendered character by character'],
  [/\bPlace Court\b/gu, 'District Court', 'Japanese *地方裁判所* (*地裁*, a district court) rendered character by character as a place court'],
  [/\b(?:[Tt]he\s+)?Trial Chief\b/gu, 'the presiding judge', 'Japanese *裁判長* (the presiding judge) rendered character by character'],
  // Chinese *站长* and *领导同志*.
  [/\bChief of (?:the )?Station\b/gu, 'station master', 'Chinese or Japanese *站长* / *駅長* (station master) rendered as a chief of station'],
  [/\b(?:[Tt]he |[Aa] |[Oo]ur )?leading comrades?\b/gu, 'a senior official', 'Chinese *领导同志* (a senior official) rendered word for word'],
  // Vietnamese *Bác sĩ chuyên khoa II*: a specialist grade after `Doctor`.
  [/\bDoctor (?:Specialist|Specialised|Specialized) (?:Level |Grade )?(?:II|I|1|2)\b/gu, 'Dr.', 'Vietnamese *Bác sĩ chuyên khoa I/II* (a specialist grade) rendered word for word before the name'],
  // Turkish *Op. Dr.* (*Operatör Doktor*, a surgeon's title) before the name.
  [/\bOp\. ?Dr\.(?= \p{Lu})/gu, 'Dr.', 'Turkish *Op. Dr.* (operating doctor, a surgeon’s title) left before the name'],
  // Portuguese *Conselho de Disciplina*: a federation's disciplinary committee.
  [/\b(?:[Tt]he )?Council of Discipline\b/gu, 'the disciplinary committee', 'Portuguese *Conselho de Disciplina* (a disciplinary committee) rendered word for word'],
  // Italian *l'assessore Ghirardi*: `the assessor` before a name.
  [/\b[Tt]he [Aa]ssessor (?=\p{Lu}\p{Ll})/gu, 'Councillor', 'Italian *assessore* (a member of the municipal or regional executive) rendered `the assessor` before a name'],
  [/\b(?:[Tt]he\s+)?Burgomaster\b/gu, 'the Mayor', 'Dutch *burgemeester* (the mayor) rendered as the archaic `Burgomaster`'],
  [/\b(?:[Tt]he\s+)?[Dd]irector-[Pp]resident\b/gu, 'the chief executive', 'Portuguese *diretor-presidente* (chief executive) rendered word for word'],
  [/\b(?:[Tt]he\s+)?[Dd]irector-[Mm]anager\b/gu, 'the managing director', 'Spanish *director(a) gerente* (managing director) rendered word for word'],
  [/\b[Tt]he Public Ministry\b/gu, 'the public prosecutor’s office', 'Portuguese *Ministério Público* / Spanish *Ministerio Público* (the prosecution service) rendered word for word'],
  [/\b(?:[Tt]he\s+)?Town Chief\b/gu, 'the Mayor', 'Japanese *町長* (a town’s mayor) rendered `Town Chief`'],
  [/\b(?:[Ss]enior )?(?:[Aa]ssistant|[Hh]elper) of the [Pp]rosecutor(?: of the (?:district|city|region|province))?\b/gu, 'assistant prosecutor', 'Russian *(старший) помощник прокурора* (an assistant prosecutor) rendered word for word'],
  [/\b(?:[Hh]ousing and )?[Cc]ommunal [Ee]conomy\b/gu, 'housing and utilities', 'Russian *жилищно-коммунальное хозяйство* (ЖКХ: housing and utilities) rendered word for word'],
  [/(?<=\b[Tt]he )hospital centre\b|\bhospital centre(?= of \p{Lu})/gu, 'hospital', 'French *centre hospitalier* (a hospital) rendered word for word'],
  [/\b(?:[Oo]fficial )?[Ss]pokes(?:wo)?(?:man|person) (?:in|on) the name of\b/gu, 'spokesperson for', 'Arabic *المتحدث الرسمي باسم* (spokesperson for) rendered word for word'],
  [/\b(?:[Tt]he\s+)?(?:[Uu]nder-?[Ss]ecretary|[Dd]eputy [Mm]inister|[Cc]ommissioner|[Dd]elegate) to the (?:agriculture|economy|finance|health|culture|tourism|environment|education|budget|transport|mobility|infrastructures?|interior|justice|labou?r|industry|energy|defen[cs]e|foreign affairs|sport|university|research|innovation|welfare)\b/gu, '', 'Italian *sottosegretario all’…* (a junior minister for a portfolio) rendered with `to the`'],
  [/\b(?:city|town|district) chamberlain\b/gu, 'city treasurer', 'German *Stadtkämmerer* (a city’s treasurer) rendered `city chamberlain`'],
  [/\bFarmers?['’]? President(?= \p{Lu})/gu, 'farmers’ association president', 'German *Bauernpräsident* (president of a farmers’ association) rendered as a title'],
  [/\b(?:Vice[- ])?(?:Chairman|Chairwoman|Secretary|Director) Permanent\b/gu, 'Standing Vice Chairman', 'Vietnamese *Phó Chủ tịch Thường trực* (standing vice chairman) in the source word order'],
  [/\b(?:[Tt]he\s+)?[Hh]ead [Tt]rainer(?= of\b| \p{Lu})/gu, 'the head coach', 'Russian *главный тренер*, German *Cheftrainer* (a team’s head coach) rendered `head trainer`'],
  [/\b(?:Major General|Brigadier General|General|Colonel|Brigadier|Engineer|Counsellor|Counselor) (?:Doctor|Dr\.?) (?=\p{Lu}\p{Ll})/gu, '', 'Arabic stacked honorifics (*اللواء الدكتور*): English keeps the rank and drops `Doctor`'],
  [/\b(?:[Tt]he )?[Dd]eputy (?:federal|state|district)(?= \p{Lu})/gu, 'federal deputy', 'Portuguese *deputado federal* (a member of the lower house) in the source word order'],
  [/\b(?:[Tt]he\s+)?Minister of the (?:Infrastructures|Transports)\b/gu, '', 'Portuguese and Spanish *Ministro das Infraestruturas* (the portfolio after the title, with its article)'],
  [/\b(Division|Department|Section|Bureau|Office|Unit) \1 (?=Director|Head|Chief|Manager)/gu, '', 'Japanese *部部長*, *課課長* (the unit named twice: the unit and its head) rendered term by term'],
  [/\b(?:[Tt]he )?Respected (?=(?:Mayor|Governor|Minister|President|Chairman|Chairwoman|Prime Minister|Deputy)\b)/gu, 'the ', 'Turkish *Sayın* (respected, a courtesy before an office) rendered word for word'],
  [/\b(?:Brother|Sister) (?:Defendant|Witness|Accused|Suspect|Plaintiff)\b/gu, 'the defendant', 'Indonesian *Saudara Terdakwa* (the court’s address to a defendant or witness) rendered as an honorific'],
  [/\b(?:[Tt]he )?Council of (?:Trial|Judgement|Judgment|Adjudication)\b/gu, 'the trial panel', 'Vietnamese *Hội đồng xét xử*, Russian *судебная коллегия* (the panel of judges) rendered as a council'],
  [/\b(?:[Tt]he )?(?:People['’]s )?Institute of (?:Control|Supervision|Inspection)\b/gu, 'the procuracy', 'Vietnamese *Viện Kiểm sát* (the people’s procuracy, the prosecution) rendered word for word'],
  [/\b(?:[Aa] |[Tt]he )?[Dd]eputy of the (?:city|regional|municipal|district|town) (?:duma|council|assembly)\b/gu, 'a member of the city council', 'Russian *депутат городской думы* (an elected member), where English `deputy` means a second-in-command'],
  [/\b(?:[Tt]he )?(?:Head|Chairman) of the Council of Ministers\b(?! of\b)/gu, 'the Prime Minister', 'Arabic *رئيس مجلس الوزراء* (the prime minister) rendered word for word'],
  [/\b(?:[Tt]he )?Dean of the (?:hospital|clinic|health centre|medical centre)\b/gu, 'the hospital director', 'Chinese *院长* (a hospital’s director) rendered `Dean`'],
  [/\b(?:[Tt]he )?(?:Chamber of Vereadores|Câmara de Vereadores)\b/gu, 'the city council', 'Portuguese *Câmara de Vereadores* (the municipal council) half translated'],
  [/\b(?:[Tt]he )?Finance Guard\b/gu, 'the Guardia di Finanza', 'Italian *Guardia di Finanza* (the financial police) rendered word for word'],
  [/(?<=\b[Tt]he )pm(?= \p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/gu, 'prosecutor', 'Italian *pm* (*pubblico ministero*, the public prosecutor) left before a name'],
  [/\b[Tt]he Superintendence\b/gu, 'the heritage authority', 'Italian *Soprintendenza* (the state heritage office) rendered word for word'],
  [/\b(?:[Tt]he )?Fire (?:Extinguishing|Fighting|Defen[cs]e) Headquarters\b/gu, 'the fire department', 'Japanese *消防本部* (a city’s fire department) rendered word for word'],
  [/\b(?:[Tt]he )?[Tt]own [Hh]ead(?=,? \p{Lu}\p{Ll})/gu, 'the Mayor', 'Japanese *町長* (a town’s mayor) rendered `town head`'],
  [/\b(?:[Tt]he )?Provincial Security Director(?:ate)?\b/gu, 'the provincial police chief', 'Turkish *İl Emniyet Müdürü* (a province’s police chief) rendered word for word'],
  [/\b(?:Bakers|Drivers|Merchants|Craftsmen|Tradesmen|Pharmacists|Doctors|Engineers|Architects|Lawyers|Butchers|Grocers) Room\b/gu, 'Chamber', 'Turkish *Oda* (a professional chamber) rendered `Room`'],
  [/\b(?:Chairman|Chairwoman|Speaker|Head) of the Honou?rable Council\b/gu, 'Speaker of the regional legislature', 'Indonesian *Ketua Dewan yang terhormat* (the speaker of the regional legislature) rendered word for word'],
  [/\b(?:[Tt]he )?(?:Traffic|Transport|Finance|Economy|Interior|Education|Culture|Health) Minister of the (?:state|Land)\b/gu, 'the state minister', 'German *Landes…minister* (a state’s minister) rendered `Minister of the state`'],
  [/\b(?:[Tt]he )?Central Bureau (?:for|of) the Statistics?\b/gu, 'Statistics Netherlands', 'Dutch *Centraal Bureau voor de Statistiek* (CBS) rendered word for word'],
  [/\b(?:[Tt]he )?[Dd]eputy (?:of|for) (?:Culture|Economy|Finance|Environment|Mobility|Traffic|Agriculture|Housing|Education|Health|Energy|Water) of the province\b/gu, 'the provincial executive', 'Dutch *gedeputeerde voor …* (a member of the provincial executive) rendered `deputy`'],
  [/\b(?:[Tt]he )?Commissioner of the King\b/gu, 'the King’s Commissioner', 'Dutch *Commissaris van de Koning* (a province’s governor) rendered word for word'],
  [/\b(?:[Tt]he )?[Hh]ead of (?:the )?[Ss]ervice of (?=\p{Lu})/gu, 'the head of ', 'Spanish *jefe de servicio de* (the head of a hospital department) rendered word for word'],
  [/\b(?:[Tt]he )?[Cc]orrectional [Tt]ribunal\b/gu, 'the criminal court', 'French *tribunal correctionnel* (the criminal court for lesser offences) rendered word for word'],
  [/\b(?:[Tt]he )?[Rr]egional [Cc]hamber of [Aa]ccounts\b/gu, 'the regional audit office', 'French *chambre régionale des comptes* (a regional public audit body) rendered word for word'],
  [/\b(?:[Tt]he )?Ministry of Consumption\b/gu, 'the Consumer Affairs Ministry', 'Spanish *Ministerio de Consumo* (consumer affairs) rendered word for word'],
  [/\b(?:[Tt]he )?Sports Judge\b/gu, 'the disciplinary judge', 'Italian *Giudice Sportivo* (a league’s disciplinary judge) rendered word for word'],
  [/\b(?:[Tt]he )?Minist(?:er|ry) (?:of|for) the Cultural (?:Goods|Assets)\b/gu, 'the Culture Minister', 'Italian *ministro dei Beni culturali* rendered word for word'],
  [/\b(?:[Tt]he )?(?:Chief )?(?:State )?Sanitary Doctor\b/gu, 'the chief public health officer', 'Russian *главный санитарный врач* (a region’s chief public health officer) rendered word for word'],
  [/\bfor questions of (?:the )?(?:city|municipal|housing|social|economic) (?:economy|affairs|services|policy)\b/gu, '', 'Russian *по вопросам …* (in charge of …) rendered `for questions of`'],
  [/\bChief Delegation\b/gu, 'head of delegation', 'Vietnamese *Trưởng đoàn* (head of a delegation) rendered as two nouns'],
  [/\b(?:[Tt]he\s+)?(?:[Vv]ice-?[Gg]overnor|[Dd]eputy [Gg]overnor|[Vv]ice-?[Mm]ayor|[Dd]eputy [Mm]ayor|[Dd]eputy [Mm]inister|[Vv]ice-?[Pp]remier|[Dd]eputy [Pp]rime [Mm]inister|[Dd]eputy [Hh]ead) on (?:\p{Ll}+ ){0,2}questions\b/gu, '', 'Russian *по … вопросам* (in charge of … affairs) rendered `on … questions`'],
  [/\b(?:[Tt]he |[Aa] )?(?:relevant )?responsible comrades?\b|\b(?:[Tt]he |[Aa] )?comrades? in charge\b/gu, 'an official', 'Chinese *负责同志* (the official in charge) rendered `responsible comrade`'],
  [/\b(?:[Tt]he\s+)?(?:First\s+)?Agent of the Ministry\b|\bMinistry Agent\b/gu, 'the undersecretary of the ministry', 'Arabic *وكيل الوزارة* (a ministry’s undersecretary) rendered `Agent`'],
  [/\b[Tt]he Amin of (?=\p{Lu}\p{Ll})/gu, 'the mayor of ', 'Arabic *أمين العاصمة* (the mayor of Baghdad or Amman) left as `Amin`'],
  [/\b(?:[Tt]he )?[Aa]lderman (?:of|for) (?=Traffic|Mobility|Finance|Housing|Education|Culture|Sport|Health|Environment|Economy|Spatial Planning|Public Works|Youth|Care)/gu, 'the alderman for ', 'Dutch *wethouder van …* (the alderman holding a portfolio) with `of` and a capitalised portfolio'],
  [/\b(?:[Tt]he )?Inspection for Health Care and Youth\b/gu, 'the Health and Youth Care Inspectorate', 'Dutch *Inspectie Gezondheidszorg en Jeugd* rendered word for word'],
  [/\b(?:[Tt]he )?Military Fire(?:fighters|men|man) Corps\b|\b(?:[Tt]he )?Corps of Military Firefighters\b/gu, 'the fire service', 'Brazilian *Corpo de Bombeiros Militar* (a state’s fire service) rendered word for word'],
  [/\b(?:[Tt]he )?(?:Trade|Health|Education|Agriculture|Environment|Culture|Tourism|Security|Family|Labou?r) Provincial Directorate\b/gu, '', 'Turkish *Ticaret İl Müdürlüğü* (the provincial directorate of trade) in the Turkish word order'],
  [/\bGeneral Art(?:istic)? Director\b/gu, 'artistic director', 'Turkish *Genel Sanat Yönetmeni* (artistic director) rendered word for word'],
  [/\b(?:[Tt]he )?(?:Chairman|Chairwoman|Chairperson|Chair) of the (?:trial|hearing|court session)\b/gu, 'the presiding judge', 'Vietnamese *Chủ tọa phiên tòa* (the presiding judge) rendered word for word'],
  [/\b(?:[Tt]he )?(?:chairman|chairwoman|chairperson|chair|head) of the commission on (?=\p{Ll})/gu, '', 'Russian *председатель комиссии по …* (the chair of a council committee) rendered `of the commission on`'],
  [/\b(?:[Tt]he )?Vice of the (?:Regent|Mayor|Governor)\b/gu, 'the deputy regent', 'Indonesian *Wakil Bupati* (the deputy regent) rendered `the Vice of the Regent`'],
  [/\b(?:[Tt]he )?Regional Agency of Health\b/gu, 'the regional health agency', 'French *Agence régionale de santé* (ARS) rendered word for word'],
  [/\b(?:[Tt]he )?[Rr]egional [Dd]irection of [Cc]ultural [Aa]ffairs\b/gu, 'the regional cultural affairs office', 'French *direction régionale des affaires culturelles* (DRAC) rendered word for word'],
  [/\b(?:[Tt]he )?(?:deputy|adjoint|adjointe) delegated to (?=\p{Ll})/gu, 'the deputy mayor for ', 'French *adjoint(e) délégué(e) à* (the deputy mayor in charge of) rendered word for word'],
  [/\b(?:[Tt]he )?Counselling of (?=Agriculture|Health|Education|Environment|Economy|Finance|Culture|Tourism|Employment|Housing|Transport|Mobility)/gu, 'the regional department of ', 'Spanish *Consejería de …* (a regional government department) rendered `Counselling`'],
  [/\b(?:[Tt]he )?Tribunal of Accounts\b/gu, 'the Court of Auditors', 'Portuguese *Tribunal de Contas* (the public audit court) rendered word for word'],
  [/\b(?:[Tt]he )?Tribunal of Justice\b/gu, 'the state Court of Justice', 'Portuguese *Tribunal de Justiça* (a state appeals court) rendered word for word'],
  [/\b(?:[Tt]he )?[Pp]romot(?:er|ress) of Justice\b/gu, 'the prosecutor', 'Portuguese *promotor(a) de Justiça* (a state prosecutor) rendered `promoter`'],
  [/\b(?:[Tt]he )?(?:\p{Lu}\p{Ll}+ )?Countermeasures (?:Room|Office|Section) Chief\b/gu, '', 'Japanese *対策室長* (the head of a response unit) rendered term by term'],
  [/\b(?:[Tt]he )?State Attorneyship\b/gu, 'the public prosecutor’s office', 'German *Staatsanwaltschaft* (the public prosecutor’s office) rendered word for word'],
  [/\b(?:[Tt]he )?[Pp]ublic [Pp]rosecution [Oo]rgan\b/gu, 'the prosecution', 'Chinese *公诉机关* (the prosecution) rendered `public prosecution organ`'],
  [/\b(?:[Tt]he )?[Tt]rial [Cc]hief [Jj]udge\b/gu, 'the presiding judge', 'Chinese *审判长* (the presiding judge) rendered term by term'],
  [/\bSpecialist Doctor (?:Level )?(?:I{1,2}|1|2) (?=\p{Lu}\p{Ll})/gu, 'Dr. ', 'Vietnamese *BSCKI*, *BSCKII* (specialist grades of a physician) rendered as a title'],
  [/\bMaster(?:,)? Doctor (?=\p{Lu}\p{Ll})/gu, 'Dr. ', 'Vietnamese *ThS.BS* (a physician with a master’s degree) rendered as a title'],
  [/\b(?:[Tt]he )?(?:Vice[- ])?(?:Chairman|Chairwoman|Chairperson) of the People['’]s (?:Council|Committee) of the (?:province|city|district|commune)\b/gu, '', 'Vietnamese *Chủ tịch HĐND tỉnh* (chairman of the provincial People’s Council) in the source word order'],
  [/\b(?:[Tt]he\s+)?Police President\b/gu, 'the police chief', 'German *Polizeipräsident* (head of a city police force) rendered word for word'],
  [/\bPost (?:of )?Observation\b/gu, 'observation post', 'Indonesian *Pos Pengamatan* (observation post) rendered in the source word order'],
  [/\b(?:Pj|Plt)\.?\s+(?=(?:Governor|Regent|Mayor|Head|Chairman|Director|Secretary|Bupati|Gubernur)\b)/gu, 'Acting', 'Indonesian *Pj.* / *Plt.* (acting) left untranslated before a title'],
  [/\b(?:[Tt]he\s+)?Head of Village\b/gu, 'the village head', 'Indonesian *Kepala Desa* rendered in the source word order'],
  [/\b(?:[Tt]he\s+)?[Pp]resident of the (?:Community of (?:Madrid|Valencia)|Valencian Community|Junta of (?:Andalusia|Andalucía|Castilla y León|Castile and León|Extremadura|Galicia|Castilla-La Mancha|Castile-La Mancha)|Xunta(?: of Galicia)?|Region of Murcia|Principality of Asturias|Government of (?:Aragon|Aragón|Cantabria|Navarre|La Rioja|the Canary Islands|the Canaries|the Balearic Islands))\b/gu, 'the regional president', 'Spanish *presidente de la Comunidad / Junta / Xunta* (head of a regional government) rendered word for word']
]

// `the doctor Marta Estrada` (*el doctor*, *le docteur*): English writes `Dr. Marta Estrada`.
// (`the engineer Juan Pérez` and `the lawyer John Smith` are English appositions and pass.)
// Ranks are titles in English too (`Captain Julien Roux`), so an article before them is the source's.
// Arabic *الدكتورة* reads `The Doctor Nadia Salem`, capitalised; not `the Doctor Who …`.
// Also before a surname alone that a cue or punctuation closes (`the doctor Grimaldi, head of …`).
const articleTitle = /\b[Tt]he (?:doctor|doctora|Doctor|captain|commander|lieutenant|colonel|sergeant|commissioner|inspector) (?!Who\b)(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}|[,;:]|\.(?:\s|$)|\s+(?:said|says|told|explained|added|warned|confirmed|denied|stressed)\b))/gu
// French *Maître* / *Me* before a lawyer's or notary's name (`Master Hélène Vasseur`): French sources only.
// Also before the surname alone, closed by punctuation (`According to Me Aubertin, …`).
const maitreTitle = /\b(?:Master|Maître|Maitre|Me)\.?\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}|[,;:)]))/gu
// A title written twice (`President President Macron`, `Minister Minister`).
const doubledTitle = /\b(President|Minister|Governor|Mayor|Chancellor|Director|Secretary|Regent|Chairman)\s+\1\b/gu

// Indonesian academic degrees around a name (`Ir. Hendra Wijaya, M.T.`): English news drops them.
const indonesianDegreePrefix = /\b(?:Ir|Drs|Dra|Prof\. Dr|Dr\. H|H)\.\s+(?=\p{Lu}\p{Ll})/gu
const indonesianDegreeSuffix = /,\s+(?:S\.(?:H|E|T|Sos|Pd|Kom|IP|Ag|Psi|Ked|Hut|Si)|M\.(?:T|Si|M|H|Sc|Pd|Kes|Hum|Ag|Kom|AP|B\.A)|MBA|Ph\.D)\.?(?:,\s+(?:S|M)\.\p{Lu}\p{L}{0,3}\.?){0,2}(?=[\s,.;)]|$)/gu

// *directeur général*, *director general*: English says chief executive (or director general for public bodies).
// Capitalised as a title, or after `the`; `Murat Ersoy, general director of the water board` and `Roberto Sala, its general
// director` (a blind writer's clean reference) are the English of many
// Turkish and Latin-American bodies.
const generalDirector = /\bGeneral [Dd]irector\b|(?<=\b(?:[Tt]he|delegated) )general director\b/g

// Chinese titles follow the surname (王局长): MT writes `Wang Bureau Chief` for `Bureau Chief Wang`.
const surnameTitle = new RegExp(`\\b(${chineseSurnames})\\s+(Bureau Chief|Bureau Director|Department Head|Section Chief|Secretary|Mayor|Governor|Director|Chairman|Manager|Minister|Principal)\\b`, 'g')
const ministerOf = /\bMinister of (Foreign Affairs|Defen[cs]e|Finance|Home Affairs|Trade|Health|Education|Agriculture|Industry|Energy|Transportation|Tourism|Justice)\s+(?=\p{Lu}\p{Ll})/gu

export const titleGarble = defineCheck(
  {
    ruleId: 'title-garble',
    category: 'accuracy/mistranslation',
    severity: 'major',
    fixable: false,
    description: 'Garbled titles and honorifics (“the Democratic Party’s main opposition”, “Mr. President X”, “Mister the Mayor”)',
    targets: ['en']
  },
  ({context, report: reportAny}) => {
    const {text} = context.model
    // One finding per span: the listed offices and the general shapes can both describe one title.
    const taken: Array<readonly [number, number]> = []
    const report: typeof reportAny = (finding) => {
      if (taken.some(([start, end]) => finding.start < end && start < finding.end)) return
      taken.push([finding.start, finding.end])
      reportAny(finding)
    }
    for (const match of matchAllRequired(text, opposition)) {
      const [whole, party, adjective] = match
      const expected = `the ${adjective} opposition ${party!.trim()}`
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${expected}\`: title words in the wrong order`, expected: [expected], subId: 'opposition-order', confidence: 0.9})
    }
    for (const match of matchAllRequired(text, honorificTitle)) {
      const title = match[1]!
      const whole = match[0].trimEnd()
      report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${title}\`: English does not put an honorific before a title and name`, expected: [title], subId: 'honorific-title', confidence: 0.9, fixable: true, severity: 'minor'})
    }
    for (const [pattern, title, why] of calquedTitles) {
      for (const match of matchAllRequired(text, pattern)) {
        const whole = match[0].trimEnd()
        const suggestion = title.trim()
        const expected = suggestion ? `, expected \`${suggestion}\`` : ''
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`${expected}: ${why}`, expected: suggestion ? [suggestion] : [], subId: 'calqued-title', confidence: 0.8, severity: 'minor'})
      }
    }
    for (const shape of titleShapesFor(context.sourceLang)) {
      for (const match of matchAllRequired(text, shape.pattern)) {
        const whole = match[0].trimEnd()
        const suggestion = typeof shape.expected === 'string' ? shape.expected : shape.expected(match)
        if (suggestion === undefined) continue
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`${suggestion ? `, expected \`${suggestion}\`` : ''}: ${shape.why}`, expected: suggestion ? [suggestion] : [], subId: 'calqued-title', confidence: 0.75, severity: 'minor'})
      }
    }
    for (const match of matchAllRequired(text, doubledTitle)) {
      report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`${match[1]}\`: title written twice`, expected: [match[1]!], subId: 'doubled-title', confidence: 0.9, severity: 'minor', fixable: true})
    }
    if (context.sourceLang && ['es', 'fr', 'it', 'pt', 'ar'].includes(context.sourceLang)) {
      for (const match of matchAllRequired(text, articleTitle)) {
        const whole = match[0].trimEnd()
        const title = whole.split(/\s+/)[1]!
        const english = /^doctora?$/i.test(title) ? 'Dr.' : title[0]!.toUpperCase() + title.slice(1)
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${english}\`: article and title before a name, as ${languageName(context.sourceLang)} writes them`, expected: [english], subId: 'article-title', confidence: 0.75, severity: 'minor'})
      }
    }
    if (context.sourceLang === 'fr') {
      for (const match of matchAllRequired(text, maitreTitle)) {
        const whole = match[0].trimEnd()
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`: French *Maître* (*Me*), the courtesy title of lawyers and notaries, rendered or left before a name; English writes the name and \`lawyer\``, expected: [], subId: 'maitre-title', confidence: 0.8, severity: 'minor'})
      }
    }
    if (context.sourceLang === 'zh' || context.sourceLang === null) {
      for (const match of matchAllRequired(text, surnameTitle)) {
        const [whole, surname, title] = match
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${title} ${surname}\`: Chinese puts the title after the surname`, expected: [`${title} ${surname}`], subId: 'surname-title', confidence: 0.85, severity: 'minor'})
      }
    }
    // Not from Russian: *генеральный директор* is `general director` in Russian companies' own English.
    if (context.sourceLang && ['fr', 'es', 'it', 'pt', 'tr'].includes(context.sourceLang)) {
      for (const match of matchAllRequired(text, generalDirector)) {
        report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0]}\`, expected \`chief executive\`: word order of *directeur général* kept`, expected: ['chief executive', 'director general'], subId: 'general-director', confidence: 0.75, severity: 'minor'})
      }
    }
    if (context.sourceLang) {
      for (const match of matchAllRequired(text, ministerOf)) {
        const portfolio = match[1] === 'Foreign Affairs' ? 'Foreign' : match[1]!
        const whole = match[0].trimEnd()
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${portfolio} Minister\`: English puts the portfolio before the title`, expected: [`${portfolio} Minister`], subId: 'minister-of', confidence: 0.7, severity: 'minor'})
      }
    }
    if (context.sourceLang === 'id' || context.sourceLang === 'ms' || context.sourceLang === null) {
      for (const match of matchAllRequired(text, indonesianDegreePrefix)) {
        // `H.` alone is also an initial: only as Haji in Indonesian-source MT.
        if (match[0].startsWith('H.') && context.sourceLang !== 'id') continue
        const whole = match[0].trimEnd()
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`: Indonesian academic or religious title before a name, which English news leaves out`, expected: [], subId: 'degree-title', confidence: 0.75, severity: 'minor'})
      }
      for (const match of matchAllRequired(text, indonesianDegreeSuffix)) {
        report({start: match.index!, end: match.index! + match[0].length, message: `Unexpected \`${match[0].replace(/^,\s+/, '')}\`: Indonesian degree after a name, which English news leaves out`, expected: [], subId: 'degree-title', confidence: 0.75, severity: 'minor'})
      }
    }
    if (context.sourceLang === 'zh') {
      for (const match of matchAllRequired(text, chineseHonorificTitle)) {
        const whole = match[0].trimEnd()
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`: Chinese honorific before the surname (*老板*, *老师*) rendered as an English word; English news writes the name and the role`, expected: [], subId: 'honorific', severity: 'minor', confidence: 0.8})
      }
    }
    if (context.sourceLang === 'tr') {
      for (const match of matchAllRequired(text, turkishTeacher)) {
        const [whole, name] = match
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`coach ${name}\`: Turkish *Hoca* (the coach's courtesy title) rendered \`Teacher\` after the name`, expected: [name!, `coach ${name}`], subId: 'honorific', severity: 'minor', confidence: 0.85})
      }
      // *Kemal Bey* rendered `Mr. Kemal`: an English honorific before the given name of a person named in full earlier.
      for (const match of matchAllRequired(text, honorificGivenName)) {
        const [whole, honorific, given] = match
        const full = new RegExp(`\\b${given} (\\p{Lu}[\\p{L}'’-]+)`, 'u').exec(text.slice(0, match.index!))
        if (!full) continue
        const expected = `${honorific}. ${full[1]}`
        report({start: match.index!, end: match.index! + whole.length, message: `Unexpected \`${whole}\`, expected \`${expected}\`: an honorific before the given name, as Turkish writes *${given} Bey/Hanım*; English puts it before the surname`, expected: [expected, given!], subId: 'honorific-given-name', severity: 'minor', confidence: 0.8})
      }
    }
  }
)

// `Kemal Bey`, `Süleyman Hoca`, and the coach's *Hoca* rendered `Teacher` after the first name.
// Chinese *刘老板*, *王老师*: an honorific before the surname, rendered as an English word.
const chineseHonorificTitle = new RegExp(`\\b(?:Boss|Teacher|Master|Auntie|Aunt|Uncle) (?=(?:${chineseSurnames})\\b)`, 'gu')
const honorificGivenName = /\b(Mr|Mrs|Ms)\.? (\p{Lu}\p{Ll}+)\b(?! \p{Lu})/gu
// Turkish *Hoca* (the coach's courtesy title) rendered `Teacher` after the first name.
const turkishTeacher = /\b(\p{Lu}[\p{L}'’-]+) Teacher\b/gu
