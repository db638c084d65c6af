/**
 * Role phrases of translated copies in English: "la actriz", "l’ex sindaco tedesco", "der US-Schauspieler" are
 * "the actress", "the former mayor", "the actor" — so that the speaker stages, which read English roles, can
 * point them back to the person the article gave that role, as they do for "the actress said".
 * Only a phrase of an article, an optional "former", one role noun of the table, at most one adjective after it
 * (a nationality: "americano", "estadounidense") and what it is the role of, when it names it ("de la province de Cardow") is read;
 * anything longer is left as written.
 */

/** English role nouns and their forms in Spanish, French, Italian, German and Portuguese (singular, both sexes). */
const TRANSLATIONS: Record<string, string> = {
  actor: 'actor acteur attore schauspieler ator',
  actress: 'actriz actrice attrice schauspielerin atriz',
  singer: 'cantante chanteur chanteuse sänger sängerin cantor cantora cantautor cantautora vocalista',
  director: 'cineasta cinéaste regista regisseur regisseurin réalisateur réalisatrice realizador realizadora',
  president: 'presidente presidenta président présidente präsident präsidentin',
  premier: 'primeira-ministra primeiro-ministro première-ministre premier-ministre',
  minister: 'ministro ministra ministre ministerin',
  spokesperson: 'portavoz porte-parole portavoce sprecher sprecherin porta-voz',
  mayor: 'alcalde alcaldesa maire sindaco sindaca bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin prefeito prefeita',
  lawyer: 'abogado abogada avocat avocate avvocato avvocata anwalt anwältin advogado advogada',
  judge: 'juez jueza juge giudice richter richterin juiz juíza',
  prosecutor: 'fiscal procureur procureure procuratore staatsanwalt staatsanwältin promotor promotora procurador procuradora',
  leader: 'líder dirigeant dirigeante dirigente',
  chancellor: 'canciller chancelier chancelière cancelliere kanzler kanzlerin bundeskanzler bundeskanzlerin chanceler',
  governor: 'gobernador gobernadora gouverneur gouverneurin governatore governatrice governador governadora',
  king: 'rey roi könig rei',
  queen: 'reina reine regina königin rainha',
  writer: 'escritor escritora écrivain écrivaine scrittore scrittrice schriftsteller schriftstellerin',
  businessman: 'empresario empresaria imprenditore imprenditrice unternehmer unternehmerin empresário empresária',
  billionaire: 'multimillonario multimillonaria milliardaire miliardario miliardaria milliardär milliardärin bilionário',
  tycoon: 'magnate magnat tycoon',
  coach: 'entrenador entrenadora entraîneur entraîneuse allenatore allenatrice trainer trainerin treinador treinadora',
  player: 'jugador jugadora joueur joueuse giocatore giocatrice spieler spielerin jogador jogadora',
  musician: 'músico música musicien musicienne musicista musiker musikerin',
  widow: 'viuda veuve vedova witwe viúva',
  daughter: 'hija fille figlia tochter filha',
  son: 'hijo fils figlio sohn filho',
  founder: 'fundador fundadora fondateur fondatrice fondatore fondatrice gründer gründerin',
  ceo: 'ceo pdg',
};
const ENGLISH = new Map<string, string>(Object.entries(TRANSLATIONS).flatMap(([en, words]) => words.split(' ').map((w) => [w, en] as [string, string])));

/** An article, then "former" in its forms, an adjective that goes before a noun ("máximo", "nouveau"), then what follows. */
const PHRASE =
  /^(?:(?:[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Ll]o|[Dd]er|[Dd]ie|[Oo]|[Aa])\s+|[Ll][’']\s*)([Ee]x[-\s]?|[Aa]ncien(?:ne)?\s+|[Aa]ntigu[oa]\s+|[Ee]hemalige[rn]?\s+|[Ff]rühere[rn]?\s+)?(?:(?:máxim[oa]|nuev[oa]|nouvel(?:le)?|nouveau|nuov[oa]|nov[oa]|actual|actuel(?:le)?|attuale|atual|alt[oa]|principal|gran)\s+)?(?:\p{Lu}{2,}-)?(\p{L}[\p{L}-]*)(?:\s+(\p{Ll}{4,}))?(?:\s+(?:de|del|de\s+la|di|della|do|da|dos|das|des|du|von)\s+[^,;:“”«»]{0,60}\p{Lu}[^,;:“”«»]{0,40})?$/u;
/** A preposition after the role is no adjective of it ("el actor para …" is cut short, not a nationality). */
const NOT_AN_ADJECTIVE = /^(?:dans|pour|avec|sobre|para|desde|durante|nella|della|dello|sulla|über|beim|eine[mnr]?)$/u;

/** "la actriz" → "the actress", "l’ex sindaco tedesco" → "the former mayor", "die 61-Jährige" → "the 61-year-old"; null for anything else. */
export function englishRole(phrase: string): string | null {
  // ("die 61-Jährige", "der 78-jährige", "la 61enne": an age is "the 61-year-old", who stands for the one the text is about.)
  const age = /^(?:[Dd]er|[Dd]ie|[Ii]l|[Ll]a|[Ll]o)\s+(\d{1,3})(?:-[Jj]ährige[rn]?|enne)$/u.exec(phrase.trim());
  if (age) return `the ${age[1]!}-year-old`;
  const m = PHRASE.exec(phrase.trim());
  if (!m) return null;
  const role = ENGLISH.get(m[2]!.toLowerCase());
  if (!role || (m[3] && NOT_AN_ADJECTIVE.test(m[3]))) return null;
  return `the ${m[1] ? 'former ' : ''}${role === 'ceo' ? 'chief executive' : role}`;
}

/** A lower-case title word and, for a role noun of a translated copy, its English word too ("actriz" → actriz, actress). */
export const withEnglish = (word: string): string[] => {
  const en = ENGLISH.get(word);
  return en ? [word, en === 'ceo' ? 'chief' : en] : [word];
};

/** The words of a translated copy for one English role ("mayor" → alcalde, maire, sindaco …). */
export const translationsOf = (english: string): string[] => TRANSLATIONS[english]?.split(' ') ?? [];

/** Is the lower-case word a role noun of a translated copy ("actriz", "cinéaste", "Sprecherin" in lower case)? */
export const isForeignRole = (word: string) => ENGLISH.has(word);

/**
 * An adjective of nationality as Spanish, French, Italian and German write it after a role ("el actor
 * estadounidense Ana Lind", "le président américain", "il presidente americano"), by its ending.
 */
export const NATIONALITY_AFTER_ROLE = /^\p{Ll}{3,}(?:ense|ano|ana|és|esa|ais|aise|ois|oise|ain|aine|ien|ienne|ese|eño|eña|ino|ina|ique)$/u;
