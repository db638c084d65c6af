/**
 * Counts of things an action touched: "more than 40 council resignations", "at least 47 members of the board
 * had resigned", "over 1,200 trains had been cancelled". Two counts are of one thing when they name the same
 * action (the stem of the verb, or of a noun made from it: `resignations` / `resigned`) and the same things
 * counted (or one of them counts the action itself). A tally stated "as of" or "by" a time may grow: counts
 * given at different times can all be right.
 */
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { STOPWORDS } from '../words.ts';
import { qualifierOf, statedFact, weekdayOf, type Fact } from './facts.ts';
import { interval } from './values.ts';
import { stem } from './text.ts';

/** Qualifiers, with a capital or not ("At least 40 …" opens a sentence). */
const QUALIFIER = `(${'roughly|about|around|approximately|nearly|almost|some|over|more than|fewer than|less than|under|at least|up to|as many as'
  .split('|')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')})?`;
/** Counts written in words, two to twenty ("four shots had been fired"): as often as digits for small counts. */
const WORDS: Record<string, number> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i): [string, number] => [w, i + 2]),
);
/** A cheap first test: a digit, a number word, "once" or "twice". */
const COUNTED = new RegExp(`\\d|\\b(?:${Object.keys(WORDS).join('|')}|once|twice)\\b`, 'i');
/** A count before a count makes the second the whole the first is part of ("five of the six members", "two out of ten"). */
const WHOLE_OF = new RegExp(`\\b(?:\\d+|${Object.keys(WORDS).join('|')})\\s+(?:out\\s+)?of(?:\\s+(?:the|its|their))?\\s*$`, 'i');
/**
 * A count written with digits (thousands with commas) or in words, then up to two modifiers and a plural noun (`people`
 * too); never the last part of a hyphenated word (`Thirty-four dockers` is no count of four, `Line-7 trains` none of seven).
 */
const COUNT = new RegExp(
  `\\b${QUALIFIER}\\s*(?<![A-Za-z]-)(\\d{1,3}(?:,\\d{3})+|\\d+|(?:${Object.keys(WORDS)
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})(?=\\s))\\s+((?:[A-Za-z.’'-]+\\s+){0,2}?)([a-z]{3,}s|people|children|men|women|gunmen)\\b(?![%-])`,
  'g',
);
/** "guards detained six students", "officers arrested 12 people": a verb of arrest right before the count is its action. */
const ARRESTED_BEFORE = /\b(?:arrested|detained)\s*$/i;
/** "killing four and injuring 22 walkers", "wounding 12 people": a verb of harm right before the count is its action. */
const HURT_BEFORE = /\b(injur|wound)(?:ing|ed)\s*$/i;
/** Verbs of arrest: one action, whatever the verb. */
const ARREST = /^(?:arrested|detained)$/;
/**
 * How often an act was done to someone: "was shot five times", "fired five times", "stabbed at least twice", "hit
 * three times" (verb, qualifier, then once/twice or a count and "times").
 */
const TIMES = new RegExp(
  `\\b(shot|stabbed|hit|struck|fired|punched)\\s+(?:at\\s+)?(?:(?:him|her|them)\\s+)?${QUALIFIER}\\s*(?:(once|twice)|(\\d{1,2}|${Object.keys(WORDS).join('|')})\\s+times)\\b`,
  'gi',
);
/**
 * A count of people with no noun, missing, hurt or alive ("another 9,000 missing", "over 1,300 injured", "around 700 have
 * been injured", "41 are known to have survived"): the word ends the clause or goes on with a preposition, so "12 missing hikers" and "1,420 injured
 * passengers" (counts of children and passengers) are left to COUNT.
 */
const BARE = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:more\\s+)?(?:(?:were|are|was|have|has|had)\\s+)?(?:(?:known|believed|said|reported|thought)\\s+to\\s+have\\s+)?(?:been\\s+){0,2}(?:still\\s+)?(missing|injured|wounded|hurt|survived)\\b(?=\\s*[,.;:)]|\\s*$|\\s+(?:in|at|after|from|since|and|as|following|on|across|by|during|when|while|with)\\b)`,
  'g',
);
/**
 * People in critical condition with no noun ("seven were still in critical condition", "nine of those were in a
 * critical condition"): the state ends the count's clause, so it is a count of people in that state.
 */
const CRITICAL_BARE = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(WORDS).join('|')})\\s+(?:of\\s+(?:them|those)\\s+)?(?:(?:others?|more)\\s+)?(?:remain(?:ed|s)?|(?:were|are|was|is)(?:\\s+still)?)\\s+in\\s+(?:a\\s+)?critical\\s+condition\\b`,
  'gi',
);
/**
 * People badly hurt with no noun ("another 30 badly hurt", "with 12 seriously hurt"): compared with any
 * count of people badly hurt, never with a count of all the injured.
 */
const SERIOUS_BARE = new RegExp(
  `\\b${QUALIFIER}\\s*(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(WORDS).join('|')})\\s+(?:(?:others?|more)\\s+)?(?:(?:were|are|was|have|has|had)\\s+)?(?:been\\s+)?(?:seriously|severely|gravely|badly)\\s+(?:injured|wounded|hurt)\\b`,
  'gi',
);
/** A count of people in a state with no noun: its pattern, the state, what follows the count, and the fact's label. */
const BARE_STATES: ReadonlyArray<readonly [RegExp, string, RegExp, string]> = [
  [CRITICAL_BARE, 'critical', /\s+(?:remain|were|are|was|is)\b.*$/is, 'people in critical condition'],
  [SERIOUS_BARE, 'serious', /\s+(?:others?|more|were|are|was|have|has|had|been|seriously|severely|gravely|badly)\b.*$/is, 'people seriously injured'],
];
/** Verbs whose count of times is how often someone was hit. */
const HIT = new Set(['shot', 'hit', 'struck']);
/** "had resigned", "have been cancelled", "were safely evacuated", "are closed": the action the count is of. */
const PASSIVE = /^[^;:–—]{0,80}?\b(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:[a-z]{3,}ly\s+)?([a-z]{3,}ed)\b/;
/** A second count joined to the first ("367 passengers and 12 crew were evacuated"): the verb after it is both counts'. */
const AND_COUNT = new RegExp(
  `^\\s+(?:and|plus)\\s+(?:\\d{1,3}(?:,\\d{3})*|an?|${Object.keys(WORDS).join('|')})\\s+(?:[a-z-]+\\s+)?[a-z]+(?=\\s+(?:had|have|has|were|was|are|is|remain(?:ed|s)?)\\b)`,
);
/** The end of a count and "and" before a second count ("nine pupils and | a driver"). */
const AFTER_AND = new RegExp(`\\b(?:\\d+|${Object.keys(WORDS).join('|')})\\s+(?:[a-z-]+\\s+){0,2}?[a-z]+\\s+(?:and|plus)\\s*$`, 'i');
/**
 * "forced 300 workers into furlough", "sent 40 families into exile": the state the count was put into is its action,
 * as the past form is in "300 workers furloughed" (a content word, not `into their homes`).
 */
const INTO = /^\s+into\s+([a-z]{4,})\b/;
/** "12 flights cancelled", "nine staff resigned": a past form right after the noun. */
const DIRECT = /^\s+([a-z]{3,}ed|died)\b/;
/** "36 people had died", "99 people have been confirmed dead": deaths, whatever the verb. */
const DEAD = /^[^;:–—]{0,40}?\b(?:had|have|has|were|was|are|is)\s+(?:been\s+)?(?:confirmed\s+|reported\s+|found\s+)?(?:died|dead)\b/;
/**
 * People still missing: "4,000 people were still missing", "9,000 people remained missing", "are reported
 * missing", "unaccounted for" (before the passive test: "reported" is no action here).
 */
const MISSING =
  /^\s*(?:(?:were|are|was|is|remain(?:ed|s)?|ha(?:d|ve|s)\s+been)\s+)?(?:(?:still|now|reported|feared|believed|listed|officially)\s+)*(?:missing|unaccounted\s+for)\b/;
/**
 * People in hospital: "41 people were still hospitalised", "48 people were still in hospital", "45 people had to be
 * taken to hospital", "were admitted to hospital", "treated in hospital" (before the passive test: one count however
 * it is put).
 */
const HOSPITAL =
  /^\s*(?:(?:were|are|was|is|remain(?:ed|s)?|ha(?:d|ve|s)\s+been|had\s+to\s+be)\s+)?(?:(?:still|now|being)\s+)*(?:hospitali[sz]ed|(?:(?:taken|admitted|rushed|treated)\s+)?(?:in|to)\s+(?:a\s+|the\s+)?hospitals?)\b/;
/** People in critical condition: "nine pupils and a driver were in critical condition", "were critically hurt". */
const CRITICAL =
  /^\s*(?:(?:were|are|was|is|remain(?:ed|s)?|ha(?:d|ve|s)\s+been)\s+)?(?:(?:still|now)\s+)*(?:in\s+(?:a\s+)?critical\s+condition|critically\s+(?:ill|injured|wounded|hurt))\b/;
/**
 * People badly hurt: "eight walkers were badly hurt", "12 people suffered severe injuries", "were gravely
 * wounded" (after the count and its noun; before the passive test, which would read "sustained" as the action).
 */
const SERIOUS =
  /^\s*(?:(?:were|are|was|is|remain(?:ed|s)?|ha(?:d|ve|s)\s+been|ha(?:d|ve|s))\s+)?(?:(?:still|now)\s+)*(?:(?:seriously|severely|gravely|badly)\s+(?:injured|wounded|hurt)|(?:sustained|suffered)\s+(?:serious|severe|grave)\s+(?:injuries|wounds))\b/;
/**
 * A crowd expected at an event: "were set to watch", "were scheduled to attend", "had been expected for the whole
 * weekend", "who were due to see" (after a count of people, with "a night" or "each" perhaps between).
 */
const EXPECTED =
  /^\s*(?:(?:per\s+(?:day|night|show|concert|match|game)|each|a\s+(?:day|night))\s+)?(?:(?:who|that)\s+)?(?:(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+)?(?:(?:expected|due|set|estimated|scheduled)\s+to\s+(?:attend|watch|see)\b|expected\s+(?:for|at)\b)/;
/**
 * The crowd of one show of several: "per night", "each", or one show seen ("set to see the opening show"); else
 * the count is the crowd of all of them ("scheduled to attend the five nights", "expected for the whole weekend").
 */
const EACH =
  /^\s*(?:per\s+(?:day|night|show|concert|match|game)|each|a\s+(?:day|night))\b|\b(?:attend|watch|see)\s+(?:each|every|(?:the|a|its|his|her|their|\S+[’']s)\s+(?:[a-z-]+\s+)?(?:concert|show|match|game|performance|final))\b|\b(?:each|per)\s+(?:day|night|show|concert|match|game)\b/;
/** A crowd expected, at each event of several or at all of them: whoever is counted, one count. */
const CROWD = /^crowd(?: at each)?$/;
/** People who carried out an attack ("up to four gunmen", "three masked men", "at least four attackers"). */
const ATTACKERS = /^(?:gunmen|attackers|assailants|shooters|hijackers|raiders)$/;
const ARMED = /\b(?:armed|masked)\s*$/i;
/**
 * People who carried out a theft ("three hooded burglars", "five robbers"): how many there were, whatever they did next
 * (`climbed over the wall`, `made off with …`), unless the count is of those arrested, hurt or dead.
 */
const THIEVES = /^(?:thieves|robbers|burglars)$/;
/** What a count of thieves says nothing about how many there were: "two thieves were arrested", "three robbers died". */
const NOT_THIEVES = /^(?:arrested|detained|missing|hospitalised|critical|serious|died|killed|charged|caught|held)$/;
/**
 * Things stolen: the verb of theft right before the count ("stole 11 objects", "made off with 14 rings") or
 * after its noun ("14 pieces were taken").
 */
const STOLEN_BEFORE = /\b(?:stole|snatched|looted|(?:made|got)\s+(?:off|away)\s+with|escaped\s+with)\s*$/i;
const STOLEN_AFTER = /^\s+(?:of\s+(?:[a-z-]+\s+){1,2})?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:stolen|taken|snatched|looted)\b(?!\s+to\b)/;
/**
 * Others killed with someone, the verb before the count: "died in the ambush together with five other insurgents",
 * "was killed … alongside four bodyguards".
 */
const KILLED_WITH = /\b(?:killed|died)\b[^,;.]{0,60}?\b(?:along\s+with|alongside|together\s+with)\s*$/i;
/** Nouns of armed men: one count of the dead, whichever an outlet writes ("six other combatants" / "five other insurgents"). */
const FIGHTERS = /^(?:militants|fighters|combatants|insurgents)$/;
/** Nouns of things in general: a count of stolen "pieces" and one of stolen "items" are one count; "paintings" is not "cars". */
const THINGS = /^(?:pieces|items|objects|artefacts|artifacts|valuables|things|jewels)$/;

/** Verbs of the attack itself: a count of attackers with one of these, or with no verb, is how many there were. */
const ATTACK_VERB = /^(?:attacked|stormed|burst|opened|raided|entered|fired|shot)$/;
/** Nouns that count people in general: counts of the missing in any of them are one count ("300 people" / "450 residents"). */
const ANYONE = /^(?:people|persons|residents|others|individuals|inhabitants|villagers|civilians)$/;
/** Stems of the actions that count deaths: one event, however it is written ("died", "were killed", "dead", "96 deaths"). */
const DEATH = new Set(['die', 'kill', 'death']);
/** A noun made from a verb names the action itself ("resignations", "cancellations", "evictions"). */
const ACTION_NOUN = /(?:ion|ment)s$/;
/** A count stated at a time, which may grow later ("as of noon", "by Friday afternoon", "so far"). */
const TALLY_TIME =
  /\b(?:as of|so far|to date|at the time|by (?:(?:mid-?)?\p{L}+\s+)?(?:morning|afternoon|evening|night|noon|midday|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?))/iu;
/** Characters before a count in which an earlier year makes it a count of an earlier event. */
const EARLIER = 40;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;
/**
 * Units of length, height, weight and area: `swells of 2 to 3 metres were measured` measures a swell, it counts no
 * things measured (sizes.ts and depths.ts compare measures).
 */
const MEASURES =
  /^(?:(?:kilo|centi|milli)?(?:meters|metres)|km|cm|mm|m|feet|foot|ft|inches|miles|yards|kilograms|kilos|kg|grams|tons|tonnes|pounds|lbs|hectares|acres)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A line of a list of key facts (`- About 300 workers furloughed`): short and unpunctuated, the parser may take it for
 * a heading, but it states a count as a sentence does.
 */
const LIST_ITEM = /^[-–•*]\s+\S/;

/** The state after `into` right after a count's noun, when it is a content word. */
function into(tail: string): string | undefined {
  const word = INTO.exec(tail)?.[1];
  return word && !STOPWORDS.has(word) ? word : undefined;
}

/** Sentences with those cut after a clock time put back together ("As of 7 a.m. | Monday, 90 trains …"). */
function joinClockTimes(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = out.at(-1);
    if (last && /\b[ap]\.m\.$/i.test(text.slice(last[0], last[1]))) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

/** How far into what follows a count "each", "per night" or one show seen may say an expected crowd is of one show. */
const EACH_REACH = 80;

/** One sentence being read for counts: its record, its text, where it starts in the record's text, the record's year. */
interface SentenceContext {
  r: ArticleRecord;
  sentence: string;
  /** Offset of the sentence in the record's text. */
  at: number;
  /** The year the record is dated, or null. */
  year: number | null;
}

/** A count's value, written with digits (thousands with commas) or in words. */
function countValue(digits: string): number {
  return WORDS[digits.toLowerCase()] ?? Number(digits.replace(/,/g, ''));
}

/** Whether a match of COUNT counts things at all: not a year, a share, a length of time, a measure, a whole, nor an earlier event. */
function countsThings(c: SentenceContext, m: RegExpExecArray): boolean {
  const { sentence } = c;
  const digits = m[2]!;
  const noun = m[4]!;
  // A year ("in 2019 talks") or a share ("4 percent of flights") is no count of things.
  // A length of time ("six days") is a duration, compared in facts.ts.
  if (YEAR.test(digits) || STOPWORDS.has(noun) || TIME_UNITS.test(noun) || MEASURES.test(noun.toLowerCase()) || /\b(?:per|percent|cent)\b/i.test(m[3]!))
    return false;
  // The whole a count is taken from ("five out of the six members were killed") is not what the action touched.
  if (WHOLE_OF.test(sentence.slice(0, m.index))) return false;
  // A count just after an earlier year, or a year and "when", is of an earlier event ("the worst since 1918,
  // when 453 people died").
  const earlier = /\b((?:1[89]|20)\d\d)\b(,?\s+when\b)?\D*$/.exec(sentence.slice(Math.max(0, m.index - EARLIER), m.index));
  if (earlier && (earlier[2] || (c.year && Number(earlier[1]) < c.year))) return false;
  return true;
}

/** Where a count stands in its sentence: the words before it, its clause after it, and a verb of harm right before it. */
interface CountPlace {
  noun: string;
  before: string;
  tail: string;
  hurt: string | undefined;
}

/** The action a count of things is of ('missing', 'stolen', 'crowd', a past form …), or undefined when none is told. */
function actionOf({ noun, before, tail, hurt }: CountPlace): string | undefined {
  const clause = tail.replace(/\d.*$/s, '');
  return MISSING.test(tail)
    ? 'missing'
    : HOSPITAL.test(tail)
      ? 'hospitalised'
      : !ANYONE.test(noun) && (STOLEN_BEFORE.test(before) || STOLEN_AFTER.test(tail))
        ? 'stolen'
        : KILLED_WITH.test(before)
          ? 'killed'
          : EXPECTED.test(tail) && !ACTION_NOUN.test(noun)
            ? EACH.test(tail.slice(0, EACH_REACH))
              ? 'crowd at each'
              : 'crowd'
            : CRITICAL.test(tail)
              ? 'critical'
              : SERIOUS.test(tail)
                ? 'serious'
                : ACTION_NOUN.test(noun) || noun === 'deaths'
                  ? stem(noun)
                  : ARRESTED_BEFORE.test(before)
                    ? 'arrested'
                    : hurt
                      ? `${hurt}ed`
                      : (DIRECT.exec(tail)?.[1] ?? into(tail) ?? (DEAD.test(clause) ? 'died' : PASSIVE.exec(clause)?.[1]));
}

/** The event a count of an action is compared under: deaths and arrests are one event whatever the verb. */
function eventOf(action: string): string {
  return DEATH.has(stem(action)) ? 'die' : ARREST.test(action) ? stem('arrested') : CROWD.test(action) ? action : stem(action);
}

/** What a count of an action counts, as compared across articles: the thing's stem, or the action's where any thing will do. */
function nounOf(noun: string, action: string, verbFirst: boolean): string {
  // "96 deaths" counts the action itself, as "40 resignations" does.
  // Whoever is counted ("four suspects", "six students", "12 arrests"), a count of arrests is of one thing.
  // After the verb, whoever it touched ("injuring 22 walkers"): compared with any count of its order.
  return verbFirst
    ? stem(action)
    : DEATH.has(stem(noun))
      ? 'die'
      : DEATH.has(stem(action)) && FIGHTERS.test(noun)
        ? 'fighter'
        : ARREST.test(action)
          ? stem('arrested')
          : CROWD.test(action)
            ? action
            : (action === 'missing' || action === 'hospitalised' || action === 'critical' || action === 'serious') && ANYONE.test(noun)
              ? stem(action)
              : action === 'stolen' && THINGS.test(noun)
                ? 'thing'
                : stem(noun);
}

/** How a count of an action is shown ("40 resignations", "people arrested", "passengers evacuated"). */
function labelOf(noun: string, action: string): string {
  return ACTION_NOUN.test(noun)
    ? noun
    : action === 'critical'
      ? `${noun} in critical condition`
      : action === 'serious'
        ? `${noun} seriously injured`
        : action === 'stolen' && THINGS.test(noun)
          ? 'things stolen'
          : DEATH.has(stem(action)) && FIGHTERS.test(noun)
            ? 'fighters killed'
            : ARREST.test(action)
              ? 'people arrested'
              : CROWD.test(action)
                ? `people ${action === 'crowd' ? 'expected in all' : 'expected at each event'}`
                : `${noun} ${action}`;
}

/** A count of the people who did it (attackers, thieves), whatever else the sentence says they did. */
function doersFact(c: SentenceContext, m: RegExpExecArray, event: 'attack' | 'theft', label: string): Fact {
  return statedFact(c.r, c.sentence, c.at, m, m[0].trim(), {
    unit: 'count',
    value: countValue(m[2]!),
    qualifier: qualifierOf(m[1]),
    event,
    noun: event,
    label,
    day: weekdayOf(c.sentence),
  });
}

/** The fact a count with a noun states ("more than 40 council resignations"), or null when it counts nothing an action touched. */
function countFact(c: SentenceContext, m: RegExpExecArray): Fact | null {
  const { r, sentence } = c;
  const digits = m[2]!;
  const noun = m[4]!;
  if (!countsThings(c, m)) return null;
  const tail = sentence
    .slice(m.index + m[0].length)
    .replace(AND_COUNT, '')
    .split(/,\s+(?:and|but|while)\s|;\s/)[0]!;
  const before = sentence.slice(0, m.index);
  const hurt = HURT_BEFORE.exec(before)?.[1]?.toLowerCase();
  const action = actionOf({ noun, before, tail, hurt });
  // How many attackers there were: "three masked men stormed in", "up to four gunmen attacked", "at least four attackers".
  const attackers = ATTACKERS.test(noun) || (noun === 'men' && ARMED.test(m[3]!));
  if (attackers && (!action || ATTACK_VERB.test(action) || /^\s+burst\b/.test(tail))) return doersFact(c, m, 'attack', 'attackers');
  // How many thieves there were: one count, whatever they are said to have done.
  if (THIEVES.test(noun) && !(action && NOT_THIEVES.test(action))) return doersFact(c, m, 'theft', 'thieves');
  if (!action) return null;
  const verbFirst = hurt !== undefined && action === `${hurt}ed`;
  // "nine pupils and a driver were in critical condition": the count after "and" is part of the first one's
  // state, which a count with no noun ("seven were still …") is compared with; one version per sentence.
  if (action === 'critical' && AFTER_AND.test(before)) return null;
  return statedFact(r, sentence, c.at, m, m[0].trim(), {
    unit: 'count',
    value: countValue(digits),
    qualifier: qualifierOf(m[1]),
    event: eventOf(action),
    noun: nounOf(noun, action, verbFirst),
    label: labelOf(noun, action),
    day: weekdayOf(sentence),
    ...(verbFirst ? { verbFirst } : {}),
  });
}

/** The fact a count of people missing, hurt or alive with no noun states ("over 1,300 injured"), or null for a year or a whole. */
function bareFact(c: SentenceContext, m: RegExpExecArray): Fact | null {
  const { sentence } = c;
  if (YEAR.test(m[2]!) || WHOLE_OF.test(sentence.slice(0, m.index))) return null;
  const action = m[3]!.toLowerCase();
  return statedFact(c.r, sentence, c.at, m, m[0].trim(), {
    unit: 'count',
    value: Number(m[2]!.replace(/,/g, '')),
    qualifier: qualifierOf(m[1]),
    // No noun: compared with any count of the same action (the noun is the action, as "40 resignations").
    event: stem(action),
    noun: stem(action),
    label: `people ${action}`,
    day: weekdayOf(sentence),
  });
}

/** The fact a count of people in a state with no noun states ("seven were still in critical condition"), or null for a year or a whole. */
function bareStateFact(c: SentenceContext, m: RegExpExecArray, [, state, tail, label]: (typeof BARE_STATES)[number]): Fact | null {
  const { sentence } = c;
  const n = m[2]!.toLowerCase();
  if (YEAR.test(n) || WHOLE_OF.test(sentence.slice(0, m.index))) return null;
  return statedFact(c.r, sentence, c.at, m, m[0].slice(m[0].search(/\S/)).replace(tail, ''), {
    unit: 'count',
    value: WORDS[n] ?? Number(n.replace(/,/g, '')),
    qualifier: qualifierOf(m[1]),
    event: stem(state),
    noun: stem(state),
    label,
    day: weekdayOf(sentence),
  });
}

/** The fact of how often an act was done ("was shot five times", "stabbed at least twice"). */
function timesFact(c: SentenceContext, m: RegExpExecArray): Fact {
  const verb = m[1]!.toLowerCase();
  const n = (m[3] ?? m[4]!).toLowerCase();
  // Shot five times, hit three times, struck twice: how often one person was hit, however it is put.
  const event = HIT.has(verb) ? 'hit' : stem(verb);
  return statedFact(c.r, c.sentence, c.at, m, m[0].slice(m[0].search(/\S/)), {
    unit: 'count',
    value: n === 'once' ? 1 : n === 'twice' ? 2 : (WORDS[n] ?? Number(n)),
    qualifier: qualifierOf(m[2]),
    event,
    noun: event,
    label: `times ${event === 'hit' ? 'hit' : verb}`,
    day: weekdayOf(c.sentence),
  });
}

/** Every count of things an action touched in a record (unit `count`; event: the action's stem; noun: the thing's). */
export function findTallies(r: ArticleRecord): Fact[] {
  const out: Fact[] = [];
  const year = Number(r.date.iso?.slice(0, 4)) || null;
  for (const b of r.blocks) {
    // Most paragraphs hold nothing of the kind: one cheap test spares them the sentence split.
    if ((b.type !== 'paragraph' && b.type !== 'headline' && !(b.type === 'heading' && LIST_ITEM.test(b.text))) || !COUNTED.test(b.text)) continue;
    for (const [s, e] of joinClockTimes(b.text, sentences(b.text))) {
      const sentence = b.text.slice(s, e);
      if (!COUNTED.test(sentence)) continue;
      const c: SentenceContext = { r, sentence, at: b.start + s, year };
      for (const m of sentence.matchAll(COUNT)) {
        const fact = countFact(c, m);
        if (fact) out.push(fact);
      }
      for (const m of sentence.matchAll(BARE)) {
        const fact = bareFact(c, m);
        if (fact) out.push(fact);
      }
      // No noun: compared with any count of people in that state.
      for (const bare of BARE_STATES)
        for (const m of sentence.matchAll(bare[0])) {
          const fact = bareStateFact(c, m, bare);
          if (fact) out.push(fact);
        }
      for (const m of sentence.matchAll(TIMES)) out.push(timesFact(c, m));
    }
  }
  return out;
}

/** Two counts of the same things touched by the same action, in two articles. */
export function sameTally(a: Fact, b: Fact): boolean {
  if (a.article === b.article || a.event !== b.event || (a.day && b.day && a.day !== b.day)) return false;
  const ratio = Math.max(a.value, b.value) / Math.max(Math.min(a.value, b.value), 1);
  return ratio <= (a.verbFirst || b.verbFirst ? 2 : 10) && (a.noun === b.noun || a.noun === a.event || b.noun === b.event);
}

/**
 * Versions of one count that can all be right because the tally grew: two or more are stated at a time of
 * their own ("as of 7 a.m.", "by the evening"), and each one stated at no time fits one of those.
 */
export function mayHaveGrown(versions: readonly Fact[][]): boolean {
  const timed = versions.filter((fs) => fs.some((f) => TALLY_TIME.test(f.sentence)));
  const fits = (a: Fact, b: Fact) => interval(a)[0] <= interval(b)[1] && interval(b)[0] <= interval(a)[1];
  return timed.length >= 2 && versions.every((fs) => timed.includes(fs) || timed.some((t) => fits(fs[0]!, t[0]!)));
}
