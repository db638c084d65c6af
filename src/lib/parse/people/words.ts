/**
 * Word classes the people stage reads: name particles, the words that govern a name (prepositions and verbs
 * that take an object), the modifiers of a title phrase, and whether a capitalised word could be part of a name.
 */
import { HONORIFICS, LOWERCASE_ROLE_WORDS, NOT_NAME_WORDS, ORG_WORDS, PERSON_NOUNS, PLACE_HEADS, TITLE_WORDS } from '../../lexicon.ts';
import { isPlace } from '../../gazetteer.ts';
import { isForeignRole } from '../foreign-roles.ts';
import { isAnyGivenName, isCommonWord, isSurname } from './name-lists.ts';
import type { Token } from '../../tokens.ts';
import { personNoun, synsets } from '../../wordnet.ts';

/** "al-Rashid", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name. */
export const ARABIC_PARTICLE = /^(?:al|el|bin|ibn|abu|ben|ould|ag)-\p{Lu}/u;
/** Lowercase particles inside a name ("da Silva", "van der Berg"). */
/** Styles of peers and royals written "<style> of <place>" ("the Duke of Sussex", "the Princess of Wales"). */
export const PEERAGE = /^(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Marchioness|Viscount|Viscountess|Baron|Baroness)$/;

export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'del',
  'der',
  'den',
  'ibn',
  'la',
  'le',
  'ter',
  'do',
  'dos',
  'das',
  'uz',
  'ul',
  'ur',
  'ud',
  'bint',
]);
/** Words that govern the name after them ("talks with X", "met X"): a governed name is not a clause subject. */
export const PREPOSITIONS = new Set([
  'with',
  'to',
  'by',
  'for',
  'from',
  'of',
  'at',
  'on',
  'in',
  'about',
  'between',
  'against',
  'toward',
  'towards',
  'than',
  'and',
  'met',
  'meet',
  'meets',
  'told',
  'tell',
  'called',
  'urged',
  'asked',
  'thanked',
  'invited',
  'visited',
  'greeted',
  'addressing',
  'like',
  'as',
  'under',
  'after',
  'before',
  'whom',
  'among',
  'alongside',
  'beside',
  'besides',
  'including',
  'behind',
  'near',
  'beat',
  'defeated',
  'replaced',
  'succeeded',
  'interviewed',
  'hired',
  'fired',
  'appointed',
  'named',
  'joined',
  'accused',
  'praised',
  'criticised',
  'criticized',
  'thanks',
  'via',
  'into',
  'onto',
  'over',
  'against',
]);
/** Words that can sit inside a title phrase before a name ("former deputy foreign minister"). */
export const MODIFIERS = new Set([
  'top',
  'senior',
  'former',
  'chief',
  'deputy',
  'acting',
  'vice',
  'foreign',
  'then',
  'current',
  'outgoing',
  'incoming',
  'new',
  'and',
  'of',
  'the',
  'research',
  'academic',
  'committee',
  'policy',
  'security',
  'national',
  'state',
  'defence',
  'defense',
  'trade',
  'finance',
  'economic',
  'military',
  'political',
  'general',
  'assistant',
  'associate',
  'prime',
  'interim',
  'special',
  // ("del entonces papa Clemente XV", "l’ancien président": the same words of translated copies.)
  'entonces',
  'então',
  'allora',
  'alors',
  'ancien',
  'ancienne',
  'antiguo',
  'antigua',
  'late',
]);
/** Honorifics that mark a woman, without the full stop and in lower case. */
export const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'dame', 'lady', 'frau', 'sra']);

/** The word without a final full stop. */
export const bare = (w: string) => w.replace(/\.$/, '');
/** Lower case. */
export const lower = (w: string) => w.toLowerCase();
/** Is the token an honorific ("Mr.", "Dr")? */
export const isHonorific = (t: Token) => t.word.length > 1 && HONORIFICS.has(bare(t.word));

/** Initials ("J." in "J. Crawley", "F.W."), not a place ("U.S."); "M." reads as an initial too, not as Monsieur. */
export const isInitial = (t: Token) => t.dotted && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.word) && !isPlace(t.word + '.');

/** A name word as the name is written: an initial keeps its full stop. */
export const nameWord = (t: Token) => (isInitial(t) ? t.word + '.' : t.word);
/** Is the word an acronym ("NATO", "U.S.")? */
export const isAcronym = (w: string) => w.length >= 2 && w === w.toUpperCase() && (/\p{Lu}{2}/u.test(w) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w));

/**
 * A brand written with a capital inside ("BrightPath", "PayPal", "YouTube"): no name, unless the inner capital
 * follows a surname prefix ("McAllister", "MacArthur", "DeLuca", "DiCaprio", "LaGuardia", "VanDyke", "FitzGerald", "DelVecchio", "JaVale", "KeShawn"),
 * or a short first part joins a given name ("RowVaughn").
 */
export const isCamelBrand = (w: string) =>
  /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) &&
  !/^(?:Mc|Mac|De|Del|Della|Dal|Des|Dos|Das|Di|Da|Du|Le|La|Lo|Ja|Ke|Sha|Ta|Van|Von|Fitz|St)\p{Lu}/u.test(w) &&
  !joinedGivenName(w);

/** "RowVaughn", "LaKeisha": two to four letters, then a listed given name of four letters or more with its capital ("SoCal" is no name). */
function joinedGivenName(w: string): boolean {
  const m = /^\p{Lu}\p{Ll}{1,3}(\p{Lu}\p{Ll}{3,})$/u.exec(w);
  return m !== null && isAnyGivenName(m[1]!) && !isCommonWord(m[1]!);
}
/** Is the word a title ("President", "minister", "Secretary-General", "President-elect")? */
export const isTitleWord = (w: string) =>
  TITLE_WORDS.has(lower(w)) ||
  (w.includes('-') && w.split('-').every((p) => TITLE_WORDS.has(lower(p)) || p === 'elect')) ||
  // "US-Präsident", "EU-Kommissarin": a country's or body's short name joined to the office.
  (/^\p{Lu}{2,4}-\p{Lu}\p{Ll}+$/u.test(w) && TITLE_WORDS.has(lower(w.slice(w.indexOf('-') + 1))));

/** Could this capitalised word be part of a personal name? */
export function nameLike(t: Token): boolean {
  if (isInitial(t)) return true;
  return (t.capital || ARABIC_PARTICLE.test(t.word)) && nameShapedWord(t.word);
}

/** `nameShapedWord` of each word met so far: it depends on the fixed word lists only. */
const NAME_SHAPED = new Map<string, boolean>();
const NAME_SHAPED_LIMIT = 100_000;

/** The tests of `nameLike` that look at the word alone, remembered per word. */
function nameShapedWord(w: string): boolean {
  let shaped = NAME_SHAPED.get(w);
  if (shaped === undefined) {
    if (NAME_SHAPED.size >= NAME_SHAPED_LIMIT) NAME_SHAPED.clear();
    shaped = wordCouldBeName(w);
    NAME_SHAPED.set(w, shaped);
  }
  return shaped;
}

function wordCouldBeName(w: string): boolean {
  return (
    !isAcronym(w) &&
    !isCamelBrand(w) &&
    !/\d/.test(w) &&
    // ("L’ouragan Velka a touché terre": a French article elided before a common noun opens no name.)
    !/^L[’']\p{Ll}/u.test(w) &&
    !NOT_NAME_WORDS.has(w) &&
    !isTitleWord(w) &&
    // "Prime Ministers", "Senators": a title in the plural names a group (a surname may end so: "Deans").
    !(w.length > 4 && /s$/.test(w) && isTitleWord(w.slice(0, -1)) && !isSurname(w)) &&
    !LOWERCASE_ROLE_WORDS.has(lower(w)) &&
    !(ORG_WORDS.has(lower(w)) && !PLACE_HEADS.has(lower(w))) &&
    !CLUB_AND_FOREIGN_ORG_WORDS.has(w) &&
    !VENUE_WORDS.has(lower(w)) &&
    !businessWord(w) &&
    (!HONORIFICS.has(w) || w.length === 1)
  );
}

/**
 * "Okafor Shipping", "Harlow Ferries", "Lind Partners": an everyday word in -ing or an everyday noun in the plural,
 * which no name list holds, ends a firm's name, not a person's ("Fleming", "Banks" and "Downing" are listed names).
 */
export function businessWord(w: string): boolean {
  if (w.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(w) || isSurname(w) || isAnyGivenName(w)) return false;
  if (w.endsWith('ing')) return isCommonWord(w);
  if (!w.endsWith('s')) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return isCommonWord(singular);
}

/**
 * More lower-case nouns for a person's role or trade, read only right before a name or in apposition after it
 * ("cleric Ana Lima", "Lima, a columnist at …"); unlike LOWERCASE_ROLE_WORDS they do not stop a capitalised run,
 * as several are surnames too ("Host", "Rider").
 */
export const MORE_ROLE_WORDS = new Set(
  `cleric preacher priest evangelist chaplain nun monk dissident defector comedian comic host anchor anchorman anchorwoman
  columnist pollster blogger rapper musician composer conductor entrepreneur businessman businesswoman billionaire
  millionaire tycoon mogul magnate lobbyist fundraiser donor aide staffer operative delegate psychologist psychiatrist
  sociologist anthropologist philosopher theologian historian filmmaker screenwriter playwright director
  photographer athlete sprinter swimmer cyclist boxer golfer jockey trainer rider skier
  batsman bowler outfielder shortstop catcher reliever winger fullback hooker flanker suspect gunman inmate
  prisoner detainee hostage fugitive informant whistleblower hacker soldier sailor pilot astronaut trooper
  heiress socialite rookie veteran nephew niece cousin uncle aunt stepfather stepmother fiancé
  fiancée girlfriend boyfriend spouse star superstar megastar legend icon`.split(/\s+/),
);

/**
 * Titles written in lower case right before a name are a role too ("former chancellor Ravi Sunder", "state senator
 * Ana Lind"), except the words that are often something else in lower case ("a major", "under", "the general
 * public"), short forms ("sen", "col") and a monarch's or a pope's, which royals.ts reads with their capital.
 */
const LOWERCASE_TITLES = new Set(
  [...TITLE_WORDS].filter(
    (w) =>
      w.length > 3 &&
      !/^(?:vice|prime|general|major|justice|under|assistant|head|member|father|sister|brother|chief|deputy|emeritus|executive|official|reverend|insp|supt|cmdr|capt|atty|pope|king|queen|prince|princess|emperor|empress|tsar|tsarina|czar|czarina)$/.test(
        w,
      ),
  ),
);

/** Is the lower-case word a role or trade before a name (in a translated copy's language too)? Plurals of the first list only ("strikers Ana Lima and …"; "hosts" is a verb too). */
export const isRoleWord = (w: string) =>
  LOWERCASE_ROLE_WORDS.has(w) || MORE_ROLE_WORDS.has(w) || LOWERCASE_TITLES.has(w) || isForeignRole(w) || LOWERCASE_ROLE_WORDS.has(w.replace(/s$/, ''));

/** Venues and businesses named after a person ("the Marguerite Okafor Hotel", "Rosa's Bakery"); lower case. */
export const VENUE_WORDS = new Set(
  `hotel hotels inn resort casino arena theatre theater cinema gallery restaurant cafe café bar pub brewery winery
  distillery clinic pharmacy bakery shop store mall plaza tavern lodge motel hostel chapel auditorium pavilion
  observatory laboratory lab prize trophy memorial boulevard blvd parkway highway expressway freeway`.split(/\s+/),
);

/**
 * First words of place names ("San Diego", "Las Cruces", "Le Havre", "Port Louis"): a run that starts with one
 * needs more than the name lists to be a person ("Le Pen" still is, given a title or a speech verb).
 */
export const PLACE_PREFIXES = new Set(
  `San Santa Santo Sao São Los Las Le La Les El Fort Port Puerto Porto Mount Saint St Ste Lake Cape Costa Sierra Bad Ciudad Villa New Hong Wadi Jebel Jabal`.split(
    ' ',
  ),
);

/**
 * Words that make a capitalised phrase an organisation or a sports club in other languages and in sports
 * writing ("Banco Santander", "Hapoel Tel Aviv", "Borussia Dortmund", "Boston Red Sox"); the last lines are Spanish,
 * Portuguese, Italian and French words for a ministry, agency, company, court or party ("Compañía Eléctrica del Valle",
 * "Instituto Nacional"), or for a building, a square or a street ("la Maison Rouge", "Palais des Sports").
 */
export const CLUB_AND_FOREIGN_ORG_WORDS = new Set(
  `Banco Banca Banque Bank Groupe Grupo Gruppo Compagnie Compania Companhia Società Societe Société Gesellschaft AG GmbH SA SpA NV BV AB Oy ASA
  FC AC SC CF SV VfB VfL TSV FK NK HNK SK IF BK IK KV KSV RC RCD CD UD SD SSC AS OGC AJ
  Hapoel Maccabi Beitar Betar Dynamo Dinamo Sporting Real Atletico Atlético Athletic Olympique Olympiakos Olympiacos Racing Borussia
  Eintracht Fortuna Bayer Inter Internazionale Lokomotiv Spartak Torpedo Steaua Partizan Rapid Slavia Sparta Legia Ruch Lech Wisla
  Zenit Shakhtar Metalist Metalurg Dnipro Chornomorets Rovers Wanderers Albion Hotspur Rangers Athletico Celtic Academica
  Sox Yankees Mets Cubs Astros Dodgers Giants Cardinals Braves Phillies Pirates Reds Rockies Padres Marlins Expos Orioles Tigers Twins
  Royals Brewers Mariners Angels Athletics Jays Lakers Celtics Knicks Bulls
  Eléctrica Electrica Elétrica Elettrica Energía Energia Énergie Nacional Nacionales Nacionais Nazionale Ministerio Ministério
  Ministero Ministère Gobierno Governo Gouvernement Consejo Conselho Consiglio Conseil Comisión Comissão Commissione Agencia Agência
  Agenzia Agence Instituto Istituto Institut Universidad Universidade Università Université Fundación Fundação Fondazione Fondation
  Asociación Associação Associazione Federación Federação Federazione Fédération Sociedad Sociedade Empresa Entreprise Partido
  Partito Tribunale Audiencia Fiscalía Policía Polícia Polizia Ejército Exército Esercito Armée Asamblea Assembleia Assemblea
  Assemblée Congreso Congresso Senado Senato Sénat Servicio Serviço Servizio Centro Hôpital Ospedale Aeropuerto Aeroporto Aéroport
  Ayuntamiento Generalitat Junta Xunta Diputación Maison Casa Palais Château Praça Rue Calle Avenida Gare Estación
  Stazione Église Iglesia Cathédrale Catedral Comunidad Comunitat Región Provincia Departamento Municipio Distrito`.split(/\s+/),
);

/** A plural noun for people ("residents", "officials", "witnesses"): its singular is a person's noun or a role. */
export function isPeopleNoun(word: string): boolean {
  if (!/s$/i.test(word)) return false;
  return [word.slice(0, -1), word.replace(/e?s$/i, '')].some((w) => PERSON_NOUNS.has(lower(w)) || LOWERCASE_ROLE_WORDS.has(lower(w)));
}

/** A lower-case noun whose first sense in WordNet is a kind of person, and no adjective ("rapper", not "native"). */
const kindOfPerson = (w: string) => personNoun(w) && synsets('adj', w, 1).length === 0;

/**
 * A practitioner's noun in lower case, in "-ist" or "-ian", that is a kind of person ("bassist", "comedian",
 * "primatologist"). (Nouns in "-er" and "-or" name firms as often: "retailer", "distributor".)
 */
export const practitioner = (w: string) => /^[a-z]{3,}(?:ist|ian)$/.test(w) && kindOfPerson(w);

/**
 * A capitalised word opening a sentence before a one-word name that names the person's occupation ("Rapper Kesh",
 * "Cellist Vorn"): a listed role or a practitioner, no everyday word for kin or rank ("Mother Lucia" stays whole).
 */
export const occupationBeforeMononym = (w: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(w) && !isAnyGivenName(w) && !KIN_AND_RANK.has(lower(w)) && (isRoleWord(lower(w)) || practitioner(lower(w)));
/** Words for kin and standing that religious orders and families use as titles before one name ("Mother Lucia", "Brother Anselm"). */
const KIN_AND_RANK = new Set(
  'mother father brother sister son daughter wife husband widow grandmother grandfather grandson granddaughter parent friend fellow member partner elder'.split(
    ' ',
  ),
);

/** Does a sentence start at `at` (the block's start, or after a full stop, a question or exclamation mark)? */
export const sentenceStart = (text: string, at: number) => /(?:^|[.!?][”"’]?\s)\s*$/.test(text.slice(Math.max(0, at - 4), at));
