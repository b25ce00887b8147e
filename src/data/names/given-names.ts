/**
 * Given names that mark a person's gender in news copy, for pronoun resolution (`she` after `Claire Mounier` and
 * `Bernard Lestrade` has one candidate). Written for translation-qa from common usage in the project's source
 * languages; only names that are unambiguous across them are listed (`Andrea`, `Jean`, `Kim`, `Nicola`, `Sasha`
 * and the like are left out), and a name decides only when no honorific or title already did.
 */
const female = (
  // Romance and German
  'maría maria marta ana anna lucía lucia carmen elena laura isabel isabelle sofía sofia sophie claire marie hélène helene ' +
  'catherine nathalie sylvie martine valérie valerie céline celine chantal élodie elodie camille juliette amélie amelie giulia ' +
  'chiara francesca federica alessandra paola roberta silvia valentina giovanna rosa teresa beatriz inês ines joana mariana ' +
  'fernanda patrícia patricia cristina raquel pilar rocío rocio nuria núria montserrat lourdes dolores mercedes inmaculada ' +
  'ursula ute sabine petra monika katrin kathrin claudia birgit heike anke silke susanne stefanie julia ' +
  'katharina johanna ingrid greta hanna hannah lena lisa sandra simone eva ilse irene ingeborg gisela renate anja ' +
  'marieke anouk femke sanne lotte ingrid annemieke wilma marloes mieke ineke lieke saskia hanneke jolanda marjolein annelies eline ' +
  // Indonesian, Malay
  'siti dewi sri ratna rina rini yuli yulia putri ayu wulan indah fitri nur nurul lestari kartika retno endang ' +
  'sulastri suryani maimunah aminah fatimah ' +
  // Turkish, Arabic
  'ayşe ayse fatma zeynep elif emine hatice meryem esra özlem ozlem büşra busra merve songül songul gül gul ' +
  'mariam maryam fatima aisha aïsha layla leila noura nour huda samira amina salma rania hanan reem mona nadia dalia yasmin ' +
  'rasha lina ghada suad karima ' +
  // Russian, Vietnamese (given names used alone in copy)
  'olga irina natalia natalya tatiana tatyana svetlana yelena ekaterina yekaterina marina galina lyudmila nadezhda ' +
  'valentina anastasia oksana ' +
  'lan hương huong thảo thao linh ngọc ngoc hoa mai ' +
  // Vietnamese middle names that mark gender (*Nguyễn Thị Lan*)
  'thị'
).split(' ')

const male = (
  'josé jose juan carlos miguel antonio manuel francisco javier pedro luis jorge andrés andres rafael fernando alberto ' +
  'sergio pablo diego alejandro ricardo tomás tomas ramón ramon enrique jesús jesus ignacio joaquín joaquin ' +
  'jean-pierre jean-marc jean-luc pierre jacques michel philippe alain bernard françois francois patrick christophe ' +
  'nicolas olivier thierry laurent éric eric didier gérard gerard marcel étienne etienne julien sébastien sebastien ' +
  'giuseppe giovanni marco luca paolo francesco alessandro roberto stefano massimo mario carlo giorgio lorenzo matteo ' +
  'antonio fabio davide riccardo gianluca ' +
  'joão joao rui nuno paulo tiago ricardo henrique vasco duarte gonçalo goncalo ' +
  'hans klaus jürgen jurgen wolfgang stefan thomas michael andreas markus matthias peter frank bernd dieter uwe ' +
  'günter gunter werner helmut rainer martin tobias jan jens lars sven ' +
  'pieter henk joost bram sander wouter maarten willem gerrit kees bart ruud dirk jeroen koen niels geert gijs hendrik johan thijs daan sjoerd harm arjen wim ' +
  'budi agus joko bambang hendra dedi eko adi rudi yusuf ahmad muhammad andi hadi heru slamet ' +
  'yohanes yosef petrus paulus stefanus fransiskus agustinus yakobus ' +
  'mehmet ahmet mustafa hüseyin huseyin ibrahim murat emre kemal osman ali hasan ömer omer burak selim ' +
  'abdullah khalid mohammed mohamed mahmoud hamad nasser faisal saeed saleh omar adnan walid tariq karim samir rami ziad hussein ' +
  'hassan jamal fadi nabil youssef yousef amr tamer khaled hisham bassam anas majid sami ' +
  'sergei sergey vladimir dmitry dmitri alexei alexey andrei andrey nikolai oleg igor mikhail ivan pavel yuri viktor ' +
  'gennady boris vasily ' +
  'văn'
).split(' ')

/** Lower-case given name → gender. */
export const givenNameGender: ReadonlyMap<string, 'm' | 'f'> = new Map<string, 'm' | 'f'>([
  ...female.map((name) => [name, 'f'] as const),
  ...male.map((name) => [name, 'm'] as const)
])
