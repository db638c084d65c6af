/**
 * Attributions of translated copies. German, French, Spanish, Italian and Catalan write the reporting clause after a
 * quotation with the verb first („…“, sagte Okafor / so der Premier; « … », a déclaré Mme Okafor / a-t-elle dit /
 * précise mercredi le maire; «…», dijo uno de los médicos; "…", ha scritto Lind su X / si legge in una nota; "…", va
 * dir el ministre), and name a source with "selon", "según", "segons", "secondo" or "laut" (German names a document
 * with "heißt es in …"). Only these shapes are read. A pronoun or a role ("der Premier", "le Premier ministre") is
 * handed on in English form ("he", "the Premier") so the speaker stages resolve it as usual; the phrase as written is
 * kept for a group or an office nobody resolves ("le porte-parole des pompiers").
 */
import { isPlace } from '../gazetteer.ts';

/** German verbs of saying, past and present, and the "so X" / "laut X" of reported speech. */
const DE_VERBS =
  'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|ergänzte|fügte|warnte|warnt|teilte|teilt|berichtete|berichtet|bestätigte|bestätigt|kritisierte|kritisiert|verkündete|verkündet|antwortete|antwortet|erläuterte|erläutert|unterstrich|unterstreicht|sprach|spricht|reagierte|reagiert|bekundete|bekundet|bekräftigte|bekräftigt|versicherte|versichert|forderte|fordert|mahnte|mahnt|appellierte|äußerte|äußert|würdigte|würdigt|erzählte|erzählt|schilderte|schildert|beschrieb|beschreibt|fragte|fragt|postete|twitterte|bezeichnete|bezeichnet|nannte|nennt|rief|riefen|skandierte|skandierten|skandiert|befahl|so|laut';
/** French verbs of saying, as past participles after "a", in the present, and in the written past ("demanda"). */
const FR_VERBS =
  'déclara|demanda|ajouta|répondit|lança|affirma|expliqua|rétorqua|souligna|assura|poursuivit|conclut|insista|précisa|estima|indiqua|annonça|écrivit|rétorqué|rétorque|' +
  'qualifié|qualifie|déclaré|promis|garanti|dit|affirmé|concédé|ajouté|expliqué|évoqué|salué|relaté|décrit|souligné|estimé|assuré|regretté|lancé|insisté|prévenu|précisé|indiqué|écrit|annoncé|confié|poursuivi|martelé|raconté|témoigné|rappelé|dénoncé|réagi|commenté|répondu|confirmé|détaillé|jugé|noté|reconnu|ordonné|crié|demandé|averti|posté|publié|tweeté|' +
  'déclare|promet|garantit|affirme|concède|ajoute|explique|évoque|salue|relate|souligne|estime|assure|regrette|lance|insiste|prévient|précise|indique|écrit|annonce|confie|poursuit|martèle|raconte|témoigne|rappelle|dénonce|réagit|commente|répond|confirme|détaille|juge|note|reconnaît|ordonne|crie|demande|avertit|scandé|scandaient|scandent|' +
  // The imperfect of a habit or a scene ("« … », déclarait-il en 2014").
  'déclarait|disait|expliquait|affirmait|ajoutait|confiait|racontait|écrivait|lançait|assurait|estimait|soulignait|répétait|précisait|insistait|martelait|rappelait|plaisantait|ironisait';
/** Spanish verbs of saying, in the preterite, the present, and as past participles after "ha" ("ha afirmado"). */
const ES_VERBS =
  'dicho|afirmado|declarado|asegurado|explicado|señalado|añadido|indicado|subrayado|expresado|escrito|comentado|advertido|reconocido|apuntado|destacado|manifestado|lamentado|respondido|tildado|tildó|' +
  'prometió|prometido|promete|sentenció|zanjó|remató|enfatizó|puntualizó|aseveró|concluyó|dijo|relató|contó|narró|confesó|admitió|recordó|reconoció|detalló|respondió|preguntó|afirmó|indicó|explicó|señaló|aseguró|añadió|agregó|declaró|subrayó|precisó|escribió|comentó|sostuvo|advirtió|manifestó|expresó|apuntó|destacó|informó|anunció|confirmó|mencionó|calificó|llamó|tachó|denunció|reiteró|recalcó|insistió|lamentó|ordenó|gritó|pidió|exclamó|corearon|coreaban|gritaron|publicó|tuiteó|' +
  'dice|relata|cuenta|recuerda|reconoce|detalla|responde|afirma|indica|explica|señala|asegura|añade|agrega|declara|subraya|precisa|escribe|comenta|sostiene|advierte|manifiesta|expresa|apunta|destaca|informa|anuncia|confirma|describe|describió|' +
  // Plural subjects ("Vecinos describen …", "los testigos dijeron").
  'dijeron|confirmaron|describieron|relataron|contaron|aseguraron|afirmaron|explicaron|señalaron|indicaron|denunciaron|calificaron|advirtieron|recordaron|' +
  'dicen|confirman|describen|relatan|cuentan|aseguran|afirman|explican|señalan|denuncian|califican|advierten|recuerdan';

/** Italian verbs of saying, as past participles after "ha" or in the present. */
const IT_VERBS =
  'definito|definisce|promesso|promette|detto|scritto|dichiarato|affermato|aggiunto|spiegato|sottolineato|precisato|annunciato|commentato|riferito|ribadito|confermato|' +
  'dice|scrive|dichiara|afferma|aggiunge|spiega|sottolinea|precisa|annuncia|commenta|riferisce|ribadisce';

/** Portuguese verbs of saying, in the preterite, the present and the plural ("disse", "afirma", "disseram"). */
const PT_VERBS =
  'chamou|prometeu|disse|afirmou|declarou|acrescentou|explicou|destacou|ressaltou|salientou|sublinhou|comentou|escreveu|publicou|informou|anunciou|confirmou|alertou|advertiu|garantiu|assegurou|reiterou|lamentou|criticou|classificou|respondeu|questionou|perguntou|pediu|contou|relatou|concluiu|frisou|completou|enfatizou|' +
  'diz|afirma|declara|acrescenta|explica|destaca|ressalta|salienta|sublinha|escreve|informa|anuncia|alerta|garante|assegura|reitera|lamenta|classifica|responde|relata|' +
  'disseram|afirmaram|declararam|explicaram|informaram|relataram|contaram|dizem|afirmam';

/** Catalan verbs of saying, in the present, as past participles after "ha", and as infinitives after "va" ("va dir"). */
/** Catalan infinitives say something only after "va"/"van" ("va explicar": explained); Spanish "pudo explicar" is no verb of saying. */
const CA_INFINITIVES = 'dir|afirmar|afegir|explicar|assegurar|declarar|anunciar|subratllar|destacar|indicar|escriure';
const CA_VERBS =
  'afirma|afegeix|explica|assegura|declara|diu|sosté|subratlla|destaca|indica|precisa|anuncia|apunta|remarca|insisteix|adverteix|escriu|' +
  `dit|afirmat|afegit|explicat|assegurat|declarat|anunciat|subratllat|destacat|indicat|escrit|${CA_INFINITIVES}`;
const AFTER_VA = new Set(CA_INFINITIVES.split('|'));

/**
 * The verbs of saying of all five languages, and those of calling something a name ("a qualifié le baiser de « … »"),
 * for the speaker stages' "is there a speech verb here?" (not the words English writes too: "note", "lance", "dice").
 */
export const FOREIGN_SPEECH_WORDS: ReadonlySet<string> = new Set(
  [DE_VERBS, FR_VERBS, ES_VERBS, IT_VERBS, CA_VERBS, PT_VERBS, 'qualifié|qualifie|calificó|califica|definito|definisce|nannte|nennt|bezeichnete|bezeichnet']
    .join('|')
    .split('|')
    .filter((w) => !['so', 'laut', 'note', 'lance', 'dice'].includes(w)),
);

/** The articles a speaker phrase may open with: definite, indefinite, possessive ("sein Anwalt"), and "one of the". */
const ARTICLE =
  '(?:der|die|das|dem|einem|ein|eine|einer|sein|seine|ihr|ihre|le|la|les|un|une|des|son|sa|ses|el|els|los|las|uno\\s+de|una\\s+de|uno|una|su|sus|seu|seva|il|lo|gli|i)';
// ("…", confirmaron fuentes oficiales: sources, in the plural, need no article.)
const WHO = `(er|sie|il|elle|${ARTICLE}\\s+[^,.;:“”„«»"]{2,60}?|(?:fuentes|fonti|fontes)\\s+[^,.;:“”„«»"]{2,60}?|l[’']\\s*[^,.;:“”„«»"]{2,60}?|\\p{Lu}[^,.;:“”„«»"]{1,60}?)`;
/**
 * The speaker phrase ends at punctuation; before what describes a name ("John Mauger des garde-côtes et chef …", but
 * not "le porte-parole des pompiers"); before a participle that describes them ("un passant ayant vu
 * la scène"); or before where or how they said it ("el ente rector en un comunicado",
 * "un témoin sur les réseaux sociaux", "uno de los médicos que lo atendió", "die Nachbarin unter Tränen"), or to whom
 * ("Ivo Brandt à Mirela Stan"), or when ("Clément en 2023"), or how they looked ("le ministre visiblement ému").
 */
const END =
  "\\s*(?=[,.;:!?]|$|\\s+(?:weiter|zudem|außerdem)\\s*[,.;:!?]|(?<=\\p{Lu}[\\p{L}.’'-]*)\\s+(?:des|du|et|qui|und|aus|vom)\\s+\\p{Ll}|\\s+(?:am|im|in|per|en|dans|sur|su|lors|auprès|devant|depuis|après|avant|à|aux|au|chez|que|quien|y|a|al|ante|tras|durante|auf|bei|vor|gegenüber|nach|während)\\s+\\p{Ll}|\\s+(?:sur|su|via|al|au|a|auf|gegenüber)\\s+\\p{Lu}|(?<=\\p{Lu}[\\p{L}.’'-]*)\\s+(?:à|zu)\\s+\\p{Lu}|\\s+(?:am|im|beim)\\s+[\\p{Lu}\\d]|\\s+(?:unter|mit|ohne|vor|nach|bei|während)\\s+(?:\\p{Lu}\\p{Ll}|der\\s|dem\\s|den\\s|einer\\s|einem\\s)|\\s+(?:ayant|étant)\\s|\\s+\\p{Ll}{3,}(?:ment|mente)\\s+\\p{Ll}+\\s*(?:[,.;:!?]|$)|\\s+(?:en|in|nel|im|em|no)\\s+\\d{4}\\b)";
/** When, or on whose part, between the verb and its speaker ("a précisé mercredi le porte-parole", "écrit de son côté"). */
const BETWEEN =
  "(?:\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd[’']hui|encore|également|aussi|alors|ensuite|de\\s+son\\s+côté|pour\\s+sa\\s+part|à\\s+son\\s+tour|(?:(?:quelques|\\d+|deux|trois)\\s+(?:minutes|heures|jours)\\s+)?plus\\s+tard|(?:peu\\s+)?auparavant|(?:(?:unos|unas|pocos|pocas|\\d+)\\s+(?:minutos|horas|días)\\s+)(?:después|más\\s+tarde)|plus\\s+tôt|peu\\s+après|el\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|también|además|am\\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|gestern|heute|auch|" +
  // "a précisé lors d’un point de presse depuis le quai le préfet", "contestó en una entrevista el concejal"
  "(?:lors\\s+d[’']une?|en(?:\\s+(?:una?|su))?|au\\s+cours\\s+d[’']une?|durante\\s+(?:una?|la|el))\\s+\\p{Ll}+(?:\\s+de\\s+\\p{Ll}+)?" +
  "(?:\\s+depuis\\s+(?:l[’']|le\\s+|la\\s+)\\p{L}+)?|" +
  // "a commenté jeudi sur franceculture Ana Lind": where it was said, one word, right before a name.
  'sur\\s+[\\p{L}-]+(?=\\s+\\p{Lu})|' +
  // "contó a Radio Norte la vecina": whom it was said to, before the speaker.
  'a\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}|' +
  // "a affirmé à la radio la porte-parole", "a indiqué à l’APV", "dijo a los periodistas el alcalde".
  "(?:à|a)\\s+la\\s+(?:presse|prensa|radio|télévision|televisión)|aux\\s+journalistes|a\\s+los\\s+periodistas|à\\s+l[’']\\p{Lu}{2,}|au\\s+\\p{Lu}[\\p{L}-]+)(?:\\s+(?:matin|soir|après-midi|Morgen|Abend))?)*";

/** ", sagte Okafor" / ", so der Premier" / ", teilte Sprecher Ana Lind am Morgen mit" */
const GERMAN = new RegExp(`^[\\s,.;:—–-]*(${DE_VERBS})${BETWEEN}\\s+${WHO}${END}`, 'u');
/** ", a déclaré M. Okafor" / ", a-t-il dit" / ", regrette-t-il" / ", selon Mme Okafor" / ", précise mercredi le maire" / ", a encore dit le préfet" / ", ont crié les dockers" */
const FRENCH = new RegExp(
  `^[\\s,.;:—–-]*(?:(?:(?:a|avait|ont|avaient)\\s+(?:(?:encore|aussi|également|ensuite|alors|déjà|plus\\s+tard|ainsi|notamment|enfin|toutefois|néanmoins|d[’']ailleurs|par\\s+ailleurs|de\\s+nouveau)\\s+)?)?(${FR_VERBS})${BETWEEN}\\s+${WHO}|(?:a|avait)[\\s-]*t-(il|elle)\\s+(${FR_VERBS})|(${FR_VERBS})(?:[\\s-]+t)?-(il|elle)|selon\\s+${WHO})${END}`,
  'u',
);
/** ", dijo el ministro" / ", ha afirmado el alcalde" / ", indicó el ente rector en un comunicado" / ", según la policía" */
const SPANISH = new RegExp(
  `^[\\s,.;:—–-]*(?:(?:(?:le|les|me|nos|te|se)\\s+)?(?:(?:ha|había|han)\\s+)?(${ES_VERBS})${BETWEEN}\\s+${WHO}|según\\s+${WHO})${END}`,
  'u',
);
/** ", afirma el mateix comunicat" / ", va dir el ministre" / ", segons la policia" (Catalan) */
const CATALAN = new RegExp(`^[\\s,.;:—–-]*(?:(?:(?:ha|han|va|van)\\s+)?(${CA_VERBS})${BETWEEN}\\s+${WHO}|segons\\s+${WHO})${END}`, 'u');
/** ", disse o governador, Ana Lima," / ", afirmou ela" / ", segundo a polícia" (Portuguese, with its own articles). */
const PORTUGUESE = new RegExp(
  `^[\\s,.;:—–-]*(?:(?:(?:tem|têm|havia)\\s+)?(${PT_VERBS})${BETWEEN}\\s+|(?:segundo|de\\s+acordo\\s+com)\\s+)(ele|ela|eles|elas|(?:o|a|os|as|um|uma|seu|sua)\\s+[^,.;:“”„«»"]{2,60}?|\\p{Lu}[^,.;:“”„«»"]{1,60}?)${END}`,
  'u',
);
/** ", heißt es in dem Statement" / ", hieß es in einer Mitteilung": the document the words are in. */
const GERMAN_DOCUMENT = new RegExp(
  `^[\\s,.;:—–-]*(?:heißt|hieß)\\s+es\\s+(?:(?:in|auf)\\s+${WHO}|(?:im|auf\\s+dem)\\s+(\\p{Lu}[^,.;:“”„«»"]{1,60}?))${END}`,
  'u',
);
/** Documents issued by their author: a statement, a press release, a letter, a post. */
const ISSUED = /(?:Statement|Erklärung|Mitteilung|Stellungnahme|Kommuniqué|Communiqué|Brief|Schreiben|Post|Beitrag)\b/u;
/** ", ha detto il ministro" / ", scrive Yarmysh su X" / ", si legge in una nota" / ", secondo la polizia" */
const ITALIAN = new RegExp(
  `^[\\s,.;:—–-]*(?:(?:(?:gli|le|mi|ci|ti)\\s+)?(?:(?:ha|aveva)\\s+)?(${IT_VERBS})${BETWEEN}\\s+${WHO}|si\\s+legge\\s+(?:in|nel(?:la)?)\\s+(${WHO.slice(1, -1)})|secondo\\s+${WHO})${END}`,
  'u',
);

/** Pronouns after "selon", "según", "laut": "selon lui" is "according to him". */
const OBJECT_PRONOUNS: Record<string, string> = { lui: 'he', elle: 'she', él: 'he', ella: 'she', ihm: 'he', ihr: 'she' };
// ("Ce dernier a déclaré …", "cette dernière": the latter, the one just named.)
const PRONOUNS: Record<string, string> = {
  'ce dernier': 'he',
  // ("Lo stesso ha aggiunto …", "la misma": the same one, the one just named.)
  'lo stesso': 'he',
  'la stessa': 'she',
  'el mismo': 'he',
  'la misma': 'she',
  'cette dernière': 'she',
  'este último': 'he',
  'esta última': 'she',
  er: 'he',
  il: 'he',
  sie: 'she',
  elle: 'she',
  ils: 'they',
  elles: 'they',
  ele: 'he',
  ela: 'she',
  eles: 'they',
  elas: 'they',
  él: 'he',
  ella: 'she',
  ellos: 'they',
  ellas: 'they',
  lui: 'he',
  lei: 'she',
  loro: 'they',
};

/** A foreign speaker phrase: in English form for the speaker stages, as written for the record, and its verb. */
export interface ForeignReporting {
  /** "he", "she", or the phrase with "the" for its definite article ("the Premier ministre"). */
  who: string;
  /** The phrase as the article writes it ("le porte-parole des pompiers"), null for a pronoun. */
  written: string | null;
  at: number;
  verb: string;
}

/** The speaker phrase of a German, French, Spanish or Italian reporting clause after a quotation, and its verb. */
export function foreignReporting(after: string): ForeignReporting | null {
  let verb: string;
  let who: string;
  let m = GERMAN.exec(after);
  // (", teilte das Ministerium mit": a separable verb's particle closes the clause; it is no part of the speaker.)
  if (m) [verb, who] = [m[1]!, m[2]!.replace(/\s+(?:mit|hinzu|fest|bekannt|an|zu)$/u, '')];
  else if ((m = FRENCH.exec(after))) [verb, who] = [m[1] ?? m[4] ?? m[5] ?? 'selon', m[2] ?? m[3] ?? m[6] ?? m[7]!];
  else if ((m = SPANISH.exec(after))) [verb, who] = [m[1] ?? 'según', m[2] ?? m[3]!];
  else if ((m = ITALIAN.exec(after))) [verb, who] = [m[1] ?? (m[3] ? 'si legge' : 'secondo'), m[2] ?? m[3] ?? m[4]!];
  else if ((m = CATALAN.exec(after))) [verb, who] = [m[1] ?? 'segons', m[2] ?? m[3]!];
  else if ((m = PORTUGUESE.exec(after))) [verb, who] = [m[1] ?? 'segundo', m[2]!];
  // (Only a document its author issues speaks: "hieß es in dem Bericht" relays a witness the sentence before named.)
  else if ((m = GERMAN_DOCUMENT.exec(after)) && ISSUED.test(m[1] ?? m[2]!)) [verb, who] = ['heißt es', m[1] ?? m[2]!];
  else return null;
  const at = m.index + m[0].lastIndexOf(who);
  // ("“…”, dijo a Ana Ruiz, de la radio": the rest of the one it was said to is no speaker; the clause names none.)
  if (/^\p{Lu}/u.test(who) && /\s(?:a|al)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+$/u.test(after.slice(0, at))) return null;
  const pronoun = PRONOUNS[who.toLowerCase()];
  if (pronoun) return { who: pronoun, written: null, at, verb };
  // (A statement that names no issuer read in English, so the speaker stages look for who put it out: "hieß es in
  // einer Mitteilung"; "in einer Stellungnahme der Angehörigen" names its issuer.)
  if (verb === 'heißt es' && /^\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(who.trim())) return { who: 'the statement', written: who.trim(), at, verb };
  return { who: englishForm(who), written: who.trim(), at, verb };
}

/** "der scheidende Premier", "le Premier ministre", "dem Ministerium": a phrase with its definite article, read as "the …". */
const englishForm = (who: string) => who.replace(/^(?:der|die|das|dem|den|le|la|les|el|els|los|las|il|lo|gli|i|o|a|os|as)\s+|^l[’']\s*/u, 'the ');

/** "Selon les médias, …", "Según la policía, …", "Laut dem Ministerium …": the source a sentence opens with. */
const SOURCE_OPENING =
  /(?:^|[,;:]\s*)(?:[Ss]elon|[Dd][’']après|[Ss]egún|[Ss]egons|[Ss]econdo|[Ss]egundo|[Dd]e\s+acordo\s+com|[Ll]aut)\s+([^,.;:“”„«»"]{2,80}?)\s*,/u;

/** A verb of saying opening a source phrase ("confirmaron fuentes oficiales", "informó el ministerio"). */
const SAYING_FIRST = new RegExp(`^(?:(?:ha|han|a|ont)\\s+)?(?:${[ES_VERBS, IT_VERBS, FR_VERBS, PT_VERBS].join('|')})\\s+(?=\\S)`, 'u');

/**
 * "Wie die Hafenbehörde mitteilte, …", "Como informó el ministerio, …", "Come ha riferito la polizia, …", "Comme l’a
 * indiqué le préfet, …": "as X said" opening a sentence names the source of what the sentence reports.
 */
const AS_SAID = new RegExp(
  `(?:^|[.;:]\\s+)(?:Wie\\s+((?:der|die|das|ein|eine)\\s+[^,.;:“”„«»"]{2,60}?|\\p{Lu}[^,.;:“”„«»"]{1,60}?)\\s+(?:mit|bekannt|hinzu)?(?:${DE_VERBS})(?:\\s+(?:hat|hatte|habe))?|(?:Como|Come|Comme\\s+l[’']\\s*a|Tal\\s+(?:y\\s+)?como)\\s+(?:(?:ha|lo\\s+ha|han)\\s+)?(?:${[ES_VERBS, IT_VERBS, FR_VERBS, PT_VERBS].join('|')})\\s+${WHO})\\s*,`,
  'u',
);

/**
 * "Auf der Seite der Hafenbehörde heißt es, Brandt werde „…“", "In einer Mitteilung des Ministeriums hieß es, …": the
 * author of the page or the statement the words are read in (the subject of the reported clause only stands in them).
 */
const DOCUMENT_OF =
  /(?:(?:auf|in)\s+(?:der|dem|einer|einem)\s+(?:Seite|Webseite|Website|Homepage|Erklärung|Mitteilung|Stellungnahme|Account|Konto)\s+((?:der|des)\s+[^,.;:“”„«»"]{2,60}?)\s+(?:heißt|hieß)\s+es|(?:heißt|hieß)\s+es\s+(?:auf|in)\s+(?:der|dem|einer|einem)\s+(?:Seite|Webseite|Website|Homepage|Erklärung|Mitteilung|Stellungnahme|Account|Konto)\s+((?:der|des)\s+[^,.;:“”„«»"]{2,60}?))\s*,/u;

/** The source named by a foreign "according to" before a quotation, as `foreignReporting` gives it, or null. */
export function foreignSource(before: string): ForeignReporting | null {
  const doc = DOCUMENT_OF.exec(before);
  if (doc) {
    const who = doc[1] ?? doc[2]!;
    return { who: englishForm(who), written: who.replace(/^(?:der|des)\s+/, 'die '), at: doc.index + doc[0].indexOf(who), verb: 'heißt es' };
  }
  const m = SOURCE_OPENING.exec(before) ?? AS_SAID.exec(before);
  if (!m) return null;
  // ("según dijeron fuentes del puerto, …": the verb after "according to" is no part of the source.)
  const who = (m[1] ?? m[2]!).replace(SAYING_FIRST, '');
  // "Selon lui, « … »", "Según ella, …": the pronoun stands for the one named before.
  const object = OBJECT_PRONOUNS[who.trim().toLowerCase()];
  if (object) return { who: object, written: null, at: m.index + m[0].indexOf(who), verb: 'according to' };
  return {
    who: englishForm(who),
    written: who.trim(),
    at: m.index + m[0].indexOf(who),
    verb: 'according to',
  };
}

/** Asides between a subject and its verb: an age, a relative clause ("Anders Holm, 64 ans, qui tient le café, a déclaré"). */
const ASIDES = '(?:,\\s+(?:\\d{1,3}\\s+(?:ans|años)|(?:de|âgée?\\s+de)\\s+\\d{1,3}\\s+(?:ans|años)|(?:qui|dont|quien|que)\\s[^,.;:“”„«»"]{1,80}))*';

/** "Ein Augenzeuge berichtete …, dass es „…“", "Le Kremlin a assuré que « … »": a subject, then its verb of saying. */
const SUBJECT_VERB = new RegExp(
  `(?:^|[,;:]\\s+)((?:${ARTICLE}|l[’'])\\s*[^,.;:“”„«»"]{2,60}?|\\p{Lu}[^,.;:“”„«»"]{1,60}?)${ASIDES},?\\s+(?:(?:a|avait|ont|avaient|ha|han|va|van|aveva|hanno|hat|hatte|habe|haben|hatten|tem|têm)\\s+(?:(?:\\p{Ll}+ment|déjà|encore|aussi|également|ainsi|notamment|enfin|toutefois|d[’']ailleurs|par\\s+ailleurs|ensuite|puis|ya|también|luego|già|anche|poi)\\s+)?)?(${[DE_VERBS, FR_VERBS, ES_VERBS, IT_VERBS, CA_VERBS, PT_VERBS].join('|')})(?!\\p{L})[^“”„«»"]*$`,
  'u',
);

/**
 * "…, a líder trabalhista disse que", "os advogados afirmaram": a Portuguese subject after a comma, opening with its
 * article in lower case (apart from SUBJECT_VERB, whose articles would read French "a déclaré" as one), then the verb.
 */
const PORTUGUESE_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s+)((?:[Oo]s?|[Aa]s?|[Uu]ma?)\\s+[^,.;:“”„«»"]{2,60}?)\\s+(?:(?:também|ainda|já|não)\\s+)?(${PT_VERBS})(?!\\p{L})[^“”„«»"]*$`,
  'u',
);

/** "… une décision qu’il juge « … »", "lo que él calificó de …": a pronoun after "que" and its verb of saying. */
const QUE_PRONOUN = new RegExp(`\\bqu(?:e\\s+|[’']\\s*)(il|elle|ils|elles)\\s+(${FR_VERBS})(?!\\p{L})[^“”„«»"]*$`, 'u');

/** "Zudem würdigte er …", "Später betonte Vanhal …": German puts the subject after the verb when a word opens the clause. */
const GERMAN_INVERTED = new RegExp(
  `(?:^|[.;:]\\s+)\\p{Lu}\\p{Ll}+\\s+(${DE_VERBS})\\s+(er|sie|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)(?=[\\s:,])[^“”„«»"]*$`,
  'u',
);

/**
 * "Im Mai erklärte der Hafenmeister, Jan Kessmann, dass …", "In einem Brief, der am Montag verschickt wurde,
 * schrieb Ana Brandt, …": a phrase of time or place, or a subordinate clause closed by its verb, opens the clause,
 * so the subject follows the verb: a pronoun, a name, or a role with its article (and the name in apposition after it).
 */
const GERMAN_FRONTED = new RegExp(
  `(?:(?:^|[.;:]\\s+)(?:Im|In|Am|An|Auf|Bei|Nach|Vor|Seit|Während|Mit|Zum|Zur|Beim|Laut)\\s+[^,.;:“”„«»"]{1,60}?|(?:wurde|wurden|wird|werden|worden|hatte|hat|habe|hatten|war|ist|sei|waren|sind),)\\s+(${DE_VERBS})\\s+(er|sie|(?:der|die)\\s+\\p{Lu}[^,.;:“”„«»"]{1,60}?|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})(?:,\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}),)?(?=\\s*[,:]|\\s+(?:dass|am|im|gegenüber|laut)\\s)[^“”„«»"]*$`,
  'u',
);

/** The speaker of a Spanish verb whose subject is left out: the person the sentences before are about, of either sex. */
export const DROPPED = 'dropped';
/** Spanish verbs of saying in the singular (not "dijeron", "cuentan"). */
const ES_SINGULAR = new Set(ES_VERBS.split('|').filter((v) => !/(?:ron|an|en)$/.test(v)));

const PT_SINGULAR = new Set(PT_VERBS.split('|').filter((v) => !/(?:ram|am|em)$/.test(v)));
/** Italian verbs of saying (all singular). */
const IT_SINGULAR = new Set(IT_VERBS.split('|'));
/**
 * "También prometió «…»", "Inoltre ha aggiunto: «…»", "Depois disse que …": a sentence that opens with its verb of
 * saying in the singular (an adverb and an auxiliary may go first) has left its subject out, as Spanish, Italian and
 * Portuguese do: the one the sentences before are about.
 */
const DROPPED_OPENING = new RegExp(
  `^\\s*(?:(?:También|Además|Asimismo|Luego|Después|Más\\s+tarde|Poco\\s+después|Finalmente|Igualmente|Anche|Inoltre|Poi|Più\\s+tardi|Poco\\s+dopo|Infine|Também|Depois|Mais\\s+tarde|Pouco\\s+depois|Ainda|Além disso)\\s*,?\\s+)?(?:(?:[Hh]a|[Hh]á|[Tt]em)\\s+(?:(?:también|anche|poi|inoltre|ainda)\\s+)?)?(\\p{L}\\p{Ll}+)(?![\\p{L}])(?:[\\s,:][^“”„«»".;]*)?$`,
  'u',
);
/** A Spanish, Portuguese or Italian verb of saying in the singular ("Dijo", "Disse", "Aggiunge"). */
export const droppedVerb = (verb: string) => {
  const v = verb.toLowerCase();
  return ES_SINGULAR.has(v) || PT_SINGULAR.has(v) || IT_SINGULAR.has(v);
};

/**
 * "È quanto ha detto la sindaca, Ana Lind, annunciando …", "Así lo afirmó la alcaldesa", "C’est ce qu’a déclaré
 * le maire": "so said X" opening a sentence puts the subject after its verb (and a name in apposition after a role is
 * who it is).
 */
const SO_SAID = new RegExp(
  `(?:^|[.;:!?]\\s+)(?:[ÈE]\\s+quanto|Così|Así\\s+lo|C[’']est\\s+ce\\s+qu[’']\\s*(?:a|ont|avait)?|Es\\s+lo\\s+que|Foi\\s+o\\s+que)\\s+(?:(?:ha|hanno|han|ha\\s+(?:poi|anche)|lo|ho|o)\\s+)?(${[FR_VERBS, ES_VERBS, IT_VERBS, PT_VERBS].join('|')})\\s+(?:(?:da|dal|dalla|dallo|por|par)\\s+)?((?:${ARTICLE}\\s+|l[’']\\s*)?[^,.;:“”„«»"]{2,80}?)(?:,\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2}))?(?=\\s*[,.;:]|\\s*$)`,
  'u',
);

/**
 * The subject words of a foreign verb of saying: "Mais si la Compagnie a promis …", "il a jugé …" — a joining word
 * before the subject, or the auxiliary the subject's pattern took in, is no part of it.
 */
function subjectWords(phrase: string): string {
  return (
    phrase
      .replace(
        /^(?:(?:Mais|Et|Or|Donc|Puis|Pero|Y|E|Ma|Aber|Und|Doch)\s+)?(?:(?:[Ss]i|[Qq]uand|[Ll]orsque|[Pp]uisque|[Cc]uando|[Aa]unque|[Mm]ientras|[Ww]enn|[Ww]eil|[Oo]bwohl)\s+)(?=\S)/u,
        '',
      )
      .replace(/^(?:Mais|Pero|Aber|Doch|Et|Y|Und)\s+(?=\S)/u, '')
      // ("S’il se dit …": "if he", the pronoun without its "if".)
      .replace(/^[Ss][’']\s*(?=ils?\b)/u, '')
      .replace(/^(il|elle|ils|elles|on)\s+(?:a|avait|ont|avaient)$/iu, '$1')
      // ("La stessa si è detta …", "El mismo se ha …": the reflexive and its auxiliary.)
      .replace(/\s+(?:si|se)(?:\s+(?:è|é|sono|ha|han|había))?$/iu, '')
      // ("O capitão também afirmou", "El fiscal no respondió": an adverb before the verb is no part of it.)
      .replace(/(?:\s+(?:também|tampouco|ainda|já|não|nunca|también|tampoco|todavía|ya|no|aussi|déjà|anche|già|non|mai|auch|nicht|bereits|schon))+$/iu, '')
  );
}

/** Prepositions of Spanish, Portuguese and Italian that open a phrase of place or time before a verb whose subject is left out. */
const DROPPING_PREPOSITIONS =
  'Desde|En|Con|Tras|Durante|Para|Por|Sobre|Ante|Na|No|Nas|Nos|Numa|Num|Em|Após|Apos|Ao|À|Pelo|Pela|Nella|Nel|Nei|Nelle|Negli|Dopo|Alla|Al|Dal|Dalla|Sulla|Sul';
/** A phrase of place or time opening the clause, in those languages (its subject left out). */
const DROPPING_OPENING = new RegExp(`^(?:${DROPPING_PREPOSITIONS})\\s`, 'u');
/** A phrase of place or time opening the clause, in any language read here: no subject. */
const OPENING_PLACE_OR_TIME = new RegExp(
  `^(?:${DROPPING_PREPOSITIONS}|Según|Dans|Depuis|Avec|Après|Pendant|Pour|Sur|Chez|Devant|Mit|Nach|Seit|Bei|Vor|Während|Auf|Aus|In|Im|Am|An|Zum|Zur|Beim|Vom|Über|Unter|Gegenüber)\\s`,
  'u',
);

/** A subject opened by a definite article ("el secretario adjunto …", "la ministra", "il sindaco", "l’ancien maire"). */
const ROLE_ARTICLE_OPENING = /^(?:el|la|le|il|lo|der|die|o|a|l[’'])(?:\s|(?<=[’']))/iu;
/** A name of two to four words opening its clause, then the comma that opens an apposition, ending the words before it. */
const NAME_BEFORE_APPOSITION = /(?:^|[,;:]\s+)((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'.-]+),\s+$/u;

/** The subject of a foreign verb of saying before a quotation, as `foreignReporting` gives it, or null. */
export function foreignSubject(before: string): ForeignReporting | null {
  const so = SO_SAID.exec(before);
  if (so) {
    const who = so[3] ?? so[2]!;
    return { who: so[3] ? who : englishForm(who), written: who, at: so.index + so[0].lastIndexOf(who), verb: so[1]! };
  }
  const dropped = DROPPED_OPENING.exec(before);
  if (dropped && droppedVerb(dropped[1]!)) return { who: DROPPED, written: null, at: dropped.index + dropped[0].indexOf(dropped[1]!), verb: dropped[1]! };
  const inverted = GERMAN_INVERTED.exec(before);
  if (inverted && !['so', 'laut'].includes(inverted[1]!)) {
    const who = inverted[2]!;
    const at = inverted.index + inverted[0].indexOf(who, inverted[0].indexOf(inverted[1]!) + inverted[1]!.length);
    const pronoun = PRONOUNS[who.toLowerCase()];
    return pronoun ? { who: pronoun, written: null, at, verb: inverted[1]! } : { who, written: who, at, verb: inverted[1]! };
  }
  const que = QUE_PRONOUN.exec(before);
  if (que) return { who: PRONOUNS[que[1]!]!, written: null, at: que.index + que[0].indexOf(que[1]!), verb: que[2]! };
  const fronted = GERMAN_FRONTED.exec(before);
  if (fronted && !['so', 'laut'].includes(fronted[1]!)) {
    const who = fronted[3] ?? fronted[2]!;
    const at = fronted.index + fronted[0].lastIndexOf(who);
    const pronoun = PRONOUNS[who.toLowerCase()];
    return pronoun ? { who: pronoun, written: null, at, verb: fronted[1]! } : { who: englishForm(who), written: who, at, verb: fronted[1]! };
  }
  const m = SUBJECT_VERB.exec(before) ?? PORTUGUESE_SUBJECT.exec(before);
  if (!m || ['so', 'laut', 'note', 'lance', 'dice'].includes(m[2]!)) return null;
  if (AFTER_VA.has(m[2]!) && !/\bvan?\s+$/u.test(m[0].slice(0, m[0].lastIndexOf(m[2]!)))) return null;
  const who = subjectWords(m[1]!);
  // "Danach korrigierte der Bürgermeister seine Zahl und sprach von «…»": a subject that ends in "and" is a clause
  // with a verb of its own; the subject is in it, not the whole of it.
  if (/\s(?:und|et|y|e|and|aber|mais|pero|ma)$/u.test(who.trim())) return null;
  // "Wie berichtet, …": "as reported" names nobody.
  if (/^(?:Wie|Als|Wenn|Dass|Was|Wer|Damit|Dabei|Zudem|Bisher|Zuvor|Auch|Doch|Aber|Und|Oder|Es|Das|Dies|Comme|Como|Come|Ainsi|Así)$/u.test(who.trim()))
    return null;
  // "Pero según informa la radio, …": "according to" before the verb is no subject (the one reported is after it).
  if (/^(?:según|selon|segundo|secondo|segons|laut|gemäß)$/iu.test(who.trim())) return null;
  // "Desde su cama, relató …", "Depuis l’hôpital, il …": a phrase of place or time opening the clause is no subject
  // (Spanish leaves the subject out; the speaker is found as for a quotation with none).
  // ("Na entrevista, declarou: “…”", "Nella lettera, ha scritto": Portuguese and Italian alike.)
  if (OPENING_PLACE_OR_TIME.test(who.trim())) {
    // ("Em Cardow, a líder trabalhista disse que …": a subject after the phrase's comma is the subject.)
    const end = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    const after = /^,\s+/.test(before.slice(end)) ? foreignSubject(before.slice(end)) : null;
    if (after && after.who !== DROPPED) return { ...after, at: after.at + end };
    // (A Spanish, Portuguese or Italian verb in the singular has its subject in it: the one the sentences before are about.)
    return DROPPING_OPENING.test(who.trim()) && droppedVerb(m[2]!) ? { who: DROPPED, written: null, at: m.index + m[0].indexOf(m[2]!), verb: m[2]! } : null;
  }
  const pronoun = PRONOUNS[who.toLowerCase()];
  const at = m.index + m[0].indexOf(who);
  if (pronoun) return { who: pronoun, written: null, at, verb: m[2]! };
  // ("Piet Marlow, el secretario adjunto del Partido Verde, dijo que": a role in apposition after a name is the
  // name's; the name is the subject.)
  // (Not a phrase of place or time: "En Puerto Vell, el alcalde dijo".)
  const named = ROLE_ARTICLE_OPENING.test(who.trim()) ? NAME_BEFORE_APPOSITION.exec(before.slice(0, at)) : null;
  if (named && !OPENING_PLACE_OR_TIME.test(`${named[1]!} `) && !isPlace(named[1]!))
    return { who: named[1]!, written: named[1]!, at: named.index + named[0].indexOf(named[1]!), verb: m[2]! };
  return { who: englishForm(who), written: who.trim(), at, verb: m[2]! };
}
