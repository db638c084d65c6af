/**
 * Who said it: reads the words around a quotation ("…,” Blinken told reporters", "said State Department
 * spokesman Matthew Miller", "Mr. Xi said Beijing had “…”", "according to …", "X quoted Y as saying")
 * and names the speaker, resolving pronouns by salience rather than by the nearest name.
 */
import { personNoun } from '../wordnet.ts';
import {
  DOCUMENT_NOUNS,
  LOWERCASE_ROLE_WORDS,
  MORE_SPEECH_VERBS,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PERSON_NOUNS,
  SPEECH_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  VENUE_WORDS,
} from '../lexicon.ts';
import { englishRole } from './foreign-roles.ts';
import { DROPPED, droppedVerb, foreignReporting, foreignSource, foreignSubject, type ForeignReporting } from './foreign.ts';
import { isPlace } from '../gazetteer.ts';
import { TITLE_ABBREVIATIONS } from '../tokens.ts';
import { isAnyGivenName, isCommonWord } from './people/name-lists.ts';
import { isPeopleNoun } from './people/words.ts';
import { speakerNameShaped, opensClause, withoutAdverbs } from './speakers/names.ts';
import { boardSpeaker } from './speakers/organisations.ts';
import type { PersonMention } from './people.ts';

/** Who a quotation is attributed to, as found in the text. */
export interface Attribution {
  /** A person (index into the article's people), an organisation or group by name, or a pronoun to resolve. */
  person: number | null;
  name: string | null;
  pronoun: string | null;
  /** The attribution words. */
  cue: string;
  /** The medium it came through, if named. */
  via: string | null;
  /** Offset in the block of the speaker words (for pronoun resolution). */
  at: number;
  /** A translated copy's role as written ("la actriz"), shown when its English form (`name`) points to nobody. */
  written?: string;
}

/** The cue of a finding quoted as words ("Pew found that “…”"); its speakers get their own confidence. */
export const FINDING_CUE = 'found that';

/** Speech verbs, longest first so phrasal ones ("shot back") win over their first word. */
const VERBS = [
  ...new Set([...SPEECH_VERBS, ...MORE_SPEECH_VERBS]),
  'shot back',
  'fired back',
  'hit back',
  'went on',
  'chimed in',
  'cried out',
  'cries out',
  'answered',
  'reads',
  'read',
  'reacted',
  'proclaimed',
  'proclaims',
]
  .sort((a, b) => b.length - a.length)
  .concat(
    // "a spokesman could only quip", "was quick to note": a bare verb after a modal or "to".
    '(?<=\\b(?:could|would|can|will|did|does|might|may|must|should|to)(?:\\s+(?:not|only|also|never|just|simply|then|later))?\\s)(?:say|tell|add|quip|joke|warn|note|argue|insist|explain|reply|remark|declare|admit|concede|recall)',
    // "Harbour officials condemn ‘reckless’ cuts": a headline's present tense, never after "to" ("asked them to welcome").
    '(?<!\\bto\\s)(?:condemn|warn|urge|hail|deny|reject|slam|blast|denounce|criticise|criticize|accuse|insist)',
    // "Protesters were chanting: “…”", "a man could be heard shouting, “…”": a progressive verb of crying out.
    '(?<=\\b(?:was|were|is|are|be|been|heard)\\s)(?:shouting|chanting|yelling|screaming|crying|saying|telling)',
  )
  .join('|');
const ADVERBS =
  // ("Protesters were chanting", "a man could be heard shouting", "a man is heard saying": the auxiliary of a progressive
  // verb stays out of the subject.)
  '(?:(?:(?:could|can|would|might|may)\\s+be|is|was|are|were)\\s+heard\\s+|(?:was|were|is|are)\\s+(?=[a-z]+ing\\b)|(?:(?:had|has|have)\\s+)?(?:also|later|then|further|again|earlier|previously|once|had|has|have|would|will|reportedly|separately|repeatedly|publicly|privately|firmly|flatly|simply|quickly|told|added|(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|homily)\\s)[a-z]+ly)\\s+)?';
const PRONOUN = '(he|she|they|it|He|She|They|It)';
/** Nouns that can stand as a collective speaker ("state media", "the ministry", "officials"). */
const GROUP =
  /^(?:(?:the|a|an|some|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}(?:media|ministry|officials?|spokes(?:man|woman|person)|statement|readout|government|embassy|agency|police|military|army|white house|kremlin|department|office|source|sources|analysts?|experts?|observers|diplomats?|leaders?|authorities|administration|committee|commission|council|court|company|newspaper|paper|outlet|portal|tabloid|magazine|publication|channel|broadcaster|television|tv|radio|website|site|report|reports|campaign|party|group|foundation|institute|network|organi[sz]ation|union|association|coalition|firm|start-?up|board|directors|bank|exchange|lender|airline|carrier|airport|museum|insurer|retailer|automaker|carmaker|manufacturer|maker|developer|operator|utility|regulator|watchdog|charity|hospital|university|club|team|league|studio|publisher|chain|giant|conglomerate|crew|passengers|witnesses|investigators|rescuers|firefighters|responders|spokesperson|aide|aides|adviser|advisers|advisor|advisors|supporters?|critics?|residents?|voters?|people|federation|confederation|governing body|body|tribunal|panel|authority|organi[sz]ers|secretariat|palace|parliament|faction|movement|militia|fighters|rebels|militants|insurgents|troops|soldiers|cabinet|presidency|regime|delegation|navy|coast guard|opposition|crowds?|protesters|demonstrators|marchers|mourners|lawmakers|legislators|ambassadors|envoys|notice|decree|communiqu[eé]|bulletin|warning|advisory|filing|indictment|lawsuit|complaint|affidavit|charges?|ruling|judg(?:e)?ment|motion|petition|subpoena|warrant|book|letter|document|message|manifesto|memo|email|diary|notebook|post|service)\b/i;

/** A name or a role, a relative clause about it between commas, then a verb of saying ("…,” Ana Lind, who led the case, said"). */
const AFTER_RELATIVE = new RegExp(
  `^[\\s,]*((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,4}\\p{Lu}[\\p{L}’'-]*|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+),\\s+(?:who|whose|which)\\s+[^,.;:“”]{2,120},\\s+${ADVERBS}(${VERBS})\\b`,
  'u',
);
/** Words of time that follow a verb of saying ("said Tuesday", "said on Monday", "said yesterday"). */
const DAY_OR_TIME =
  /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|earlier|later|last\s+\p{L}+|this\s+\p{L}+)\b/u;
const AFTER_INVERTED = new RegExp(`^[\\s,.;:—–-]*(${VERBS})\\s+([^,.;:“”]{2,160}?)\\s*(?=[,.;:!?]|$)`, 'u');
const AFTER_PRONOUN = new RegExp(`^[\\s,.;:—–-]*${PRONOUN}\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`, 'u');
/** "…,” Ms. Delgado-Whitman, the Democratic nominee for the U.S. Senate, told the crowd." */
const AFTER_APPOSITIVE = new RegExp(`^[\\s,.;:—–-]*([^,.;:“”]{2,100}?),\\s+([^;:“”]{3,220}?),\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`, 'u');
/** "…,” Ana Vesela, a 66-year-old resident told reporters.": a name, then a described role and the verb, no comma after it. */
const AFTER_UNCLOSED = new RegExp(`^[\\s,.;:—–-]*([^,.;:“”]{2,60}?),\\s+(?:an?|one)\\s+[^,.;:“”]{2,80}?\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`, 'u');
/** "…,” Ana Vesela, Lind spokesperson said.": a name, then a role another name qualifies and the verb, no comma after it. */
const AFTER_UNCLOSED_ROLE = new RegExp(
  `^[\\s,.;:—–-]*([^,.;:“”]{2,60}?),\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}(?:[\\p{Ll}-]+\\s+)?([\\p{Ll}-]+)\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`,
  'u',
);
const AFTER_SUBJECT = new RegExp(`^[\\s,.;:—–-]*([^,.;:“”]{2,110}?)\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`, 'u');
/** "…,” was Ana Lind’s first post after the vote.": whose words they were, as the thing said ("tweet", "words"). */
const WAS_WORDS =
  /^[\s,.;:—–-]*(?:was|were)\s+((?:\p{Lu}[\p{L}.’'-]*|[\p{Ll}-]+)(?:\s+(?:\p{Lu}[\p{L}.’'-]*|[\p{Ll}-]+)){0,5}?)(?:[’']s?)?\s+(?:(?:first|last|latest|only|initial|opening|final|brief|terse|cryptic|short)\s+)?(?:tweet|post|message|words|response|reaction|comment|remark|reply)\b/u;
const STATEMENT_FROM =
  /^[\s,.;:—–-]*(?:read|reads|said|says)\s+(?:an?|the)\s+(?:\p{Ll}+\s+)?statement\s+(?:from|by|issued\s+by|released\s+by)\s+([^,.;:“”]{2,80}?)\s*(?=[,.;:!?]|$)/u;
const ACCORDING = /(?:according to|in the words of) ((?:an? |the )?[^,.;“”]{2,90}?)(?=[,.;]|$)/iu;
/** "what the Courier calls “", "what Lind described as “": a name (not a pronoun: see speakers/resolve.ts) and its verb. */
const WHAT_X_CALLS =
  /\bwhat\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(calls|called|has\s+called|describes\s+as|described\s+as|terms|termed|dubs|dubbed)\s*$/u;
/**
 * "In what the Courier calls “…”, Lind posted …": the one who calls the words so, right before the opening mark,
 * whoever the sentence's subject is; `lead` runs from the sentence start to the mark.
 */
export function whatTheyCall(lead: string, offset: number, mentions: PersonMention[]): Attribution | null {
  const calls = /\bwhat\s/.test(lead) ? WHAT_X_CALLS.exec(lead) : null;
  if (!calls) return null;
  const found = speakerFrom(calls[1]!, offset + calls.index + calls[0].indexOf(calls[1]!), mentions, calls[2]!, null);
  return found && (found.person !== null || found.name) ? found : null;
}
/** "… the Daily Harbour quoted a port official as saying “": the same before an opening mark. */
const QUOTED_AS_BEFORE = /((?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?:quoted|cited)\s+([^“”,;]{2,120}?)\s+as\s+saying(?:\s+that)?\s*[,:]?\s*$/iu;
const QUOTED_AS = /((?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?:quoted|cited|quoting|citing)\s+([^“”]{2,120}?)\s+as\s+say(?:ing)?\b/iu;
const REPORTED = /,\s*(?!\s*(?:who|which)\b)((?:the\s+)?[^,.;“”]{2,80}?)\s+(reported|said|reports|says|quoted|wrote|added)(?=[\s.,;]|$)/u;
const VERB_WORD = new RegExp(`\\b(?:${VERBS})\\b`, 'gu');
/** "… a letter that", "… the telegram which": a document a relative clause after it makes the subject of a verb of saying. */
const DOCUMENT_THAT = new RegExp(`\\s(?:a|an|the|his|her|its|their)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})\\s+(?:that|which)$`, 'u');
// ("He referred to the town as “…”": naming something in one's own words; after a quotation "refers to" only means.)
const BEFORE_VERB = new RegExp(`(?<=\\s)${ADVERBS}(${VERBS}|(?:referred|refers) to(?=\\s+(?!(?:as|on|in|at|by|online)\\b)))\\b(?!-)(?=([^“”]*))`, 'gu');
const PARTICIPLE_VERBS =
  'adding|saying|noting|stressing|insisting|arguing|warning|declaring|explaining|asserting|calling|describing|telling|writing|tweeting|posting|promising|vowing|predicting|suggesting|claiming|urging|asking|recalling|accusing|admitting|acknowledging|conceding|complaining|joking|labell?ing|dubbing|branding|referring to|remarking|reporting|responding|replying|stating|announcing|boasting|quipping|chanting|berating|scolding|chiding|rebuking|lambasting|criti[cs]izing|blasting|slamming|praising|thanking|mocking|condemning|denouncing|decrying|deploring|hailing|lamenting|pledging|welcoming|dismissing|rejecting|ruling|finding|concluding|shouting|yelling|screaming|crying|pleading|begging|citing|saluting';
const PARTICIPLE = new RegExp(
  `(?:^|,\\s*|\\sand\\s|\\s(?:upon|after|while|when|before)\\s|\\s(?:was|were)\\s+(?:heard|seen|filmed)\\s+)(${PARTICIPLE_VERBS})\\b[^“”]*$`,
  'u',
);
/** "…, with Vogel saying she “welcomes” it": the participle's own subject speaks (not "dealings with Lind – noting"). */
const WITH_PARTICIPLE = new RegExp(`\\bwith\\s+([^,;“”–—]{2,90}?)\\s+(?:also\\s+)?(${PARTICIPLE_VERBS})\\b[^“”]*$`, 'u');
/** Speech verbs in their bare form, after "to". */
const VERBS_BARE =
  'say|warn|reply|respond|ask|declare|quip|tell|add|note|remark|retort|snap|fire back|shoot back|insist|argue|demand|joke|comment|point out|interject|counter|yell|shout|exclaim|caution|stress|concede|admit|acknowledge|tweet|post|write|call|describe|urge|accuse|blast|slam|berate|scold|rebuke|vow|promise|announce';
/** "prompting Okafor to warn", "leading the mayor to reply": a speech verb whose subject is the one prompted. */
const PROMPTED = new RegExp(
  `\\b(?:prompting|prompted|leading|led|forcing|forced|causing|caused|pushing|pushed|spurring|spurred|drawing)\\s+([^,;“”]{2,60}?)\\s+to\\s+(?:${VERBS_BARE})\\b[^“”]*$`,
  'u',
);
/** Verbs of calling someone or something a name. */
const CALLING_VERBS = 'described|termed|called|labell?ed|branded|dubbed|deemed|characteri[sz]ed|referred\\s+to';
/**
 * "a crime described by the court as a “…”", "a killer who officials described as the “…”": the agent of a verb of
 * calling, or the subject of its relative clause, speaks; the one described does not.
 */
const CALLED_BY = new RegExp(`\\b(?:${CALLING_VERBS})\\s+by\\s+([^,;“”]{2,60}?)\\s+as\\s+(?:(?:an?|the)\\s+)?$`, 'u');
// ("that the plans were described as “…”": a passive names no one who called them so.)
const CALLED_BY_CLAUSE = new RegExp(
  `\\b(?:who|whom|which|that)\\s+((?!(?:is|was|are|were|has|had|have|he|she|it|they|I|we|you)\\b)[^,;“”]{2,60}?)(?<!\\b(?:is|was|are|were|be|been|being))\\s+(?:(?:has|have|had)\\s+)?(?:${CALLING_VERBS})\\s+(?:as\\s+)?(?:(?:an?|the)\\s+)?$`,
  'u',
);
/** Either pattern is slow to fail, so they run only where one of the verbs is. */
const CALLING = new RegExp(`\\b(?:${CALLING_VERBS})\\b`, 'u');
/** One of those verbs, alone. */
const CALLING_WORD = new RegExp(`^(?:${CALLING_VERBS})$`, 'u');
/** "he quoted Saint Odo: “…”", "citing Ana Lind, “…”": the one quoted right before the quotation speaks, not the one quoting. */
// ("quoting town official Ana Lind: “…”", "citing Norden city official Ana Lind": a role before the name.)
const QUOTING = /\b(?:quoted|quoting|quotes|cited|citing|cites)\s+((?:[\p{L}.’'-]+\s+){0,6}?\p{Lu}[\p{L}-]*)\s*[:,]?\s*$/u;
/** "…, even as Vogel went off script by saying she …": the participle belongs to its clause's subject. */
const BY_PARTICIPLE = new RegExp(`\\sby\\s+(${PARTICIPLE_VERBS})\\b[^“”]*$`, 'u');
/** A clause boundary before a subject: a comma, a semicolon, or a subordinating word. */
const CLAUSE_OPENING = /[,;]\s*|\s(?:as|while|when|after|before|but|and|because|although|though)\s+/gu;
/** "was deemed “…” by Brandt": a passive verb of judging right before a quotation. */
const PASSIVE_BEFORE =
  // ("a move immediately rejected as “…” by the opposition": the participle alone, its agent after the quotation.)
  /(?:\b(?:was|were|is|are|been|being)|\b(?:[Aa]n?|[Tt]he)\s+\p{Ll}+,?)\s+(?:\w+ly\s+)?(?:deemed|described|termed|called|hailed|praised|critici[sz]ed|dismissed|condemned|denounced|rejected)(?:\s+as)?(?:\s*[“"][^“”"]{1,80}[”"]\s*(?:,|,?\s+(?:and|or)))*\s*$/u;
/** "“…” by Brandt to keep …": the agent after the quotation. */
// ("called “…” and “…” by the chief": the agent after the last of several quoted words.)
const BY_AGENT =
  /^(?:\s*(?:,|,?\s+(?:and|or))\s*[“"][^“”"]{1,80}[”"])*\s*by\s+([^,.;:“”]{2,60}?)(?=\s+(?:to|in|on|at|for|during|after|before|as|and|who|which|when|while)\b|\s*[,.;:!?]|\s*$)/u;

/** The agent of a passive verb of judging around a quotation ("was deemed “vital” by Brandt"), or null. */
export function passiveAgent(before: string, after: string, afterStart: number, mentions: PersonMention[]): Attribution | null {
  if (!PASSIVE_BEFORE.test(before)) return null;
  const m = BY_AGENT.exec(maskAbbreviations(after));
  if (!m) return null;
  const found = speakerFrom(m[1]!, afterStart + m[0].indexOf(m[1]!), mentions, 'by', null);
  return found && (found.person !== null || found.name) ? found : null;
}

/** "As Vulture put it, “…”", "In the words of one aide, “…”". */
/** Verbs of a source the writer cites with "as": "as the Gazette notes", "As Hale wrote". */
const AS_VERBS =
  'notes|noted|reports|reported|writes|wrote|explains|explained|observes|observed|says|said|points out|pointed out|recalls|recalled|argues|argued';
/** "…, as the Harbour Gazette notes: “…”": the source cited with "as" ends the words before the quotation. */
const AS_SOURCE_END = new RegExp(`(?:^|,\\s*|\\s—\\s*)[Aa]s\\s+([^,;:“”]{2,60}?)\\s+(${AS_VERBS})\\s*[:,]?\\s*$`, 'u');
/** "As the Harbour Gazette reported, the council refused to talk: “…”": a sentence opened by its source, then a colon. */
const AS_SOURCE_OPENING = new RegExp(`^\\s*[Aa]s\\s+([^,;:“”]{2,60}?)\\s+(${AS_VERBS})\\s*,[^“”]*:\\s*$`, 'u');
const PUT_IT = /\b(?:[Aa]s\s+([^,;“”]{2,60}?)(?:,[^;“”]{2,80},)?\s+(?:put|puts)\s+it|[Ii]n\s+the\s+words\s+of\s+([^,;“”]{2,60}?))\s*[,:]?\s*$/u;
/**
 * "In 2014, Pew found that “…”", "A House committee report concluded that “…”": a study's or an organisation's
 * finding quoted as its words. Only with "that" right before the quotation, so "police found “suspicious” items" is none.
 */
const FOUND_THAT = /(?:^|[,;]\s*|\s(?:and|but)\s+)([^,;:“”]{2,80}?)\s+(?:also\s+|later\s+)?(found|finds|concluded|concludes|determined|determines)\s+that\s*$/u;
/** "Abara was asked by host Dana Cole, …, “…”": the asker of a passive question speaks the quotation. */
const PASSIVE_BY = /\b(?:was|were|is|are|being|been)\s+(?:asked|pressed|questioned|told)\s+by\s+([^,;“”]{2,60}?)(?=\s*[,:]|\s*$)/u;
const INVERTED_BEFORE = new RegExp(`[,;—–]\\s*(${VERBS})\\s+((?:\\p{Lu}[\\p{L}’'.-]*\\s?){1,5}),\\s*$`, 'u');
/** Verbs whose next words are their object, not their subject ("told the newspaper", "asked reporters"). */
const OBJECT_VERBS =
  /^(?:told|tells|tell|asked|asks|ask|urged|urges|thanked|accused|blamed|called|calls|praised|slammed|criticized|criticised|welcomed|hailed|assured|reminded)$/;
/** Words between a subject and its speech verb: "went on to (say)", "could only (quip)", "was quick to (add)". */
const AUXILIARY_TAIL =
  /\s+(?:(?:went|goes|go) on to|(?:could|would|can|will|did|does|do|might|may|must|should)(?:\s+(?:not|only|also|never|just|simply))?|(?:was|were|is|are)\s+(?:quick|eager|happy|willing|careful|keen)\s+to|(?:tried|wanted|declined|refused|continued|began|started|used|hastened|rushed)\s+to)$/i;
/** "Theresa May said", "Ana Will said": a given name, then a modal in capitals, is a name ending in a surname. */
const GIVEN_THEN_MODAL = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(?:May|Will|Can)$/u;
const auxiliaryTail = (phrase: string) => {
  const given = GIVEN_THEN_MODAL.exec(phrase)?.[1];
  return given && isAnyGivenName(given) ? phrase : phrase.replace(AUXILIARY_TAIL, '');
};
/** Time words after a subject ("Salo later Thursday told …"): no part of the speaker. */
const TRAILING_WHEN =
  /(?:\s+(?:has|have|had|later|also|then|earlier|again|recently|previously|first|on|in|last|this|ago|less|more|than|about|nearly|just|a|an|one|two|three|four|five|six|few|several|\d+|weeks?|months?|years?|days?|hours?|\p{L}+day|today|tonight|morning|afternoon|evening|night))+$/iu;
/** A date alone ("December 8", "Dec. 8, 2024", "8 December"), with the adverbs a verb may take after it. */
const DATE_ONLY =
  /^\s*(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,?\s+\d{4})?(?:\s+(?:also|then|later|has|had))?\s*$|^\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s*$/u;
/** A time of day after a subject ("Harbourline at 6:24 a.m. posted …"): no part of the speaker. */
const TRAILING_CLOCK = /\s+(?:at|around|about|by|shortly\s+(?:after|before))\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap][.\u2024]?m[.\u2024]?)?(?:\s+\p{Lu}{2,4})?$/u;
/** A subject without the time of day or the day written after it ("the mayor on Thursday" → "the mayor"). */
const withoutTime = (subject: string) => subject.replace(TRAILING_CLOCK, '').replace(TRAILING_WHEN, '');
/** "the 42-year-old", "the Kiwi 42-year-old", "the 42-year-old politician": an age standing for a person. */
export const AGE_PHRASE = /^the\s+(?:[\p{L}’'.-]+\s+){0,2}\d{1,3}-year-old(?:\s+\p{Ll}+)?$/iu;
/** A lower-case word other than the small words inside names ("Secretary of State"): a clause, not a title. */
const CLAUSE_WORD = /(?<![\p{L}’'])(?!(?:of|the|and|for|de|del|da|van|von|al|bin|le|la)\b)\p{Ll}+/u;
/** "Lind’s condemnation of the …", "Quint’s description of the hall as ": a person's words named by a noun, then the quotation. */
const OWNED_WORDS = new RegExp(
  `((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,4}\\p{Lu}[\\p{L}.-]*)[’']s\\s+(?:\\p{Ll}+\\s+)?(${SPEECH_NOUNS})\\s+((?:of|that|for|to|on|about)\\s+[^“”"]{0,80}?)?$`,
  'u',
);
/** "his repeated hint that the port could “…”": a pronoun's words named by a noun (see OWNED_WORDS). */
const OWNED_BY_PRONOUN = new RegExp(`\\b(his|her|their)\\s+(?:\\p{Ll}+\\s+)?(${SPEECH_NOUNS})\\s+((?:of|that|for|to|on|about)\\s+[^“”",]{0,80}?)$`, 'u');
/** "the head of state", "the country’s head of government": a role written in three words. */
export const HEAD_OF = /\bhead of (state|government)$/i;
/** Family roles, and the sex each gives (null: either). */
export const KIN: Record<string, 'female' | 'male' | null> = {
  wife: 'female',
  widow: 'female',
  mother: 'female',
  mom: 'female',
  mum: 'female',
  daughter: 'female',
  sister: 'female',
  husband: 'male',
  widower: 'male',
  father: 'male',
  dad: 'male',
  son: 'male',
  brother: 'male',
  spouse: null,
  partner: null,
  niece: 'female',
  aunt: 'female',
  granddaughter: 'female',
  grandmother: 'female',
  nephew: 'male',
  uncle: 'male',
  grandson: 'male',
  grandfather: 'male',
  cousin: null,
};
/** Family roles a possessor has ("Nichols’ mom", "Lind’s widow"): someone else, whom speakers/roles.ts looks for. */
export const KIN_ROLES: ReadonlySet<string> = new Set(Object.keys(KIN));
/** A phrase opening with a preposition ("with investigators", "for the atrocities against …"): no subject. */
const PREPOSITION_OPENING =
  /^(?:with|after|before|for|in|on|at|to|from|by|of|about|against|over|under|amid|amidst|despite|among|amongst|without|within|throughout|through)\s/i;

/**
 * The length of the possessive marker right after a name ending at `end` in `text` ("’s", or a bare apostrophe after
 * a final s: "Nichols’ mom"), or 0.
 */
export function possessiveAt(text: string, end: number): number {
  const rest = text.slice(end, end + 3);
  if (/^[’']s\b/.test(rest)) return 2;
  return text[end - 1] === 's' && /^[’'](?=\s)/.test(rest) ? 1 : 0;
}

/** "Navalny’s wife: “…”": a possessor's role and a colon right before the quotation. */
const OWNED_ROLE_COLON = /(?:^|[\s—–-])(\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])\s+(\p{Ll}+)):\s*$/u;
/** "Michael McDonald: “…”": a name and a colon right before the quotation. */
const COLON_INTRO = /(?:^|[\s—–-])((?:\p{Lu}[\p{L}’'.-]*\s?){1,5}):\s*$/u;
/** "Ana Lind on the strike: “…”", "UN on Port Verdict: ‘…’": a headline's speaker, then what the words are about. */
const ON_TOPIC_COLON = /^\s*(?!\p{Lu}\p{Ll}+ing\b)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+on\s+[^:“”"‘’,;]{2,60}:\s*$/u;

/**
 * Can the capitalised words before a colon, which hold no person the article names, be shown as a speaker? At most
 * three words, none a function word, and, past one word, not ending in an everyday word unless it names an
 * organisation, a group or a role ("Harlow Tribune:", "Okonkwo:"; not "Zorbu Kalend Tyrant:", a translated page).
 */
export function colonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length > 3 || words.some((w) => NOT_NAME_WORDS.has(w))) return false;
  // ("Dijo: «…»": a verb of saying that left its subject out.)
  if (words.length === 1 && droppedVerb(words[0]!)) return false;
  const last = words
    .at(-1)!
    .replace(/[’']s$/, '')
    .toLowerCase();
  return words.length === 1 || !isCommonWord(last) || ORG_WORDS.has(last) || GROUP.test(last) || TITLE_WORDS.has(last) || LOWERCASE_ROLE_WORDS.has(last);
}

const ABBREVIATED_TITLE = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS}|[A-Z])\\.`, 'g');

/** "Mr. Xi" keeps its full stop out of the way of the clause patterns (same length, so offsets hold). */
export function maskAbbreviations(s: string): string {
  return (
    maskAsides(s)
      // Every stop of a run of initials ("U.S.", "J.D."), so no stop is left inside the word.
      .replace(/\b(?:[A-Z]\.){2,4}/g, (m) => m.replaceAll('.', '\u2024'))
      .replace(ABBREVIATED_TITLE, (m) => m.slice(0, -1) + '\u2024')
  );
}

/** A short aside in brackets ("Harry Reid (D-Nev.) said") is blanked out, keeping every offset. */
function maskAsides(s: string): string {
  // "Ramos, 58, told AFP": an age in apposition is blanked too — keeping its second comma when a description
  // follows ("said Palmer, 34, a North Dakota native"), so the name still ends there.
  return (
    s
      .replace(/\s\([^()“”]{1,30}\)/g, (m) => ' '.repeat(m.length))
      // "The mayor - who was elected in 2017 - insisted": a relative clause between dashes.
      .replace(/\s[-–—]\s(?:who|which|whose)\s[^-–—“”]{1,80}\s[-–—](?=\s)/g, (m) => ' '.repeat(m.length))
      .replace(/,\s\d{1,3},(?=\s+(?:a|an|the|who|whose|of|from|and|one)\b)/g, (m) => ' '.repeat(m.length - 1) + ',')
      .replace(/,\s\d{1,3},(?=\s)/g, (m) => ' '.repeat(m.length))
  );
}

/** Cue words for display: the verb and what directly follows ("told reporters"). */
function cueOf(verb: string, rest: string): string {
  const obj =
    /^\s+((?:reporters|journalists|the press|the media|lawmakers|parliament|an? [\w-]+|the [\w-]+(?: [\w-]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}))(?=\s+(?:in|on|at|during|after|before|that|,)|[\s.,;]|$)/u.exec(
      rest,
    );
  return verb === 'told' || verb === 'tells' ? (obj ? `${verb} ${obj[1]}` : verb) : verb;
}

/**
 * A phrase that can be the subject right before a speech verb: short, not opening a clause of its own, and ending
 * in a name, a pronoun or a noun for a group or a role ("Blinken", "he", "the company", "a spokeswoman"). This keeps
 * "… and questioned whether he could cope with the physical demands" from reading "demands" as speech.
 */
function subjectShaped(phrase: string): boolean {
  // "a passenger on the Harbour Air flight told …", "a 69-year-old woman who lived below him told …": the head noun
  // comes before its preposition or relative clause.
  if (describedPerson(phrase.trim())) return true;
  const words = phrase.trim().split(/\s+/);
  // ("First Coast Guard District commander Rear Adm. Ana Lind": a long title before a name is no clause.)
  const titled = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|for|and)$/.test(w) || LOWERCASE_ROLE_WORDS.has(w) || TITLE_WORDS.has(w));
  if (
    words.length > (titled ? 12 : 8) ||
    /^(?:and|but|or|while|as|that|whether|because|if|when|which|who|after|before|since|until|although|though|once)$/i.test(words[0]!) ||
    // ("…, only moving once a cousin rang": a subordinate clause inside is no subject's.)
    words.slice(1).some((w) => /^(?:when|while|because|until|although|though|unless|whenever)$/i.test(w))
  )
    return false;
  const last = words.at(-1)!.replace(/[’']s$/, '');
  return (
    /^\p{Lu}/u.test(last) ||
    // "Tariq al-Masri", "Massimo d’Alema": a surname after a short particle.
    /^\p{Ll}{1,3}[-‐’']\p{Lu}/u.test(last) ||
    /^(?:he|she|they|it|we|I)$/i.test(last) ||
    GROUP.test(last) ||
    TITLE_WORDS.has(last.toLowerCase()) ||
    LOWERCASE_ROLE_WORDS.has(last.toLowerCase()) ||
    // "a young woman told NHK": a noun for a person, described (see `describedPerson`).
    (PERSON_NOUNS.has(last.toLowerCase()) && /^(?:a|an|one|another)\s/i.test(phrase.trim())) ||
    // "the agency interlocutor stressed": a short definite phrase too; "the comedian", any noun WordNet gives
    // first as a kind of person.
    ((PERSON_NOUNS.has(last.toLowerCase()) || personNoun(last)) && /^the\s/i.test(phrase.trim()) && words.length <= 4) ||
    FAMILY.test(phrase.trim())
  );
}

/**
 * "The Brightwater campaign shrugged off the comments, telling reporters, “…”", "The Marlow Board of Elections was
 * firm: “…”": a sentence that opens (after at most two introductory phrases ending in a comma) with a capitalised
 * organisation or a group noun, then a finite verb. Used only where the sentence's subject is read (a participle, a
 * colon, a coordinated verb) and no person is that subject.
 */
const ORG_OPENING =
  /^(?:[^,“”]{2,110},\s*){0,2}((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,5}?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|for|on(?!\s+\p{Lu}\p{Ll}+day\b))\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'&.-]*\s+){0,3}\p{Lu}[\p{L}’'&.-]*)?(?:\s+\p{Ll}+){0,1}?)\s+(?:(?:also|later|then|has|had|have|quickly|recently|again|first|\p{Ll}{3,}ly|on\s+\p{Lu}\p{Ll}+day)\s+)*(\p{Ll}{2,}(?:ed|es|s)|made|gave|took|told|wrote|sent|held|met|saw|won|lost|kept|left|led|paid|ran|went|came|became|began|brought|chose|drew|felt|found|heard|knew|meant|rose|sold|spoke|stood|struck|swore|threw|withdrew|upheld|said)\b/u;

/** ", which produced “Deep Water,”": a relative clause between commas (a closing mark may follow its comma). */
const RELATIVE_BETWEEN_COMMAS = /,\s(?:which|who)\s[^,;:]{1,80},[”’"]?(?=\s)/gu;

/** A finite verb in the past, perhaps after an adverb, opening the rest of a sentence. */
const PAST_AFTER = /^\s+(?:\p{Ll}{3,}ly\s+)?(?:\p{Ll}{3,}ed|spoke|said|told|gave|made|took|wrote|sent|met|held|were|have|had)\b/u;

/** Adjectives that open many organisations' names ("Federal", "National") but no person's. */
const NAME_OPENERS = new Set(['Federal', 'National', 'State', 'International', 'Global', 'World', 'Central', 'Foreign']);

/** The organisation or group that opens `sentence` as its subject (see ORG_OPENING), or null. */
export function organisationSubject(sentence: string, offset: number): Attribution | null {
  // ("The Harbour City Police Department (HCPD) released …": an aside in brackets is no part of the name.)
  // ("Harbour Lights Studios, which produced “Deep Water,” released …": nor is a relative clause between commas.)
  const masked = (sentence.includes('(') ? maskAsides(sentence) : sentence).replace(RELATIVE_BETWEEN_COMMAS, (x) => ' '.repeat(x.length));
  const m = ORG_OPENING.exec(masked);
  // "Then there was …", "This is …": a function word opening the run is no organisation.
  // (A nationality may open a name: "American Airlines", "British Council".)
  // ("Hundreds of farmers marched": a run ending in "of" took a plural noun for its verb.)
  // ("the Federal Prison Service", "the National Weather Agency": an adjective opening a longer name is part of it.)
  const opener = (w: string, next: string | undefined) => NAME_OPENERS.has(w) && next !== undefined && /^\p{Lu}/u.test(next);
  if (
    !m ||
    /\sof$/.test(m[1]!) ||
    m[1]!.split(/\s+/).some((w, i, all) => w !== 'The' && NOT_NAME_WORDS.has(w) && !(i < all.length - 1 && (isPlace(w) || opener(w, all[i + 1]))))
  )
    return null;
  // ("Shop owners spoke angrily …": a plural noun taken for the verb when a verb comes right after it.)
  const plural = /s$/.test(m[2]!) && !/ed$/.test(m[2]!) && PAST_AFTER.test(sentence.slice(m.index + m[0].length));
  const subject = plural ? `${m[1]!} ${m[2]!}` : m[1]!;
  const found = speakerFrom(subject, offset + m[0].indexOf(m[1]!), [], 'sentence subject', null);
  return found?.name && !found.pronoun ? found : null;
}

/**
 * The clause a speaker phrase ran into, at its end: "the club went on to (say)", "a statement from Westhall
 * released (on Monday)", "the mayor in a podcast (later said)", German "so der Zeuge weiter". After "according to",
 * the clause the source introduces: "according to a court filing the firm owed …", "according to the head of the
 * port Berg’s plan was …". And a first verb before a second: "the league deplored the fouls and voiced".
 */
const PHRASE_TAIL = new RegExp(
  [
    '\\s+(?:made|went|took|was|were|is|are|has|had|have|did|does|wanted|wants|chose|decided|sought|tried|hastened|rushed|moved|refused|declined|managed|failed|continued|seemed|appeared|began)(?:\\s+\\p{Ll}+){0,2}\\s+to$',
    '\\s+(?:released|issued|published|posted|shared|sent)(?:\\s+(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+day|today|yesterday|earlier|late|overnight)(?:\\s+(?:morning|afternoon|evening|night))?)?$',
    '\\s+(?:in|on|via|during|through)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:video|statement|post|message|interview|speech|address|broadcast|letter|tweet|note|conference|briefing|appearance|podcast|livestream|blog|column)$',
    '\\s+weiter$',
    // ("the notice from the port office on 2 March said": the day it came is no part of who put it out.)
    '\\s+on\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:st|nd|rd|th)?)$',
    // ("reported Radio North citing sources": whom the source cites is no part of it.)
    ",?\\s+(?:citing|quoting)\\s+(?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+$",
    // ("the league deplored the fouls and voiced “…”": the first of two verbs and its object.)
    // ("Neighbours spoke warmly of the crew and said": an adverb and a preposition between them.)
    '(?<!\\b(?:who|that|which))\\s+(?:\\p{Ll}{3,}ed|said|told|gave|made|took|sent|met|held|spoke)(?:\\s+\\p{Ll}{3,}ly)?(?:\\s+(?:of|about|with|to|at|for|on|over)\\s+(?:the|a|an|his|her|its|their|\\p{Lu}\\p{Ll}+)|\\s+(?:the|a|an|his|her|its|their))\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+(?<!\\b(?:to|that|me|him|her|them|us|I|you|it|who|whom|which))$',
    // ("the board will publish its findings in the spring and said": a first verb in the future and its clause.)
    "(?<!\\b(?:who|that|which))\\s+(?:will|would|shall|can|could|may|might|must)\\s+\\p{Ll}{2,}(?:\\s+[\\p{Ll}’'-]+){0,8},?$",
  ].join('|'),
  'u',
);
const SOURCE_THEN_CLAUSE =
  /^(.{3,}?)\s+(?:(?:the|a|an|his|her|its|their)\s+(?:\p{Lu}[\p{L}-]*\s+)?[\p{L}-]+|\p{Lu}[\p{L}-]*[’']s\s+\p{Ll}+|\p{Lu}[\p{L}-]*)\s+(?:is|was|are|were|has|had|have|remains|remained|will|would|began|begins)$/u;

/** A document of one person's, through a possessive pronoun: "a message on her Facebook page", "his verified website". */
const POSSESSED_DOCUMENT = new RegExp(
  `^(?:(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')})\\s+(?:on|in|from|to)\\s+)?(his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${[...DOCUMENT_NOUNS].join('|')}|account|page|feed|channel|website|blog)$`,
  'iu',
);

/** A document noun ending the text: a verb in "-ed" after it is its participle ("a video posted to Facebook"). */
const DOCUMENT_AFTER = new RegExp(
  `\\b(?:a|an|the|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...DOCUMENT_NOUNS].join('|')}|video|videos|message|messages|posts|statements|letters)\\s+$`,
  'u',
);

/** Bodies that belong to one person and speak for them ("Duda’s election team", "Sarr’s office"). */
const PERSONAL_BODIES = new Set(['campaign', 'team', 'office', 'administration', 'camp', 'foundation']);

/** The people around someone, who speak as a group: "Hale’s family", "his relatives", "her former bandmates". */
const PEOPLE_AROUND = new Set(
  'family relatives parents ones friends colleagues supporters fans estate representatives lawyers attorneys aides co-stars'.split(' '),
);
/**
 * Linking words opening a sentence before its subject ("Later Hale’s relatives said", "Aunque fuentes próximas a la
 * naviera dijeron"): no part of who spoke.
 */
const LINKING_OPENING =
  /^(?:(?:but|and|so|yet|while|even|only|also|just|still|now|then|meanwhile|later|however|earlier|separately|finally|afterwards|instead|aunque|pero|mientras|mais|aber|doch|però|tuttavia|porém|mas),?\s+)+/i;
/** A group around someone: one of PEOPLE_AROUND, a plural of kin ("parents", "sons") or a "-mates" word ("teammates"). */
const peopleAround = (word: string) => PEOPLE_AROUND.has(word) || /^[\p{Ll}-]+mates$/u.test(word) || (word.endsWith('s') && KIN_ROLES.has(word.slice(0, -1)));

/** Words opening a sentence before its subject, never part of a name before a possessive ("Earlier Hale’s family"). */
const OPENING_WORDS = '(?:Earlier|Later|Meanwhile|Then|Now|Also|But|And|So|Yet|Still|On|In|At|After|Before|When|While|As|Since|Today|Yesterday)';
/**
 * "the family", "his family", "the Hadley family", "her heartbroken family", "the late singer’s family", "Okafor’s
 * family": a family named by its article or possessive (a person's, or a description's), perhaps a word describing
 * it, perhaps its name.
 */
export const FAMILY_PHRASE = `(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+)?(?:\\p{Lu}[\\p{L}’'-]+\\s+)?|(?:[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{Ll}-]+|(?:(?!${OPENING_WORDS}\\s)\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*?)[’']s\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+)?)family`;
/**
 * A family that speaks or puts out a statement in a sentence ("…, his family said, thanking …", "a note posted
 * by his family"): the family as written. Read for a "they" and a colon after it (speakers/resolve.ts,
 * quotes.ts).
 */
export const FAMILY_SPOKE = new RegExp(
  `(?:^|[\\s,])(${FAMILY_PHRASE})\\s+(?:(?:has|have|had|also|later|then)\\s+)?(?:announced|said|confirmed|released|issued|shared|wrote|posted|added|put\\s+out)\\b|\\b(?:(?:statement|message|note|post)\\s+(?:released|issued|posted|shared|signed|put\\s+out)|confirmed|announced)\\s+by\\s+(${FAMILY_PHRASE})\\b`,
  'u',
);
/** A family phrase as a speaker's name, its opening word in lower case ("His family" → "his family"). */
export const familyName = (phrase: string) => phrase.replace(/^(?:The|His|Her|Their)\b/, (w) => w.toLowerCase());
/**
 * A speaker phrase that is a family (FAMILY_PHRASE, or "the Morels") or a group in the plural ("the researchers"),
 * perhaps its statement ("the family’s statement"), perhaps after when or where ("On Sunday her family").
 */
const FAMILY = new RegExp(
  `^(?:(?:On|In|At|Last|Earlier|Later|This)\\s+(?:[\\p{L}\\d]+\\s+){1,3}?)?(${FAMILY_PHRASE}|[Tt]he\\s+\\p{L}\\p{Ll}+s)(?:[’']s?\\s+(?:${[...DOCUMENT_NOUNS].join('|')}))?$`,
  'u',
);

/** A speaker phrase as the steps of `speakerFrom` read it. */
interface SpeakerPhrase {
  /** The phrase without its tail clause (and, after "according to", without the clause the source introduces). */
  phrase: string;
  /** The phrase trimmed, without a list's bullet, "part of" or "both". */
  text: string;
  /** Offset in the block where the phrase starts. */
  phraseStart: number;
  /** The person mentions inside the phrase. */
  inside: PersonMention[];
  cue: string;
  via: string | null;
}

/** Resolve a speaker phrase to a person mention inside it, a pronoun, or a named organisation. */
function speakerFrom(whole: string, phraseStart: number, mentions: PersonMention[], cue: string, via: string | null): Attribution | null {
  const trimmed = whole.trimEnd().replace(PHRASE_TAIL, '');
  const phrase = cue === 'according to' ? (SOURCE_THEN_CLAUSE.exec(trimmed)?.[1] ?? trimmed) : trimmed;
  // "• Okafor said …": a list's bullet is no part of the subject.
  // ("read part of the notice": the document speaks.)
  const text = phrase
    .trim()
    .replace(/^[•●▪‣◦·*]+\s*/u, '')
    .replace(/^(?:(?:a\s+)?part|parts|a\s+portion|an\s+excerpt|a\s+passage|a\s+line)\s+of\s+(?=(?:the|a|an|his|her|its|their)\s)/i, '')
    // ("both Harbourline and Ferrylink announced": the two, without "both".)
    .replace(/^[Bb]oth\s+(?=[^,;]{2,60}\sand\s)/, '');
  if (!text || text.split(/\s+/).length > MAX_SPEAKER_WORDS) return null;
  // ("Lind read a statement on the quay steps to say": the words before an infinitive's "to" are no one who speaks.)
  if (cliticOnly(text) || /\sto$/.test(text)) return null;
  const inside = mentions.filter((m) => m.start >= phraseStart && m.end <= phraseStart + phrase.length);
  const p: SpeakerPhrase = { phrase, text, phraseStart, inside, cue, via };
  const together = describedFamilyOrPair(p);
  if (together) return together;
  if (inside.length && !inVenue(phrase, phraseStart, inside)) return namedInPhrase(p);
  const pronoun = pronounSpeaker(p) ?? roleSpeaker(p);
  if (pronoun) return pronoun;
  const theirs = theirsOrIssued(p);
  return theirs !== undefined ? theirs : writtenSpeaker(p);
}

/** A speaker phrase of more words than this is read as a clause of its own, not as who spoke. */
const MAX_SPEAKER_WORDS = 14;

/** Decides whether the phrase is someone described, a family, or two people speaking together, each named as written. */
function describedFamilyOrPair(p: SpeakerPhrase): Attribution | null {
  const { phrase, text, phraseStart, inside, cue, via } = p;
  // "a New Hampshire Democrat", "a longtime adviser to Dupont": an unnamed person, whatever names describe them.
  // ("A port official on Monday warned …": the day is no part of who.)
  if (describedPerson(text))
    return { person: null, name: withoutTime(text.replace(/\u2024/g, '.')).replace(/^The\b/, 'the'), pronoun: null, cue, via, at: phraseStart };
  // "Prince William and Kate said", "the King and Queen Camilla wrote": two people who speak together are one
  // speaker, named as written (a person page would give the words to one of them alone).
  // "the Horvat family", "her family", "the Morels", "the family’s statement": a family speaks as one, not the member
  // the article is about.
  const family = FAMILY.exec(withoutAdverbs(text.split(/,\s+/).at(-1)!));
  if (family) return { person: null, name: familyName(family[1]!), pronoun: null, cue, via, at: phraseStart };
  const both = /^\s*(?:[Bb]oth\s+)?/.exec(phrase)![0].length;
  const joint = inside.length ? jointSpeaker(phrase.slice(both), phraseStart + both, inside) : null;
  if (joint) return { person: null, name: joint.replace(/^The\b/, 'the'), pronoun: null, cue, via, at: phraseStart };
  return null;
}

/** Decides which of the names inside the phrase speaks, or that a role of theirs or a described person does. */
function namedInPhrase(p: SpeakerPhrase): Attribution {
  const { phrase, text, phraseStart, inside, cue, via } = p;
  // The head of "Al Jazeera’s Katrina Yu" or "spokesman Matthew Miller" is the last name, unless a possessive governs it.
  // A name after "of", "from", "in" or "at" is a place or an employer ("voter Jane Roe of Derry").
  const governed = (m: PersonMention) => /\b(?:of|from|in|at|for|with|to)\s+(?:the\s+)?$/i.test(phrase.slice(0, m.start - phraseStart));
  // ("Oren Fask, Vessey spokesperson said": a name right before a role noun says whose role it is; the name in
  // apposition before it speaks.)
  const modifier = (m: PersonMention) => {
    const role = /^\s+([\p{Ll}-]+)\s*$/u.exec(phrase.slice(m.end - phraseStart));
    return role !== null && (LOWERCASE_ROLE_WORDS.has(role[1]!) || PERSONAL_BODIES.has(role[1]!));
  };
  const heads = inside.filter((m) => possessiveAt(phrase, m.end - phraseStart) === 0 && !modifier(m));
  // ("a Vessey spokesperson said", "Vessey aide said": the named one's role holder speaks, not named here.)
  if (heads.length === 0 && inside.every((m) => possessiveAt(phrase, m.end - phraseStart) === 0))
    return { person: null, name: text.replace(/^(?:the|a|an)\s+/i, ''), pronoun: null, cue, via, at: phraseStart };
  // "says Navalny’s wife", "Okafor’s lawyer told …": a role the named person has is someone else, not named here
  // (speakers/roles.ts looks for the one the article gave that role).
  const owned = heads.length ? null : /^[’']s?\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(phrase.slice(inside.at(-1)!.end - phraseStart).trimEnd());
  if (
    owned &&
    (LOWERCASE_ROLE_WORDS.has(owned[2]!) || TITLE_WORDS.has(owned[2]!) || KIN_ROLES.has(owned[2]!) || PERSONAL_BODIES.has(owned[2]!) || peopleAround(owned[2]!))
  )
    return { person: null, name: text.replace(LINKING_OPENING, '').replace(/^(?:the|a|an)\s+/i, ''), pronoun: null, cue, via, at: phraseStart };
  // "the source close to Prince Tobiah", "the spokesman for Ana Lind": a described person before the preposition
  // that governs every name in the phrase speaks, not the one named.
  // ("The family of Piet Osterhout said": the family, at the start of a sentence too.)
  const described = /^\s*[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:close\s+to|for|of|to|from|with|at)\s/u.exec(phrase);
  // ("The head of Tamsberg Council Ana Wexler said": a name after a body's name is the role holder, not its object.)
  if (
    described &&
    inside.every((m) => m.start - phraseStart >= described[0].length && /^(?:[\p{Ll}-]+\s+)*$/u.test(phrase.slice(described[0].length, m.start - phraseStart)))
  )
    return { person: null, name: text.replace(/^The\b/, 'the'), pronoun: null, cue, via, at: phraseStart };
  const head = heads.findLast((m) => !governed(m)) ?? heads.at(-1) ?? inside[inside.length - 1]!;
  return { person: head.person, name: null, pronoun: null, cue, via, at: head.start };
}

/** Decides whether a phrase naming nobody is a pronoun (English, Spanish, an object form, "the pair", "her page"). */
function pronounSpeaker(p: SpeakerPhrase): Attribution | null {
  const { text, phraseStart, cue, via } = p;
  // "They even agreed", "He has also called": the adverbs and auxiliaries before the verb are no part of the subject.
  const pron = /^(he|she|they|it)$/i.exec(withoutAdverbs(text));
  if (pron) return { person: null, name: null, pronoun: pron[1]!.toLowerCase(), cue, via, at: phraseStart };
  // Spanish "Ella lo describió como …", "Él les dijo …": a subject pronoun and the object pronouns before the verb.
  const spanish = /^(él|ella|ellos|ellas)(?:\s+(?:lo|la|los|las|le|les|se|me|nos|te))*$/iu.exec(text.trim());
  if (spanish) {
    const pronoun = { él: 'he', ella: 'she', ellos: 'they', ellas: 'they' }[spanish[1]!.toLowerCase() as 'él' | 'ella' | 'ellos' | 'ellas'];
    return { person: null, name: null, pronoun, cue, via, at: phraseStart };
  }
  // "According to him, …": the object form after "according to" stands for the person as "he" does.
  const object = cue === 'according to' ? /^(him|her|them)$/i.exec(text.trim()) : null;
  if (object) return { person: null, name: null, pronoun: OBJECT_PRONOUN[object[1]!.toLowerCase()]!, cue, via, at: phraseStart };
  // "the pair said", "the duo went on": the two who spoke together before, found as "they" is.
  if (/^the\s+(?:couple|pair|duo)$/i.test(withoutAdverbs(text))) return { person: null, name: null, pronoun: 'they', cue, via, at: phraseStart };
  // "read a message on her Facebook page", "according to a statement on his website": the one the pronoun stands
  // for wrote it (found as the pronoun is).
  const owner = POSSESSED_DOCUMENT.exec(withoutAdverbs(text));
  if (owner)
    return { person: null, name: null, pronoun: owner[1]!.toLowerCase() === 'his' ? 'he' : 'she', cue, via, at: phraseStart + text.search(/\b(?:his|her)\b/i) };
  return null;
}

/** Decides whether a phrase naming nobody is an organisation's board, a person a clause describes, or a role at a named body. */
function roleSpeaker(p: SpeakerPhrase): Attribution | null {
  const { text, phraseStart, cue, via } = p;
  // "Harbourline’s board", "its board of directors": the organisation speaks.
  const board = boardSpeaker(text.replace(/\u2024/g, '.').replace(/^(?:after|before|when|as|while|because|since|once|and|but)\s+/i, ''));
  if (board) return { person: null, name: board, pronoun: null, cue, via, at: phraseStart };
  // "The senior official who did not want to be identified said": the one the clause describes, as written.
  const described = /^the\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+)\s+who\s+(?!(?:I|we|you)\b)[\p{Ll}\s-]{3,60}$/iu.exec(text);
  if (described && (PERSON_NOUNS.has(described[1]!) || LOWERCASE_ROLE_WORDS.has(described[1]!)))
    return { person: null, name: text.replace(/^The\b/, 'the'), pronoun: null, cue, via, at: phraseStart };
  // "according to the head of Varna port": a role at a named place or body, as written.
  const roleOf = cue === 'according to' && /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u.exec(text);
  if (roleOf && (TITLE_WORDS.has(roleOf[1]!) || LOWERCASE_ROLE_WORDS.has(roleOf[1]!)) && text.split(/\s+/).length <= MAX_ROLE_OF_WORDS)
    return { person: null, name: text, pronoun: null, cue, via, at: phraseStart };
  return null;
}

/** "the head of Varna port": a role at a named body after "according to"; a longer phrase runs into a clause. */
const MAX_ROLE_OF_WORDS = 9;

/**
 * Decides whether the phrase is a clause (null), someone of a pronoun's ("his father"), a thing said ("His
 * remarks": null) or a body's document ("the Harbour Trust statement"); undefined when it is none of these.
 */
function theirsOrIssued(p: SpeakerPhrase): Attribution | null | undefined {
  const { text, phraseStart, cue, via } = p;
  if (/\b(?:I|we|you|it|this|that|which|who)\b/i.test(text) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text)) return null;
  // "his father said", "her coach told …": someone of theirs speaks, named as written (never the one "his" stands for).
  const theirs = /^(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/iu.exec(text);
  // ("his office said": a body of theirs, too.)
  if (theirs && (KIN_ROLES.has(theirs[1]!) || LOWERCASE_ROLE_WORDS.has(theirs[1]!) || PERSON_NOUNS.has(theirs[1]!) || PERSONAL_BODIES.has(theirs[1]!)))
    return { person: null, name: text.replace(/^(His|Her|Their)\b/, (w) => w.toLowerCase()), pronoun: null, cue, via, at: phraseStart };
  // "His remarks", "Her statement": a possessive pronoun opens a thing said, not a speaker.
  if (/^(?:his|her|their|its|our|my|your)\s/i.test(text)) return null;
  // "the Harbour Trust statement said", "the Monday evening Harbour Trust update": the body the document names issued it.
  const issued =
    /^(?:[Tt]he|[Aa]n?)\s+(?:(?:latest|new|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+)?((?:\p{Lu}[\p{L}\p{N}.&’'-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*)\s+(?:statement|announcement|release|notice|communiqu[eé]|update|advisory|bulletin|post)$/u.exec(
      text,
    );
  if (issued && !NOT_NAME_WORDS.has(issued[1]!.split(/\s+/)[0]!))
    return { person: null, name: issued[1]!, pronoun: null, cue, via, at: phraseStart + text.indexOf(issued[1]!) };
  return undefined;
}

/** Decides whether the phrase, as written, names an organisation, a group, a role or someone described; else nobody. */
function writtenSpeaker(p: SpeakerPhrase): Attribution | null {
  const { text, phraseStart, cue, via } = p;
  // Organisations and groups keep their words as written ("the Tea Board of Kenya", "a Lumora spokesperson").
  const written = text
    .replace(/\u2024/g, '.')
    .replace(LINKING_OPENING, '')
    .replace(TRAILING_CLOCK, '')
    .replace(TRAILING_WHEN, '')
    .replace(/^(The|A|An)\b/, (w) => w.toLowerCase());
  // "Flight tracking website Flightradar24", "public broadcaster NHK": the name a description of its kind opens is
  // the source, as an annotator or a reader names it.
  const kind = DESCRIBED_NAME.exec(written);
  if (kind) return { person: null, name: kind[1]!, pronoun: null, cue, via, at: phraseStart + text.lastIndexOf(kind[1]!) };
  const core = written.replace(/^(?:the|a|an)\s+/, '');
  if (
    /^\p{Lu}/u.test(core) &&
    !/^(?:In|On|At|But|And|As|When|While|After|Before|During|However|Amid|Amidst|Despite|Following|Among|Amongst|Without|Within|Throughout|Through)\b/.test(
      core,
    ) &&
    core.split(/\s+/).length <= MAX_NAME_WORDS &&
    // ("the Prison Service of the Norden District": "of the" inside a name is no clause.)
    !/\s\p{Ll}+\s+\p{Ll}+\s/u.test(core.replace(/\s(?:of|for|and|on)\s+the\s/g, ' of ')) &&
    speakerNameShaped(core)
  )
    return { person: null, name: written, pronoun: null, cue, via, at: phraseStart };
  // "a person close to the Okafors", "another New Hampshire Democrat": an unnamed source, kept as described.
  if (describedPerson(written)) return { person: null, name: written, pronoun: null, cue, via, at: phraseStart };
  const head = text.split(/\s+/).at(-1)!.toLowerCase();
  // "with investigators after residents …": a phrase opening with a preposition is no subject.
  if (PREPOSITION_OPENING.test(written)) return null;
  // "what her predecessors (have said)": a clause, not a group.
  if (opensClause(written)) return null;
  // "prosecutors wrote", "the lawyers said": a role in the plural is a group (a short one: a longer phrase ending
  // in one is a clause, "what the writers described").
  const singular = head.replace(/s$/, '');
  if (
    GROUP.test(written) ||
    HEAD_OF.test(written) ||
    TITLE_WORDS.has(head) ||
    LOWERCASE_ROLE_WORDS.has(head) ||
    // "the agency interlocutor stressed": a short definite phrase whose noun is a person's.
    ((PERSON_NOUNS.has(head) || personNoun(head)) && /^the\s/i.test(written) && written.split(/\s+/).length <= MAX_DEFINITE_WORDS) ||
    // "the 42-year-old said": an age stands for a person (resolved in speakers/roles.ts).
    // ("the 42-year-old politician": one noun may follow the age.)
    AGE_PHRASE.test(written) ||
    (head !== singular && LOWERCASE_ROLE_WORDS.has(singular) && written.split(/\s+/).length <= MAX_DEFINITE_WORDS && speakerNameShaped(written))
  )
    return { person: null, name: /^\p{Lu}\p{Ll}+$/u.test(written) ? written.toLowerCase() : written, pronoun: null, cue, via, at: phraseStart };
  return null;
}

/** A capitalised name of more words than this ("the Tea Board of Kenya") runs into a clause. */
const MAX_NAME_WORDS = 7;
/** "the agency interlocutor": a short definite phrase ending in a person's noun; a longer one is a clause. */
const MAX_DEFINITE_WORDS = 4;

/**
 * The phrase as written when it is two people joined by "and": each side a person named there, a given name alone, or
 * a title or a family word ("the Prince and Princess of Wales", "Prince William and his wife"); null otherwise.
 */
/** Nouns for someone's side: allies, supporters, lawyers, in English and the languages of translated copies. */
const SIDE_NOUNS =
  'allies|supporters|followers|backers|loyalists|aides|advisers|advisors|lawyers|attorneys|associates|defenders|' +
  'seguidores|partidarios|aliados|simpatizantes|abogados|alleati|sostenitori|seguaci|avvocati|alliés|partisans|avocats|soutiens|' +
  'Anhänger|Verbündeten|Unterstützer|Anwälte|apoiadores|advogados';
/** Someone's side, in a pronoun's possession: "her allies", "his lawyers", "their supporters". */
const THEIR_SIDE = new RegExp(`^(?:his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SIDE_NOUNS})$`, 'u');
/** The same in a translated copy: "y sus seguidores", "e i suoi alleati", "et ses partisans", "und seine Anhänger". */
const FOREIGN_SIDE = new RegExp(`\\s(?:y|e|et|und)\\s+(?:sus|i\\s+suoi|le\\s+sue|ses|seine|ihre|os\\s+seus)\\s+(?:${SIDE_NOUNS})$`, 'u');
/** "and her allies", "y sus seguidores" right after a name. */
const SIDE_AFTER = new RegExp(
  `^\\s+(?:and|y|e|et|und)\\s+(?:his|her|their|sus|i\\s+suoi|le\\s+sue|ses|seine|ihre|os\\s+seus)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${SIDE_NOUNS})(?![\\p{L}])`,
  'u',
);

/**
 * "Ana Lind and her allies", "Ana Lind y sus seguidores": the words after a name that join someone's side to them, or
 * null.
 */
export function sideAfter(text: string, end: number): string | null {
  return SIDE_AFTER.exec(text.slice(end, end + 60))?.[0] ?? null;
}

function jointSpeaker(phrase: string, phraseStart: number, inside: PersonMention[]): string | null {
  const text = phrase.trim();
  const at = phraseStart + phrase.indexOf(text);
  const m = /^(.{2,40}?)\s+and\s+(.{2,40})$/u.exec(text);
  if (!m || /[,;:]|\band\b/.test(m[2]!) || text.split(/\s+/).length > 9) return null;
  const sides: Array<[number, number, string]> = [
    [at, at + m[1]!.length, m[1]!],
    [at + text.length - m[2]!.length, at + text.length, m[2]!],
  ];
  const person = ([s, e, words]: [number, number, string]) => {
    if (inside.some((x) => x.start >= s && x.end <= e)) return true;
    // ("Ana Lind and her allies": the people of someone's side, who speak with them.)
    if (e === at + text.length && THEIR_SIDE.test(words)) return true;
    const head = /(\p{L}+)$/u.exec(words)?.[1]?.toLowerCase() ?? '';
    // ("Kate": a given name alone.)
    if (/^\p{Lu}\p{Ll}+$/u.test(words) && isAnyGivenName(words) && !isCommonWord(words)) return true;
    return /^(?:(?:the|his|her)\s+)?\p{L}+$/iu.test(words) && (TITLE_WORDS.has(head) || KIN_ROLES.has(head));
  };
  return sides.every(person) &&
    new Set(inside.map((x) => x.person)).size + sides.filter(([s, e]) => !inside.some((x) => x.start >= s && x.end <= e)).length >= 2
    ? text
    : null;
}

/**
 * "the Hotel Bellevue Dupont", "the Dupont Center": a name inside the capitalised run of an organisation or a
 * venue is no speaker; the organisation is. A title between them ("White House Press Secretary Jo Lee") keeps the person.
 */
function inVenue(phrase: string, phraseStart: number, inside: PersonMention[]): boolean {
  const m = inside.at(-1)!;
  const from = m.start - phraseStart;
  const to = m.end - phraseStart;
  const left = /((?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the)\s+)*)$/u.exec(phrase.slice(0, from))![1]!.trim().split(/\s+/).filter(Boolean);
  const right = /^((?:\s+\p{Lu}[\p{L}’'.-]*)*)/u.exec(phrase.slice(to))![1]!.trim().split(/\s+/).filter(Boolean);
  if (/^[’']s?\b/.test(phrase.slice(to))) return false;
  const org = (w: string) => ORG_WORDS.has(w.toLowerCase()) || VENUE_WORDS.has(w.toLowerCase());
  const titled = (ws: string[]) => ws.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  const orgAt = left.findLastIndex(org);
  // "Secretary of Defense Lloyd Lind", "Minister for the Interior …": an organisation word inside the title.
  const ofTitle = orgAt > 0 && titled(left.slice(0, orgAt)) && left.slice(0, orgAt).some((w) => w === 'of' || w === 'for');
  // ("Justice Ana Lind": a word of both kinds right before the name is her title.)
  const title = orgAt !== -1 && orgAt === left.length - 1 && TITLE_WORDS.has(left[orgAt]!.toLowerCase());
  return right.some(org) || (orgAt !== -1 && !ofTitle && !title && !titled(left.slice(orgAt + 1)));
}

/** "a person close to the Okafors", "one former GOP aide": an indefinite phrase whose head noun is a person. */
function describedPerson(phrase: string): boolean {
  // "one of the tourists", "two of the survivors": some of a group of people.
  const some = /^(?:one|two|three|several|some|many|another)\s+of\s+(?:the|those|these|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/iu.exec(
    phrase.trim(),
  );
  if (some) return isPeopleNoun(some[1]!);
  const words = phrase.split(/\s+/);
  // ("a senior official who did not want to be identified": a clause about the person may run longer.)
  const longest = words.some((w) => w.toLowerCase() === 'who') ? 14 : 9;
  if (!/^(?:a|an|one|another|two|three|several|some|the)$/i.test(words[0]!) || words.length > longest) return false;
  // The head noun comes before any preposition or second determiner ("a study published in …" has none).
  const headEnd = words.findIndex((w, i) => i > 0 && /^(?:of|at|in|on|for|from|with|by|to|close|who|which|that|the|a|an)$/i.test(w));
  // ("the judge on the case": after "the", only a role that a phrase goes on to describe; "the president of …" is an
  // office, in apposition to a name before it.)
  if (/^the$/i.test(words[0]!) && (headEnd === -1 || /^(?:of|the|a|an|who|which|that)$/i.test(words[headEnd]!))) return false;
  const head = words.slice(1, headEnd === -1 ? undefined : headEnd);
  const noun = head.at(-1)?.toLowerCase() ?? '';
  // "a senior nurse at the clinic": a role noun names a person as well as "a person" does.
  return head.length > 0 && head.length <= 5 && (PERSON_NOUNS.has(noun) || LOWERCASE_ROLE_WORDS.has(noun));
}

/** The words after a closing mark as the steps of `attributionAfter` read them. */
interface AfterClause {
  /** The rest of the sentence as written. */
  raw: string;
  /** The same with abbreviations and asides masked (see maskAbbreviations). */
  after: string;
  /** Its place in the block. */
  offset: number;
  mentions: PersonMention[];
}

/**
 * Read the attribution after a closing mark: `after` is the rest of the sentence, `offset` its place in the block.
 */
export function attributionAfter(raw: string, offset: number, mentions: PersonMention[]): Attribution | null {
  const after = maskAbbreviations(raw);
  const a: AfterClause = { raw, after, offset, mentions };
  const headline = headlineSourceAfter(a);
  if (headline) return headline;
  const quoted = quotedAsAfter(a);
  if (quoted !== undefined) return quoted;
  const document = quotedDocumentAfter(a);
  if (document) return document;
  const via = REPORTED.exec(after);
  const m = AFTER_PRONOUN.exec(after);
  if (m) return speakerFrom(m[1]!, offset + after.indexOf(m[1]!), mentions, cueOf(m[2]!, m[3]!), viaText(via, m[0].length));
  const owned = wordsOrStatementAfter(a) ?? relativeAfter(a);
  if (owned) return owned;
  const inverted = invertedAfter(a, via);
  if (inverted !== undefined) return inverted;
  const subject = namesAfter(a) ?? subjectAfter(a, via) ?? appositiveAfter(a) ?? unclosedAfter(a);
  if (subject) return subject;
  const acc = ACCORDING.exec(after);
  if (acc && acc.index < ACCORDING_AFTER_WITHIN) return speakerFrom(acc[1]!, offset + acc.index + acc[0].indexOf(acc[1]!), mentions, 'according to', null);
  // A translated copy: „…“, sagte Okafor / « … », a-t-elle dit (foreign.ts).
  const foreign = foreignReporting(after);
  return foreign ? foreignSpeaker(foreign, offset, mentions) : null;
}

/**
 * „…“, zitierte der Sender Radio Cardow eine Erklärung seiner Angehörigen; "…", citó la radio un comunicado de la familia: a
 * translated copy's outlet quoting a statement, whose owner speaks (as written).
 */
const QUOTED_DOCUMENT =
  /^[\s,]*(?:zitierte|zitiert|citó|cita|citou|citò|citava)\s+[^.;“”„«»"]{1,80}?\s+(?:eine|einer|die|un|una|el|la|o|a|il|uno)\s+(?:Mitteilung|Erklärung|Stellungnahme|comunicado|mensaje|declaración|nota|comunicato|messaggio|dichiarazione)\s+((?:der|des|ihrer|seiner|von|de\s+la|de\s+los|del|de|da|do|della|dei|di)\s+[^.,;“”„«»"]{2,60}?)\s*(?=[.,;]|$)/u;

/** Decides the speaker when a translated copy's outlet quotes a statement ("zitierte … eine Erklärung seiner Angehörigen"). */
function quotedDocumentAfter({ after, offset, mentions }: AfterClause): Attribution | null {
  const m = /\b(?:zitiert|cit[óoòa])/u.test(after) ? QUOTED_DOCUMENT.exec(after) : null;
  if (!m) return null;
  const at = offset + m.index + m[0].lastIndexOf(m[1]!);
  const named = mentions.filter((x) => x.start >= at && x.end <= at + m[1]!.length);
  // ("eine Erklärung von Ana Lind", "un comunicado de Ana Lind": a person named as its owner is that person.)
  if (named.length === 1 && /^(?:von|de|da|do|di)\s+\p{Lu}/u.test(m[1]!))
    return { person: named[0]!.person, name: null, pronoun: null, cue: 'statement', via: null, at: named[0]!.start };
  return { person: null, name: m[1]!, pronoun: null, cue: 'statement', via: null, at };
}

/** "…,” the Post quoted her as saying": only a quoting clause this close to the closing mark attributes the quotation. */
const QUOTED_AS_AFTER_WITHIN = 20;
/** "…,” according to the mayor": only an "according to" this close to the closing mark attributes the quotation. */
const ACCORDING_AFTER_WITHIN = 40;

/** The medium a "…, the Post reported" clause after the speaker names, as cue words, when it comes after `from`. */
const viaText = (m: RegExpExecArray | null, from: number) => (m && m.index > from ? `${m[1]!.trim()} ${m[2]}` : null);

/** Decides whether a headline names its source after a colon or a dash. */
function headlineSourceAfter(a: AfterClause): Attribution | null {
  const { after, offset, mentions } = a;
  // A headline's source after a colon: "Lind ‘brutally murdered’: Latvian President", "‘Horrified’: Police chief
  // reacts to …" (no full stop: a headline's).
  const headline = /^\s*:/.test(after) ? (HEADLINE_SOURCE.exec(after) ?? HEADLINE_SUBJECT.exec(after)) : null;
  if (headline) {
    const at = offset + headline.index + headline[0].indexOf(headline[1]!);
    const found = speakerFrom(headline[1]!, at, mentions, headline[2] ?? 'colon', null);
    if (found) return found;
    if (speakerNameShaped(headline[1]!)) return { person: null, name: headline[1]!, pronoun: null, cue: headline[2] ?? 'colon', via: null, at };
  }
  // "… ‘A Disgrace’ For The Valley — Akerby": a name after a dash closing a line with no full stop (a headline's
  // source, as after its colon).
  const dashed = HEADLINE_DASH_SOURCE.exec(after);
  if (dashed) {
    const found = speakerFrom(dashed[1]!, offset + dashed.index + dashed[0].lastIndexOf(dashed[1]!), mentions, 'said', null);
    if (found && found.person !== null) return found;
  }
  return null;
}

/** Decides the speaker of "X quoted Y as saying" right after the quotation (null: nobody); undefined when there is none. */
function quotedAsAfter(a: AfterClause): Attribution | null | undefined {
  const { after, offset, mentions } = a;
  // The pattern is slow to fail, so it runs only when its verb is there.
  const quoted = /\b(?:quoted|cited|quoting|citing)\b/.test(after) ? QUOTED_AS.exec(after) : null;
  if (!quoted || quoted.index >= QUOTED_AS_AFTER_WITHIN) return undefined;
  const [, medium, who] = quoted;
  const whoStart = offset + quoted.index + quoted[0].indexOf(who!, medium!.length);
  // ("…,” the Sarvik Post quoted her as saying.": the one the pronoun stands for.)
  const object = OBJECT_PRONOUN[who!.toLowerCase()];
  if (object) return { person: null, name: null, pronoun: object, cue: 'quoted … as saying', via: medium!.replace(/^[\s,]+/, '').trim(), at: whoStart };
  return speakerFrom(who!, whoStart, mentions, 'quoted … as saying', medium!.replace(/^[\s,]+/, '').trim());
}

/** Decides whose words the quotation was ("was Ana Lind’s first post") or whose statement read it. */
function wordsOrStatementAfter(a: AfterClause): Attribution | null {
  const { after, offset, mentions } = a;
  // "…,” was theatre owner Ana Lind’s first post." (a copy may lose the possessive's ’s)
  const was = WAS_WORDS.exec(after);
  if (was && /\p{Lu}/u.test(was[1]!)) {
    const found = speakerFrom(was[1]!, offset + was.index + was[0].indexOf(was[1]!), mentions, 'said', null);
    if (found && (found.person !== null || found.name)) return found;
  }
  // "…,” read a statement from the company." / "said a statement issued by Harbourline."
  const statement = STATEMENT_FROM.exec(after);
  if (statement) {
    const found = speakerFrom(statement[1]!, offset + statement.index + statement[0].lastIndexOf(statement[1]!), mentions, 'statement', null);
    if (found) return found;
  }
  return null;
}

/** Decides the speaker of a name and a relative clause between commas before the verb. */
function relativeAfter(a: AfterClause): Attribution | null {
  const { after, offset, mentions } = a;
  // "…,” Judge Ana Lind, who chaired the hearing, said Monday": a name, a relative clause between commas,
  // then the verb (whose day after it is no speaker).
  // ("…,” Harbour TV, which showed the series, said": an organisation's relative clause too.)
  const m = /,\s+(?:who|whose|which)\s/.test(after) ? AFTER_RELATIVE.exec(after) : null;
  if (m) {
    const found = speakerFrom(m[1]!, offset + m.index + m[0].indexOf(m[1]!), mentions, cueOf(m[2]!, ''), null);
    if (found && (found.person !== null || found.name)) return found;
  }
  return null;
}

/**
 * Decides the speaker of an inverted clause ("said Mayor Don Guardian"), a role's name in apposition included; null
 * when a clause follows the verb instead; undefined when there is no such clause or it names nobody.
 */
function invertedAfter(a: AfterClause, via: RegExpExecArray | null): Attribution | null | undefined {
  const { raw, after, offset, mentions } = a;
  const m = AFTER_INVERTED.exec(after);
  // ("…,” said Monday": a day is no speaker.)
  if (!m || DAY_OR_TIME.test(m[2]!)) return undefined;
  // "said Mayor Don Guardian in a telephone interview": the speaker ends before a relative clause or a circumstance.
  const who = m[2]!.replace(/\s+(?:who|which|whose|in|at|on|during|after|before|when|while|via|outside|inside|from)\s.*$/, '');
  // "the advertisement “…” suggests that the city supports Hale": a clause after the verb names no speaker.
  if (/^(?:that|whether|if|how|what|why|to)\s/i.test(who)) return null;
  // "…,” confided she, addressing the hall": a translated copy's pronoun after its verb, then more words.
  const pronoun = /^(he|she)\s+(?!(?:would|will|could|should|was|is|had|has|did|does|might|must|can)\b)/i.exec(who);
  if (pronoun)
    return { person: null, name: null, pronoun: pronoun[1]!.toLowerCase(), cue: m[1]!, via: null, at: offset + m.index + m[0].indexOf(who, m[1]!.length) };
  const at = offset + m.index + m[0].indexOf(who, m[1]!.length);
  // "…,” said a spokesman, Jane Doe.": a role, then the name in apposition.
  const named = mentions.find((x) => x.start >= at + who.length && /^\s*,\s*$/.test(raw.slice(at + who.length - offset, x.start - offset)));
  // ("said his niece, Ana Lind": a kin role of someone else's, named in apposition.)
  const last = who.split(/\s+/).at(-1)!.toLowerCase();
  const role = /^(?:an?|the|one)\s/i.test(who) || LOWERCASE_ROLE_WORDS.has(last) || (/^(?:his|her|their)\s/i.test(who) && KIN_ROLES.has(last));
  const found = speakerFrom(who, at, mentions, m[1]!, viaText(via, m[0].length));
  // "said Kowal’s deputy campaign manager, Tom Ferris": the possessor is no speaker; the name in apposition is.
  const headMention = found?.person != null ? mentions.find((x) => x.start === found.at) : undefined;
  const possessor = headMention !== undefined && /^[’'](?:s\b|\s)/.test(raw.slice(headMention.end - offset));
  if (named && (role || possessor) && (found?.person == null || possessor))
    return { person: named.person, name: null, pronoun: null, cue: m[1]!, via: viaText(via, m[0].length), at: named.start };
  if (found) return found;
  return undefined;
}

/** Decides the speaker of a subject then its verb after the quotation ("…,” the mayor said"). */
/** A name of one or two capitalised words. */
const LISTED_NAME = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?";
/** "…,” Ada, Laura, and Jane posted on the page": three or more names listed before their verb. */
const NAMES_AFTER = new RegExp(
  `^[\\s,.;:—–-]*((?:${LISTED_NAME},\\s+){2,5}and\\s+${LISTED_NAME}|${LISTED_NAME},\\s+(?:${LISTED_NAME},\\s+){0,4}${LISTED_NAME}\\s+and\\s+${LISTED_NAME})\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`,
  'u',
);
/** One of people listed, a word for kin or a role in lower case before the name ("daughters Ida", "grandson Piet"). */
const KIN_ITEM = `(?:(?:his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+)?${LISTED_NAME}`;
/**
 * People listed as a sentence's subject, kin words before their names ("daughters Ida and Mara, and grandson Piet"),
 * the last joined by "and" ("Vell, Ms Lind said, …" is one speaker in an aside, no list).
 */
const KIN_LIST = `${KIN_ITEM}(?:(?:,\\s+|,?\\s+and\\s+)${KIN_ITEM}){0,4},?\\s+and\\s+${KIN_ITEM}`;
/** "“…,” Ida, Mara, and Piet shared": the list after the quotation. */
const KIN_NAMES_AFTER = new RegExp(`^[\\s,.;:—–-]*(${KIN_LIST})\\s+${ADVERBS}(${VERBS})\\b([^,.;“”]{0,40})`, 'u');
/** "Later, daughters Ida and Mara, and grandson Piet said:": the list before it. */
const KIN_NAMES_BEFORE = new RegExp(`(?:^|[.!?]\\s+)(?:(?:In|On|At|After|Later|Earlier|Then)\\b[^,“”]{0,60},\\s+)?(${KIN_LIST})\\s*$`, 'u');

/** "Ada Lind and Tom Hale", "Ada Lind, Tom Hale and Ida Voss": names listed, the whole of an apposition. */
const LISTED_PEOPLE = new RegExp(`^(?:${LISTED_NAME},\\s+){0,5}${LISTED_NAME},?\\s+and\\s+${LISTED_NAME}$`, 'u');
/** "…,” Lind, Hale and Voss’s joint statement reads": names listed, whose statement says the quotation. */
const NAMES_STATEMENT_AFTER = new RegExp(
  `^[\\s,.;:—–-]*((?:${LISTED_NAME},\\s+){0,5}${LISTED_NAME},?\\s+and\\s+${LISTED_NAME})[’']s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:statement|post|message|letter|note|tribute)\\s+(read|reads|said|says|stated|states)\\b`,
  'u',
);
/** "Ada, Laura and Jane wrote: “…”": three or more names listed as a sentence's subject, up to its verb. */
const NAMES_BEFORE = new RegExp(`(?:^|[.!?]\\s+)((?:${LISTED_NAME},\\s+){1,5}${LISTED_NAME},?\\s+and\\s+${LISTED_NAME})\\s*$`, 'u');

/** Is every name of the list `list` (starting at `at`) a mention of a person of the article? */
function allPeople(list: string, at: number, mentions: PersonMention[]): boolean {
  const names = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  return mentions.filter((x) => x.start >= at && x.end <= at + list.length).length === names.length;
}

/** The people listed as the subject of the verb ending at `end`, who speak together as written; null unless each is a person. */
function namesBefore({ before, offset, mentions }: BeforeClause, end: number, cue: string): Attribution | null {
  const text = before.slice(0, end).trimEnd();
  const m = NAMES_BEFORE.exec(text);
  const at = m ? offset + m.index + m[0].indexOf(m[1]!) : 0;
  if (m && allPeople(m[1]!, at, mentions)) return { person: null, name: m[1]!, pronoun: null, cue, via: null, at };
  const kin = /,|\sand\s/.test(text) ? KIN_NAMES_BEFORE.exec(text) : null;
  const kinAt = kin ? offset + kin.index + kin[0].lastIndexOf(kin[1]!) : 0;
  return kin && peopleListed(kin[1]!, kinAt, mentions) ? { person: null, name: kin[1]!, pronoun: null, cue, via: null, at: kinAt } : null;
}

/**
 * Is every one of people listed (`list`, starting at `at`) a person, kin words before their names allowed: a mention
 * of a person of the article, or a given name alone; one mention at least, and two people or more.
 */
function peopleListed(list: string, at: number, mentions: PersonMention[]): boolean {
  let from = 0;
  let named = 0;
  const items = list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  for (const item of items) {
    const start = at + list.indexOf(item, from);
    from = list.indexOf(item, from) + item.length;
    const words = item.split(/\s+/);
    const lead = words.findIndex((w) => /^\p{Lu}/u.test(w));
    // (A word before the name is kin or a role: "daughters Ida", "grandson Piet", not "critics".)
    if (
      lead === -1 ||
      words.slice(0, lead).some((w) => !/^(?:his|her|their)$/.test(w) && !KIN_ROLES.has(w) && !peopleAround(w) && !LOWERCASE_ROLE_WORDS.has(w))
    )
      return false;
    const mentioned = mentions.some((x) => x.start >= start && x.end <= start + item.length);
    const name = words.slice(lead).join(' ');
    if (mentioned) named++;
    else if (!(isAnyGivenName(name) && !isCommonWord(name))) return false;
  }
  return named > 0 && items.length >= 2;
}

/** The people listed as the subject after a quotation, who speak together as written; null unless each is a person. */
function namesAfter({ after, offset, mentions }: AfterClause): Attribution | null {
  // ("…,” Lind, Hale and Voss’s statement reads": the statement of people listed is theirs together.)
  const m = NAMES_AFTER.exec(after) ?? NAMES_STATEMENT_AFTER.exec(after);
  const at = m ? offset + m.index + m[0].indexOf(m[1]!) : 0;
  if (m && allPeople(m[1]!, at, mentions)) return { person: null, name: m[1]!, pronoun: null, cue: cueOf(m[2]!, m[3] ?? ''), via: null, at };
  // ("…,” Ida, Mara, and Piet shared …": given names the article names no further, or kin words before them.)
  const kin = KIN_NAMES_AFTER.exec(after);
  const kinAt = kin ? offset + kin.index + kin[0].indexOf(kin[1]!) : 0;
  return kin && peopleListed(kin[1]!, kinAt, mentions)
    ? { person: null, name: kin[1]!, pronoun: null, cue: cueOf(kin[2]!, kin[3]!), via: null, at: kinAt }
    : null;
}

function subjectAfter(a: AfterClause, via: RegExpExecArray | null): Attribution | null {
  const { after, offset, mentions } = a;
  const m = AFTER_SUBJECT.exec(after);
  // "…,” the mayor’s message which was issued on Monday read.": a passive relative clause is no part of the subject.
  const subject = m?.[1]!.replace(/\s+(?:which|that)\s+(?:was|were|is|had\s+been|has\s+been)\s+\p{Ll}+ed\b.*$/u, '');
  if (m && subject && subjectShaped(subject)) {
    const found = speakerFrom(subject, offset + m.index + m[0].indexOf(m[1]!), mentions, cueOf(m[2]!, m[3]!), viaText(via, m[0].length));
    if (found) return found;
  }
  return null;
}

/** Decides the speaker of a head and its apposition between commas before the verb: the head, or the name the apposition gives. */
function appositiveAfter(a: AfterClause): Attribution | null {
  const { raw, after, offset, mentions } = a;
  const m = AFTER_APPOSITIVE.exec(after);
  // "“punished” for the atrocities against Lind, who died on Friday, reacted …": words opening with a preposition
  // go on the sentence; they are no subject and its apposition.
  if (!m || PREPOSITION_OPENING.test(m[1]!.trim())) return null;
  const [, head, apposition, verb, rest] = m;
  const headStart = offset + m.index + m[0].indexOf(head!);
  // "Rep. Duncan Hunter’s chief of staff, Joe Kasper, told …": a possessor is no speaker; the apposition names him.
  // "his wife, Gabriela Lazar, wrote": a role led by a determiner or possessive pronoun is named by the apposition too.
  // ("Norden’s mayor, Ana Lind, told …": a place's role, too.)
  const placeRole = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}[’']s\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s*$/u.exec(head!)?.[1];
  const possessed =
    /^\s*(?:his|her|their|its|the|an?)\s/i.test(head!) ||
    (placeRole !== undefined && (LOWERCASE_ROLE_WORDS.has(placeRole) || TITLE_WORDS.has(placeRole))) ||
    mentions.some((x) => x.start >= headStart && x.end <= headStart + head!.length && /^[’']s?\s/.test(raw.slice(x.end - offset)));
  const appStart = offset + m.index + m[0].indexOf(apposition!, head!.length);
  // ("the Coast Guard commander, Rear Adm. Ana Lind, said": a title may open the apposition before the name.)
  const opens = (x: PersonMention) =>
    x.start - appStart < 3 || /^(?:\p{Lu}[\p{L}’'.\u2024-]*\s+){1,4}$/u.test(after.slice(appStart - offset, x.start - offset));
  // ("the show’s creators, Ana Lind, Tom Hale and Ida Voss, said": a list of people in apposition speaks together, as written.)
  const list = possessed ? LISTED_PEOPLE.exec(apposition!.trim()) : null;
  if (list && allPeople(list[0], appStart + apposition!.indexOf(list[0]), mentions))
    return { person: null, name: list[0], pronoun: null, cue: cueOf(verb!, rest!), via: null, at: appStart + apposition!.indexOf(list[0]) };
  const named = possessed ? mentions.find((x) => x.start >= appStart && x.end <= appStart + apposition!.length && opens(x)) : undefined;
  if (named) return { person: named.person, name: null, pronoun: null, cue: cueOf(verb!, rest!), via: null, at: named.start };
  const found = speakerFrom(head!, headStart, mentions, cueOf(verb!, rest!), null);
  if (found && (found.person !== null || found.pronoun)) return found;
  // ("Barracuda Music, an event organizer in the city, posted …": a proper name the apposition describes.)
  if (found?.name && /^\s*\p{Lu}/u.test(head!) && /^\s*(?:an?|the)\s/i.test(apposition!)) return found;
  // ("an eyewitness, who rents out boats, told AFP": a described person the relative clause is about.)
  if (found?.name && /^\s*who\s/i.test(apposition!) && describedPerson(head!.trim())) return found;
  return null;
}

/** Decides whether a name before an apposition that lost its closing comma speaks ("Ana Vesela, a 66-year-old resident told"). */
function unclosedAfter(a: AfterClause): Attribution | null {
  const { after, offset, mentions } = a;
  // "…,” Ana Vesela, a 66-year-old resident told reporters.": an apposition that lost its closing comma.
  let m = /,\s+(?:an?|one)\s/.test(after) ? AFTER_UNCLOSED.exec(after) : null;
  if (m) {
    const head = m[1]!;
    const headStart = offset + m.index + m[0].indexOf(head);
    const named = mentions.find((x) => x.start >= headStart && x.end === headStart + head.length);
    if (named) return { person: named.person, name: null, pronoun: null, cue: cueOf(m[2]!, m[3]!), via: null, at: named.start };
  }
  m = AFTER_UNCLOSED_ROLE.exec(after);
  if (m && LOWERCASE_ROLE_WORDS.has(m[2]!)) {
    const head = m[1]!;
    const headStart = offset + m.index + m[0].indexOf(head);
    const named = mentions.find((x) => x.start >= headStart && x.end === headStart + head.length);
    if (named) return { person: named.person, name: null, pronoun: null, cue: cueOf(m[3]!, m[4]!), via: null, at: named.start };
  }
  return null;
}

/** "le ha", "gli ha": a clitic and an auxiliary of a translated copy ("“…”, le ha dicho") name nobody. */
const cliticOnly = (phrase: string) =>
  /^(?:le|les|lo|la|los|las|se|me|te|nos|gli|mi|ci|ti|lui|leur)(?:\s+(?:ha|han|había|habían|a|ont|avait|aveva|hanno))?$/.test(phrase.trim());

/**
 * The speaker of a foreign reporting clause: a person named in it, a pronoun, a role the speaker stages know — else
 * the phrase as written ("le porte-parole des pompiers", "uno de los médicos"): verb-first, it can only be the speaker.
 */
function foreignSpeaker(foreign: ForeignReporting, offset: number, mentions: PersonMention[]): Attribution | null {
  if (foreign.who === DROPPED) return { person: null, name: null, pronoun: DROPPED, cue: foreign.verb, via: null, at: offset + foreign.at };
  // "…, escribió la familia de Lind en una carta": a family speaks, as written, not the one it is named after.
  if (foreign.written && FOREIGN_FAMILY.test(foreign.written))
    return { person: null, name: foreign.written.trim(), pronoun: null, cue: foreign.verb, via: null, at: offset + foreign.at };
  const found = speakerFrom(foreign.who, offset + foreign.at, mentions, foreign.verb, null);
  // "…, a déclaré le commandant de la gendarmerie, Luc Maréchal": a role, then the name in apposition.
  const end = offset + foreign.at + (foreign.written?.length ?? 0);
  // (Not after a page or a statement read before the quotation: "heißt es auf der Seite der Küstenwache, Brandt werde …".)
  const named = foreign.written && found?.person == null && foreign.verb !== 'heißt es' ? mentions.find((x) => x.start > end && x.start - end <= 3) : undefined;
  if (named) return { person: named.person, name: null, pronoun: null, cue: foreign.verb, via: null, at: named.start };
  // "Ana Lind y sus seguidores lo calificaron de …": someone with their side speaks as written.
  // (Object pronouns before the verb are no part of them: "… y sus seguidores lo calificaron".)
  const side = foreign.written?.trim().replace(/(?:\s+(?:lo|la|los|las|le|les|se|me|nos))+$/u, '');
  if (side && FOREIGN_SIDE.test(side)) return { person: null, name: side, pronoun: null, cue: foreign.verb, via: null, at: offset + foreign.at };
  // (A German statement, read as "the statement": resolved as one, shown as written when nobody put it out.)
  if (foreign.verb === 'heißt es' && found?.name) return { ...found, written: foreign.written ?? undefined };
  if (found?.person != null || found?.pronoun || !foreign.written || foreign.written.split(/\s+/).length > 8 || cliticOnly(foreign.written)) return found;
  // "…, dijo la actriz": a role read in English ("the actress"), so the speaker stages point it back to who holds it.
  const role = englishRole(foreign.written);
  const english = role ? speakerFrom(role, offset + foreign.at, mentions, foreign.verb, null) : null;
  if (english) return { ...english, written: foreign.written };
  // "son agence de voyages Cap Nord", "la emisora Radio Vellmar": the name its description opens with is the source.
  const kind = FOREIGN_DESCRIBED_NAME.exec(foreign.written);
  // (Not German, whose nouns are capitalised: "die örtliche Hafenbehörde Vellmar" is one name.)
  if (
    kind &&
    !isPlace(kind[2]!) &&
    !FOREIGN_LINK_WORDS.has(kind[1]!) &&
    !/^(?:der|die|das|des|dem|den|ein|eine|einer|sein|seine|ihr|ihre)\s/u.test(foreign.written)
  )
    return { person: null, name: kind[2]!, pronoun: null, cue: foreign.verb, via: null, at: offset + foreign.at + foreign.written.lastIndexOf(kind[2]!) };
  // (A group or an office keeps its own language: "la police de l’État", not "the police de l’État".)
  return { person: null, name: foreign.written, pronoun: null, cue: foreign.verb, via: null, at: offset + foreign.at };
}

/** A family in a translated copy ("la familia de Lind", "sa famille", "die Familie", "la sua famiglia"). */
const FOREIGN_FAMILY = /^(?:la|sa|su|sus|a|die|ihre|seine|la\s+sua|sua)\s+(?:familia|famille|famiglia|família|Familie)(?![\p{L}])/u;

/** A translated copy's description before a name: lower-case words, the last of them a noun (not "de la Défense"). */
const FOREIGN_DESCRIBED_NAME = /^(?:\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){0,4}?([\p{Ll}-]{3,})\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})$/u;
/** Words that join a description to what follows, never its last noun. */
const FOREIGN_LINK_WORDS = new Set(
  'del des della dello degli delle dem der den das die los las les une una uno sur para pour por con avec dans nel nella aux von vom und et che que qui'.split(
    ' ',
  ),
);

/** The subject form of an object pronoun ("according to him" → he). */
const OBJECT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** ", according to the regional council." closing the sentence: the source of everything it reports. */
// (", selon Trump", ", según el ministerio": a translated copy's too.)
const ACCORDING_CLOSING = /,\s*(?:according to|selon|según|segons|secondo|segundo|de acordo com) ((?:an? |the )?[^,.;:“”«»„"]{2,90}?)\s*[.!]?\s*$/iu;

/** The source named by an "according to" clause that ends the sentence after the quotation, or null. */
export function sourceClosing(raw: string, offset: number, mentions: PersonMention[]): Attribution | null {
  const after = maskAbbreviations(raw);
  const m = ACCORDING_CLOSING.exec(after);
  return m ? speakerFrom(m[1]!, offset + m.index + m[0].indexOf(m[1]!, 1), mentions, 'according to', null) : null;
}

/** ", reacted his wife Mara Lind from Germany." closing a sentence: an inverted reporting clause after more words. */
const INVERTED_CLOSING = new RegExp(`,\\s*(?:${VERBS})\\s+[^,.;:“”]{2,100}[.!]?\\s*$`, 'u');

/** ", so Putin." / ", a-t-il dit." / ", dijo el ministro.": the last clause of a sentence, after its last comma. */
const FOREIGN_CLOSING = new RegExp(
  `,\\s*(?:so|laut|sagte|betonte|erklärte|a\\s+(?:dit|déclaré|affirmé|ajouté)|dijo|afirmó|añadió|ha\\s+(?:dicho|afirmado))\\s+[^,.;:“”„«»"]{2,60}[.!]?\\s*$`,
  'u',
);

/** The person an inverted reporting clause closing the sentence names, after words that follow the quotation. */
export function invertedClosing(raw: string, offset: number, mentions: PersonMention[]): Attribution | null {
  // ("… ein „Abkommen“ abgeschlossen, so Putin.": a translated copy's reporting clause closing the sentence.)
  const m = INVERTED_CLOSING.exec(maskAbbreviations(raw)) ?? FOREIGN_CLOSING.exec(maskAbbreviations(raw));
  if (!m) return null;
  const found = attributionAfter(raw.slice(m.index), offset + m.index, mentions);
  // ("…’, day after attack, says agent": a bare role, for speakers/roles.ts to resolve.)
  const role = found?.name && /^(?:(?:his|her|their|the)\s+)?(\p{Ll}+)$/u.exec(found.name);
  return found?.person != null || (role && (LOWERCASE_ROLE_WORDS.has(role[1]!) || TITLE_WORDS.has(role[1]!))) ? found : null;
}

/** ": Latvian President" ending a headline: capitalised words only, one to four. */
const HEADLINE_SOURCE = /^\s*:\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})()\s*$/u;
/** "… For The Valley — Akerby" ending a line with no full stop: up to three capitalised words after a dash. */
const HEADLINE_DASH_SOURCE = /^[^“”.!?]*\s[—–-]\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s*$/u;
/** ": Police chief reacts to …" ending a headline: a short subject and a verb in the present, no full stop after. */
const HEADLINE_SUBJECT = /^\s*:\s*(\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+){0,3}?)\s+(\p{Ll}+s)\b[^.!?]*$/u;

/** Nouns for a kind of organisation that a name in apposition can follow ("the grid operator, NWO,"). */
const ORG_KIND = /^(?:operator|company|firm|agency|broadcaster|regulator|utility|carrier|airline|insurer|lender|watchdog|distributor|provider|supplier)$/;
/** A description of a medium's or a firm's kind, then its name ("Swedish newspaper Aftonbladet", "the website Rota"). */
const DESCRIBED_NAME =
  /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:website|site|broadcaster|newspaper|daily|tabloid|magazine|outlet|agency|channel|network|platform|tracker|service|firm|company|startup|airline|carrier|operator|provider|supplier|utility|group|exchange|bank|lender|insurer|retailer|regulator|watchdog|maker|carmaker|automaker|manufacturer|developer|giant|charity|organi[sz]er|promoter|label|band|studio|publisher|distributor|broadcaster)\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})$/u;

/**
 * "Harbourline’s parent company Harbour Group said …": the firm or medium that a description of its kind names,
 * opening a sentence as the subject of a verb of saying; null otherwise.
 */
export function describedSubject(sentence: string): string | null {
  const m =
    /^(?:[^,“”]{0,40},\s*)?(?:\p{Lu}[\p{L}&.-]*[’']s\s+)?([^,“”]{3,80}?)\s+(?:(?:has|had|also|later)\s+)?(?:said|says|stated|announced|told|wrote|added|confirmed)\b/u.exec(
      sentence,
    );
  return m ? (DESCRIBED_NAME.exec(m[1]!)?.[1] ?? null) : null;
}

/** A sentence opening with its speaker's view ("In his view,", "In her words,", "To their mind,"). */
const IN_VIEW = /^\s*(?:In|To)\s+(his|her|their)\s+(?:view|opinion|words|mind|eyes|estimation)\b/i;
const POSSESSOR: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** Words that open a phrase of time or place before a sentence's subject ("Ahead of the storm …", "Prior to the vote …"). */
const SCENE_OPENERS = new Set(['Prior', 'Ahead', 'After', 'Before', 'During', 'Following', 'Since', 'Until', 'Earlier', 'Later', 'On', 'In', 'At']);
/** "Lind’s reply to the council was blunt: “…”", "His answer was one line: “…”": the words' owner speaks. */
const OWN_WORDS =
  /(?:^|\s)(?:(His|Her|Their|his|her|their)|(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})[’']s?)\s+(?:(?:first|last|final|only|opening|closing|parting|brief|short|whole)\s+)?(?:words|reply|response|answer|message|remark|retort|greeting)\b[^“”.;]{0,60}?\s(?:was|were)\b[^“”.;]{0,20}?[,:]?\s*$/u;

/** "Lind’s Defiant Reply to the Board: “…”": whose reply, response or message a colon opens (a headline's shape too). */
const OWN_REPLY =
  /(?:^|\s)(?:(His|Her|Their)|(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})[’']s?)\s+(?:[\p{L}-]+\s+)?(?:[Ww]ords|[Rr]eply|[Rr]esponse|[Aa]nswer|[Mm]essage|[Rr]etort|[Ww]arning|[Pp]lea|[Vv]ow|[Rr]ebuke)(?:\s+(?:to|for)\s+[^“”.;:]{1,60})?:\s*$/u;

/** Read the attribution before an opening mark: `before` runs from the sentence start. */
export function attributionBefore(raw: string, offset: number, mentions: PersonMention[], sentenceSubject: () => Attribution | null): Attribution | null {
  const before = maskAbbreviations(raw);
  const introduced = introducingPhrase(before, raw, offset, mentions, sentenceSubject);
  if (introduced) return introduced;
  // "The Daily Harbour quoted a port official as saying “…”": the one quoted, not the outlet quoting.
  const quoted = /\b(?:quoted|cited)\b/.test(before) ? QUOTED_AS_BEFORE.exec(before) : null;
  if (quoted) {
    const at = offset + quoted.index + quoted[0].indexOf(quoted[2]!, quoted[1]!.length);
    const object = OBJECT_PRONOUN[quoted[2]!.toLowerCase()];
    const via = quoted[1]!.trim();
    if (object) return { person: null, name: null, pronoun: object, cue: 'quoted … as saying', via, at };
    const found = speakerFrom(quoted[2]!, at, mentions, 'quoted … as saying', via);
    if (found) return found;
  }
  const m = governingVerb(before);
  // "Ein Augenzeuge berichtete, dass es „…“", "Le Kremlin a assuré que « … »": a translated copy's subject and verb.
  const foreign = m ? null : foreignSubject(before);
  if (foreign) {
    const found = foreignSpeaker(foreign, offset, mentions);
    if (found && (found.person !== null || found.pronoun || found.name)) return found;
  }
  if (!m) {
    // "Petrov resisted: “…”", "Dupont leaned in and boomed: “…”": the subject of the clause the colon closes.
    const subj = /:\s*$/.test(before) ? sentenceSubject() : null;
    return subj ? { ...subj, cue: 'colon' } : null;
  }
  const found = verbSubject(before, raw, offset, mentions, m, sentenceSubject);
  if (found || !/:\s*$/.test(before)) return found;
  // "Vogel told reporters she repeated what her predecessors have said: “…”": the last verb's subject names
  // nobody; the clause the colon closes is about its sentence's subject.
  const subj = sentenceSubject();
  return subj ? { ...subj, cue: 'colon' } : null;
}

/** A sentence's words before an opening mark as the steps of `introducingPhrase` read them. */
interface BeforeClause {
  /** The words from the sentence start to the mark, abbreviations and asides masked (see maskAbbreviations). */
  before: string;
  /** The same words as written. */
  raw: string;
  /** Their place in the block. */
  offset: number;
  mentions: PersonMention[];
  /** The sentence's subject, for a participle or a colon with no speaker of its own. */
  sentenceSubject: () => Attribution | null;
}

/** The phrases that name a speaker without a clause of their own: a participle, "as X put it", "Name:", "according to X", an inverted clause. */
function introducingPhrase(
  before: string,
  raw: string,
  offset: number,
  mentions: PersonMention[],
  sentenceSubject: () => Attribution | null,
): Attribution | null {
  const b: BeforeClause = { before, raw, offset, mentions, sentenceSubject };
  return (
    promptedQuotingOrCalling(b) ??
    ownedWordsBefore(b) ??
    asSourceOrParticipleSubject(b) ??
    participleSpeaker(b) ??
    putItOrColon(b) ??
    findingOrAccording(b) ??
    ownWordsOrForeignSource(b) ??
    viewPassiveOrInverted(b)
  );
}

/** Where in a PROMPTED match the search for the one prompted starts: past the first letters of the verb that opens it. */
const PROMPTED_NAME_FROM = 5;
/** Where in a WITH_PARTICIPLE match the search for its subject and participle starts: past "with". */
const WITH_NAME_FROM = 4;

/** Decides whether the one prompted to speak, the one quoted, or the agent of a verb of calling speaks. */
function promptedQuotingOrCalling(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  // "…, prompting Okafor to warn, “…”": the one prompted speaks, not the subject of the sentence.
  const prompted = PROMPTED.exec(before);
  if (prompted) {
    const found = speakerFrom(prompted[1]!, offset + prompted.index + prompted[0].indexOf(prompted[1]!, PROMPTED_NAME_FROM), mentions, prompted[2]!, null);
    if (found && (found.person !== null || found.name)) return found;
  }
  const quoting = QUOTING.exec(before);
  if (quoting) {
    const found = speakerFrom(quoting[1]!, offset + quoting.index + quoting[0].indexOf(quoting[1]!), mentions, 'quoted', null);
    if (found?.person != null) return found;
  }
  const called = CALLING.test(before) ? (CALLED_BY.exec(before) ?? CALLED_BY_CLAUSE.exec(before)) : null;
  if (called) {
    const found = speakerFrom(called[1]!, offset + called.index + called[0].indexOf(called[1]!), mentions, 'described', null);
    if (found && (found.person !== null || found.name)) return found;
  }
  return null;
}

/** Decides whether the possessor of words a noun names speaks them ("Lind’s condemnation of", "his repeated hint that"). */
function ownedWordsBefore(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  // "This follows President Lind’s condemnation of the “…”", "rejected Quint’s description of it as “…”": the
  // possessor of words named by a noun speaks them.
  const owned = /[’']s\s/.test(before) ? OWNED_WORDS.exec(before) : null;
  if (owned) {
    VERB_WORD.lastIndex = 0;
    const at = offset + owned.index + owned[0].indexOf(owned[1]!);
    const possessor = mentions.filter((x) => x.start >= at && x.end <= at + owned[1]!.length).at(-1);
    // ("Trump called Biden’s response “disgraceful”": with no "of" or "that" after the noun, a verb of saying before
    // it makes the words the verb's.)
    const verbBefore = () => ((VERB_WORD.lastIndex = 0), VERB_WORD.test(before.slice(0, owned.index)));
    // ("Pence said Trump’s tweet to invite her was only “to mock” …": a verb after the noun makes it a clause's subject.)
    // (Only the words after the noun: "remarks", "claims" are verbs too. Words that run on past a comma, or a verb of
    // calling before — "called Lind’s remarks on the fire a “…”" — make the words the subject's.)
    const tail = owned[3] ?? '';
    const calledBefore = CALLING.test(before.slice(0, owned.index)) && !/^(?:of|that)\s/.test(tail);
    VERB_WORD.lastIndex = 0;
    if (
      possessor &&
      !tail.includes(',') &&
      !calledBefore &&
      !VERB_WORD.test(tail) &&
      !/\b(?:is|was|are|were|be|been|has|had|have|will|would)\b/.test(tail) &&
      (owned[3] !== undefined || !verbBefore())
    )
      return { person: possessor.person, name: null, pronoun: null, cue: owned[2]!, via: null, at: possessor.start };
  }
  const pronounOwner = /\b(?:his|her|their)\s/.test(before) ? OWNED_BY_PRONOUN.exec(before) : null;
  VERB_WORD.lastIndex = 0;
  if (pronounOwner && !VERB_WORD.test(pronounOwner[3]!) && !/\b(?:is|was|are|were|be|been|has|had|have|will|would)\b/.test(pronounOwner[3]!)) {
    const pronoun = { his: 'he', her: 'she', their: 'they' }[pronounOwner[1]!.toLowerCase() as 'his' | 'her' | 'their'];
    return { person: null, name: null, pronoun, cue: pronounOwner[2]!, via: null, at: offset + pronounOwner.index };
  }
  return null;
}

/** Decides whether a source cited with "as", or the subject of a participle after "by" or "with", speaks. */
function asSourceOrParticipleSubject(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  const as = AS_SOURCE_END.exec(before) ?? AS_SOURCE_OPENING.exec(before);
  if (as) {
    const found = speakerFrom(as[1]!, offset + as.index + as[0].indexOf(as[1]!), mentions, as[2]!, null);
    if (found && (found.person !== null || found.name)) return found;
  }
  const by = BY_PARTICIPLE.exec(before);
  if (by) {
    // The subject opens the clause that holds "by saying": the first person named after its boundary.
    const from = [...before.slice(0, by.index).matchAll(CLAUSE_OPENING)].at(-1);
    const start = offset + (from ? from.index + from[0].length : 0);
    const subject = mentions.find((x) => x.start >= start && x.end <= offset + by.index);
    // With a reporting verb in the clause ("Mook said Clinton answered by calling …") the verb's own rule reads it.
    VERB_WORD.lastIndex = 0;
    if (subject && !VERB_WORD.test(before.slice(start - offset, by.index)))
      return { person: subject.person, name: null, pronoun: null, cue: by[1]!, via: null, at: subject.start };
  }
  // ("with Vell, who drove the first snowplough, referring to …": a relative clause between commas is an aside of the subject.)
  const withSubject = WITH_PARTICIPLE.exec(before.replace(RELATIVE_BETWEEN_COMMAS, (m) => ' '.repeat(m.length)));
  // ("with the minister saying Lind described it as a “…”": a speech verb of its own after the participle governs.)
  VERB_WORD.lastIndex = 0;
  if (withSubject && !VERB_WORD.test(before.slice(withSubject.index + withSubject[0].indexOf(withSubject[2]!, WITH_NAME_FROM) + withSubject[2]!.length))) {
    const found = speakerFrom(
      withSubject[1]!,
      offset + withSubject.index + withSubject[0].indexOf(withSubject[1]!, WITH_NAME_FROM),
      mentions,
      withSubject[2]!,
      null,
    );
    if (found && (found.person !== null || found.name)) return found;
  }
  return null;
}

/** Decides who speaks a quotation a participle introduces ("…, Nefzi said, adding, “…”"): the earlier verb's speaker, an organisation, the sentence's subject. */
function participleSpeaker(b: BeforeClause): Attribution | null {
  const { before, raw, offset, mentions, sentenceSubject } = b;
  const participle = PARTICIPLE.exec(before);
  if (!participle) return null;
  // "…, Nefzi said, adding, “…”": the speaker of the verb before the participle, else the sentence's subject.
  const verb = participle[1]!;
  const cut = participle.index + participle[0].indexOf(verb);
  const earlier = cut > 0 ? attributionBefore(raw.slice(0, cut), offset, mentions, () => null) : null;
  // ("Marran cited Ana Lind, noting that …": the one a verb of quoting names is not who notes; its subject is.)
  const quoted = earlier !== null && /^(?:cited|quoted|citing|quoting)\b/.test(earlier.cue);
  if (earlier && !quoted && (earlier.person !== null || earlier.name)) return { ...earlier, cue: verb };
  // ("Nordvang hailed Holm in a statement, calling him …": an organisation opening the sentence, before the person
  // its verb is about.)
  const org = cut > 0 ? organisationSubject(before.slice(0, cut), offset) : null;
  if (org?.name && !mentions.some((x) => x.start < org.at + org.name!.length && x.end > org.at)) return { ...org, cue: verb };
  const subj = sentenceSubject();
  // ("The row drew sympathy from Pell Marran, who had paid one himself, calling it “…”": with no person
  // as the sentence's subject, the one the relative clause before the participle is about.)
  const who = subj?.person == null && !subj?.name ? before.slice(0, participle.index).lastIndexOf(', who ') : -1;
  const antecedent = who > 0 ? mentions.filter((x) => x.end <= offset + who && /^[’'s]*$/.test(raw.slice(x.end - offset, who))).at(-1) : undefined;
  if (antecedent && !/[,;]/.test(before.slice(who + ', who '.length, participle.index).replace(/,\s*$/, '')))
    return { person: antecedent.person, name: null, pronoun: null, cue: verb, via: null, at: antecedent.start };
  if (subj) return { ...subj, cue: verb };
  return participleClauseSubject(b, participle.index, verb);
}

/** Decides who speaks a participle when no one opens the sentence: the subject of the clause before its comma, or someone described. */
function participleClauseSubject(b: BeforeClause, participleAt: number, verb: string): Attribution | null {
  const { before, offset, mentions } = b;
  // "… took a turn as Okafor raised his voice at Lindqvist, accusing her of “…”": no person opens the sentence;
  // the participle belongs to the clause before its comma, whose subject opens it.
  const clause = before.slice(0, participleAt).replace(/[\s,]+$/, '');
  const from = [...clause.matchAll(CLAUSE_OPENING)].at(-1);
  const start = from ? from.index + from[0].length : 0;
  const subject = mentions.find((x) => x.start >= offset + start && x.end <= offset + clause.length);
  if (subject && /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3})$/u.test(before.slice(start, subject.start - offset)))
    return { person: subject.person, name: null, pronoun: null, cue: verb, via: null, at: subject.start };
  // ("One frightened woman was heard pleading, “…”": someone described, not named.)
  const described = clause.slice(start).trim();
  if (describedPerson(described))
    return { person: null, name: described.replace(/^(?:The|A|An|One)\b/, (w) => w.toLowerCase()), pronoun: null, cue: verb, via: null, at: offset + start };
  return null;
}

/** Decides whether "as X put it", a possessor's role before a colon, or a name before a colon speaks. */
function putItOrColon(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  const put = PUT_IT.exec(before);
  if (put) {
    const who = put[1] ?? put[2]!;
    const found = speakerFrom(who, offset + put.index + put[0].indexOf(who), mentions, 'put it', null);
    if (found) return found;
  }
  // (The patterns of a colon right before the quotation are slow to fail: only words ending in one are tried.)
  const colonEnd = before.trimEnd().endsWith(':');
  // "Navalny’s wife: “…”": the possessor is not the speaker; the role is, for speakers/roles.ts to resolve.
  const role = colonEnd ? OWNED_ROLE_COLON.exec(before) : null;
  if (role && (LOWERCASE_ROLE_WORDS.has(role[2]!) || TITLE_WORDS.has(role[2]!) || KIN_ROLES.has(role[2]!)))
    return { person: null, name: role[1]!, pronoun: null, cue: 'colon', via: null, at: offset + role.index + role[0].indexOf(role[1]!) };
  // ("Ana Lind on the strike: “…”": the speaker before what the words are about.)
  const colon = colonEnd ? (ON_TOPIC_COLON.exec(before) ?? COLON_INTRO.exec(before)) : null;
  // "Salo told Fox News: “…”", "Brandt added about Nakamura: “…”": a clause before the name makes it an object.
  if (colon && !CLAUSE_WORD.test(before.slice(0, colon.index))) {
    const at = offset + colon.index + colon[0].indexOf(colon[1]!);
    const named = mentions.filter((x) => x.start >= at && x.end <= at + colon[1]!.length).at(-1);
    if (named) return { person: named.person, name: null, pronoun: null, cue: 'colon', via: null, at: named.start };
    const written = colonName(colon[1]!) ? speakerFrom(colon[1]!, at, [], 'colon', null) : null;
    if (written?.name) return written;
  }
  return null;
}

/** Decides whether the finder of "X found that" or the source of "according to X" speaks. */
function findingOrAccording(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  const finding = FOUND_THAT.exec(before);
  if (finding) {
    const at = offset + finding.index + finding[0].indexOf(finding[1]!);
    const found = speakerFrom(finding[1]!, at, mentions, FINDING_CUE, null);
    if (found && (found.person !== null || found.name)) return found;
  }
  const acc = ACCORDING.exec(before);
  // ("According to the Courier, Mayor Lind praised the crews as “…”": a person the rest of the sentence has speak
  // said the words; the source only reports them.)
  const restAt = acc ? acc.index + acc[0].length : 0;
  const restVerb = acc && /^\s*,/.test(before.slice(restAt)) ? governingVerb(before.slice(restAt)) : undefined;
  const personSpeaks = restVerb !== undefined && mentions.some((x) => x.start >= offset + restAt && x.start < offset + restAt + restVerb.index);
  if (acc && !personSpeaks) {
    const found = speakerFrom(acc[1]!, offset + acc.index + acc[0].indexOf(acc[1]!), mentions, 'according to', null);
    if (found) return found;
  }
  return null;
}

/** Decides whether the owner of words named before the quotation ("His answer was one line:"), or a translated copy's source, speaks. */
function ownWordsOrForeignSource(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  const colonEnd = before.trimEnd().endsWith(':');
  const own = OWN_WORDS.exec(before) ?? (colonEnd ? OWN_REPLY.exec(before) : null);
  if (own?.[1]) return { person: null, name: null, pronoun: POSSESSOR[own[1].toLowerCase()]!, cue: 'said', via: null, at: offset + own.index };
  if (own?.[2]) {
    const found = speakerFrom(own[2], offset + own.index + own[0].indexOf(own[2]), mentions, 'said', null);
    if (found && (found.person !== null || found.name)) return found;
  }
  // "Selon les médias grecs, il s’agit du « … »": a translated copy's "according to".
  const source = foreignSource(before);
  if (source) {
    const found = foreignSpeaker(source, offset, mentions);
    if (found) return found;
  }
  return null;
}

/** Decides whether the owner of a view ("In his view,"), the asker of a passive question, or an inverted clause's subject speaks. */
function viewPassiveOrInverted(b: BeforeClause): Attribution | null {
  const { before, offset, mentions } = b;
  // "In his view, the “unimaginable” accident …": the view's owner, a pronoun for the one named before.
  const view = IN_VIEW.exec(before);
  if (view) return { person: null, name: null, pronoun: POSSESSOR[view[1]!.toLowerCase()]!, cue: 'according to', via: null, at: offset + view.index };
  const passive = PASSIVE_BY.exec(before);
  if (passive) {
    const found = speakerFrom(passive[1]!, offset + passive.index + passive[0].lastIndexOf(passive[1]!), mentions, 'asked', null);
    if (found && (found.person !== null || found.name)) return found;
  }
  // "Because of how the calendar fell, explained Rosenberg, “…”": an inverted clause right before the quotation.
  const inverted = INVERTED_BEFORE.exec(before);
  if (inverted && !OBJECT_VERBS.test(inverted[1]!)) {
    const found = speakerFrom(inverted[2]!, offset + inverted.index + inverted[0].indexOf(inverted[2]!, inverted[1]!.length), mentions, inverted[1]!, null);
    if (found && (found.person !== null || found.name)) return found;
  }
  return null;
}

/**
 * "his remarks", "a pointed warning", "a flurry of late-night posts", "for alleged involvement": after a determiner,
 * "of", "for" or "over" (and at most one hyphenated modifier) a speech word is a noun or an adjective, no verb.
 * ("the president-elect said", "the co-founder said": a hyphenated role is the subject, no modifier.)
 */
function nounAfterDeterminer(lead: string): boolean {
  const det = /(?:[’']s?|\b(?:his|her|their|its|our|my|the|a|an|these|those|such|whose|of|for|over))\s+(?:(\p{L}+-[\p{L}-]+)\s+)?$/iu.exec(lead);
  const role =
    det?.[1]
      ?.toLowerCase()
      .split('-')
      .some((w) => TITLE_WORDS.has(w) || LOWERCASE_ROLE_WORDS.has(w)) ?? false;
  return det !== null && !role;
}

/** A phrase of time, place or sequence opening a sentence, up to its comma ("In this context", "On Sunday", "Later"). */
const OPENING_ADVERBIAL =
  /(?:^|[.!?]\s+)(?:In|On|At|During|After|Before|Later|Earlier|Then|Afterwards|Elsewhere|Separately|Meanwhile|However|Moreover|Furthermore|Instead|Similarly|Likewise|Now|Today|Yesterday|Overnight)\b[^,;.“”"]{0,60}$/u;

/**
 * The verb nearest the quotation governs it: "Mr. Xi said …, while Mr. Blinken later told reporters he agreed on “…”".
 * A verb inside a parenthetical that closes before the quotation is skipped
 * ("Taiwan, a self-governing island that Beijing claims as its own, is its “core interest”").
 */
function governingVerb(before: string): RegExpExecArray | undefined {
  return [...before.matchAll(BEFORE_VERB)].findLast((v) => {
    if (nounAfterDeterminer(before.slice(0, v.index))) return false;
    // "in a video posted to Facebook that …": a participle after a document is no verb of the sentence.
    if (/ed$/.test(v[1]!) && v[0] === v[1] && DOCUMENT_AFTER.test(before.slice(0, v.index)) && /^\s+(?:on|in|to|by|via|from|at)\s/.test(v[2] ?? ''))
      return false;
    // "Lind’s condition is still described as “…”", "he was told “…”": a passive verb's subject is no speaker ("It
    // was announced that …" still reads as its pronoun's; "was telling", "has been saying" are no passives).
    if (
      !/ing$/.test(v[1]!) &&
      /\b(?:is|was|are|were|be|been|being)\s+(?:(?:still|also|now|widely|often|officially|\p{L}+ly)\s+)?$/u.test(before.slice(0, v.index)) &&
      !/^\S+\s+that\b/.test(before.slice(v.index))
    )
      return false;
    // "a habit described as “…”", "…, dubbed “…”": a verb of calling with no object before "as" or the quotation is
    // a passive with its auxiliary left out; the clause's speaker is the verb before it ("She added that …").
    // ("a plan she called “…”", "a plan Lind called “…”": a pronoun or a name right before is the verb's subject.)
    if (
      CALLING_WORD.test(v[1]!) &&
      /^\s*(?:as\s+(?:(?:an?|the)\s+)?)?$/u.test(v[2] ?? '') &&
      !/(?:\b(?:he|she|they|we|I|you|it)|\p{Lu}[\p{L}’'-]*)\s+$/u.test(before.slice(0, v.index))
    )
      return false;
    // "Varnia responded favorably “at this time” to offers": reacting to something is no saying.
    // ("responded favorably, “…”, to offers": the quotation is an aside of the verb; "responded to the deal by …" too.)
    if (
      /^(?:responded|reacted|responds|reacts)\s+(?:(?:\p{Ll}+ly\s*,\s*)$|(?:\p{Ll}+ly\s+)?to\s+(?!(?:questions?|reporters|journalists|a\s+question)\b))/u.test(
        before.slice(v.index),
      )
    )
      return false;
    const opened = before.lastIndexOf(',', v.index);
    // (A comma that only introduces the quotation closes no aside: "… and Okafor said, “…”".)
    const closed = before.indexOf(',', v.index);
    // (Nor does one a clause with its own subject follows: "In a post, the board said that after a review, it had “…”".)
    // (Nor one after a phrase of time or place that opens the sentence: "In this context, the source said that …, so “…”".)
    return !(
      closed !== -1 &&
      before.slice(closed + 1).trim() !== '' &&
      !/^\s*(?:he|she|it|they|we|I)\s/.test(before.slice(closed + 1)) &&
      opened !== -1 &&
      /^,\s*(?:a|an|the|who|which|whom|whose|where)\b/.test(before.slice(opened)) &&
      !OPENING_ADVERBIAL.test(before.slice(0, opened))
    );
  });
}

/** The last character of the last `dash` before `at` (so the clause starts after it), or -1. */
function dashAt(text: string, dash: string, at: number): number {
  const i = text.lastIndexOf(dash, at);
  return i === -1 ? -1 : i + dash.length - 1;
}

/** The last colon before `at` that can end a clause: not one inside a time of day ("6:24 a.m."). */
function clauseColon(text: string, at: number): number {
  let i = text.lastIndexOf(':', at);
  while (i > 0 && /\d/.test(text[i - 1]!) && /\d/.test(text[i + 1] ?? '')) i = text.lastIndexOf(':', i - 1);
  return i;
}

/** "Officials, like Judge Ana Lind, have …" right before the verb: a plural noun, then a named example between commas. */
const EXAMPLE_SUBJECT = /(?:^|[.;]\s+|\s)(\p{L}+),\s+(?:like|such\s+as|including)\s+([^,;“”]{3,60}),\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/u;

/** A company's legal form, written after a comma ("Inc.", "Ltd", "LLC", "S.A."). */
const LEGAL_FORM = /^(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|PLC|plc|LLP|LP|L\.P|S\.A|SA|AG|GmbH|N\.V|NV|SpA|S\.p\.A|AB|ASA|Pty\.?\s+Ltd)\.?$/;

/** A subject phrase being narrowed to its speaker: its words and where they start in the block. */
interface SubjectPhrase {
  phrase: string;
  phraseStart: number;
}

/** Kin of one person named by words joined by "and" ("his wife and two sons", "Hale’s sisters and nephew"). */
const KIN_GROUP =
  /^(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+|(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*?[’']s\s+)((?:(?:two|three|four|five|late|adult|young)\s+)?[\p{Ll}-]+(?:(?:,\s+|,?\s+and\s+)(?:(?:his|her|their)\s+)?(?:(?:two|three|four|five|late|adult|young)\s+)?[\p{Ll}-]+)+)$/u;
/** Numbers and words that describe kin, never kin themselves. */
const KIN_DESCRIBERS = new Set(['and', 'his', 'her', 'their', 'two', 'three', 'four', 'five', 'late', 'adult', 'young']);

/** The phrase when it is kin of one person named by two words or more for them, every one a word for kin; else null. */
function kinGroup(phrase: string): string | null {
  const m = KIN_GROUP.exec(phrase.trim());
  if (!m) return null;
  const nouns = m[1]!.split(/[\s,]+/).filter((w) => w && !KIN_DESCRIBERS.has(w));
  const kin = (w: string) => KIN_ROLES.has(w) || peopleAround(w) || /^(?:grand)?children$/.test(w);
  return nouns.length >= 2 && nouns.every(kin) ? phrase.trim() : null;
}

/** The subject of the governing verb `m`: the phrase right before it, cut at clause boundaries, auxiliaries and verbs. */
function verbSubject(
  before: string,
  raw: string,
  offset: number,
  mentions: PersonMention[],
  m: RegExpExecArray,
  sentenceSubject: () => Attribution | null,
): Attribution | null {
  const b: BeforeClause = { before, raw, offset, mentions, sentenceSubject };
  const example = exampleSubject(b, m);
  if (example) return example;
  const { clauseStart, phraseEnd } = subjectClause(before, m);
  const listed = namesBefore(b, phraseEnd, cueOf(m[1]!, m[2]!));
  if (listed) return listed;
  const phrase = before.slice(clauseStart, phraseEnd).trimEnd();
  // "“…,” she told the radio, but added the firm would pay “…”": a verb joined after a comma has the subject of the
  // clause before it.
  if (clauseStart > 0 && /^\s*(?:and|but|then)$/i.test(phrase)) {
    const earlier = before.slice(0, clauseStart - 1);
    const verb = governingVerb(earlier);
    const found = verb ? verbSubject(earlier, raw, offset, mentions, verb, sentenceSubject) : null;
    if (found) return { ...found, cue: cueOf(m[1]!, m[2]!) };
  }
  let phraseStart = offset + clauseStart;
  phraseStart += phrase.length - phrase.trimStart().length;
  const s: SubjectPhrase = { phrase: phrase.trimStart(), phraseStart };
  // ("A group of ambassadors and envoys has stressed": a collective noun's "of" holds the whole list.)
  const collective =
    /^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:group|coalition|alliance|number|team|delegation|panel|association|union|chorus|host|network|bloc|body)\s+of\s/u.exec(
      s.phrase,
    );
  const cue = cueOf(m[1]!, m[2]!);
  const coordinated = coordinatedSubject(b, s, cue);
  if (coordinated) return coordinated;
  // "His wife and two sons said", "Hale’s sisters and nephew said": kin of one person speak together, as written.
  const kin = kinGroup(s.phrase);
  if (kin) return { person: null, name: familyName(kin), pronoun: null, cue, via: null, at: s.phraseStart };
  cutAtClauseBoundary(s, collective);
  afterSceneOrRelative(s);
  const subordinate = subordinateSubject(b, s, cue);
  if (subordinate) return subordinate;
  const sender = lastVerbSubject(b, s, cue);
  if (sender) return sender;
  const antecedent = relativePronounSubject(b, s, cue);
  if (antecedent) return antecedent;
  afterRelativeOrWhat(s);
  // "Marlow wrote a long note, part of it read: “…”": part of what the sentence's subject wrote is theirs.
  if (PART_OF_IT.test(phrase.trim())) {
    const subj = sentenceSubject();
    if (subj) return { ...subj, cue };
  }
  return phraseSpeaker(b, s, m, cue);
}

/** "part of it", "parts of which", "some of it": a share of a document the sentence named before. */
const PART_OF_IT = /^(?:(?:a\s+)?part|parts|some|much|an?\s+(?:excerpt|passage))\s+of\s+(?:it|which|them)$/iu;

/** Decides whether the example named for a plural subject ("Officials, like Judge Ana Lind, have") speaks for it. */
function exampleSubject(b: BeforeClause, m: RegExpExecArray): Attribution | null {
  const { before, offset, mentions } = b;
  // "Officials, like County Judge Ana Lind, have maintained they “…”": the one named as the example of the people
  // who are the subject speaks for them.
  const example = EXAMPLE_SUBJECT.exec(before.slice(0, m.index));
  if (example && isPeopleNoun(example[1]!)) {
    const at = offset + example.index + example[0].indexOf(example[2]!, example[1]!.length);
    const named = mentions.filter((x) => x.start >= at && x.end <= at + example[2]!.length).at(-1);
    if (named) return { person: named.person, name: null, pronoun: null, cue: cueOf(m[1]!, m[2]!), via: null, at: named.start };
  }
  return null;
}

/** Where the clause holding the subject of the verb `m` starts, and where its subject phrase ends. */
function subjectClause(before: string, m: RegExpExecArray): { clauseStart: number; phraseEnd: number } {
  let clauseStart =
    Math.max(
      before.lastIndexOf(',', m.index),
      before.lastIndexOf(';', m.index),
      clauseColon(before, m.index),
      before.lastIndexOf('(', m.index),
      // "Jan. 8 (Wire) -- The agency said": a dateline's dash ends it.
      dashAt(before, '--', m.index),
      dashAt(before, ' — ', m.index),
    ) + 1;
  // "Ana Lopez of Dunmore, South Carolina says": a place after "of <town>," is the end of the subject, not all of it.
  if (clauseStart > 0 && isPlace(before.slice(clauseStart, m.index).trim()) && /\bof\s+(?:\p{Lu}[\p{L}.’'-]*\s?){1,3},$/u.test(before.slice(0, clauseStart)))
    clauseStart = Math.max(before.lastIndexOf(',', clauseStart - 2), before.lastIndexOf(';', clauseStart - 2), before.lastIndexOf(':', clauseStart - 2)) + 1;
  // "Harbour Media Group, Inc. said": a company's legal form after its comma closes the subject, which starts before that comma.
  if (clauseStart > 0 && LEGAL_FORM.test(before.slice(clauseStart, m.index).trim()))
    clauseStart = Math.max(before.lastIndexOf(',', clauseStart - 2), before.lastIndexOf(';', clauseStart - 2), clauseColon(before, clauseStart - 2)) + 1;
  // "Rebel fighters on Sunday, December 8 declared": a date after a comma is no subject; the subject is before it.
  let phraseEnd = m.index;
  if (clauseStart > 0 && DATE_ONLY.test(before.slice(clauseStart, m.index))) {
    phraseEnd = clauseStart - 1;
    clauseStart = Math.max(before.lastIndexOf(',', clauseStart - 2), before.lastIndexOf(';', clauseStart - 2), before.lastIndexOf(':', clauseStart - 2)) + 1;
  }
  return { clauseStart, phraseEnd };
}

/** Decides whether a verb coordinated with the sentence's first verb has the sentence's subject; else drops that first verb. */
function coordinatedSubject(b: BeforeClause, s: SubjectPhrase, cue: string): Attribution | null {
  const { sentenceSubject } = b;
  let { phrase } = s;
  // "Dupont called on her to resign and said, “…”": a verb coordinated with the sentence's first verb has its subject.
  if (/(?:^|\s)(?:and|then|but)$/.test(phrase)) {
    const subj = sentenceSubject();
    if (subj) return { ...subj, cue };
    // ("When Hale criticised the board’s delays and promised …": failing the sentence's subject, the first verb's,
    // before it — never the first verb's object.)
    const first = [...phrase.matchAll(VERB_WORD)].at(-1);
    if (first && first.index > 0) phrase = phrase.slice(0, first.index).replace(/(?:\s+\p{Ll}+ly)*\s*$/u, '');
  }
  s.phrase = phrase;
  return null;
}

/** Cuts the phrase at its last clause boundary ("that", "and", "but", "as", "while"), unless a collective noun holds a list. */
function cutAtClauseBoundary(s: SubjectPhrase, collective: RegExpExecArray | null): void {
  let { phrase, phraseStart } = s;
  // The subject sits right before the verb: cut the phrase at its last clause boundary.
  // (not at "and" inside a name: "Department of Health and Social Care")
  // ("… begun his treatment and Harbour Trust has confirmed": before a capital, "and" ends a clause when the word
  // before it is in lower case and no name's particle; "Red Cross and Red Crescent" stays one name.)
  const clauseAnd = (at: number) => /\p{Ll}/u.test(phrase[at + ' and '.length] ?? '') || CLAUSE_WORD.test(/\S+$/.exec(phrase.slice(0, at))?.[0] ?? '');
  // (Cut where the phrase now ends: "She spoke and added …" is "She" once the first verb is gone.)
  // ("Ana Lind and her allies called …": someone's side after "and" goes with them.)
  const andAt =
    [...phrase.matchAll(/ and (?=\p{L})/gu)]
      .filter(
        (x) =>
          clauseAnd(x.index) &&
          !collective &&
          !(THEIR_SIDE.test(phrase.slice(x.index + ' and '.length).trim()) && /\p{Lu}[\p{L}’'-]*$/u.test(phrase.slice(0, x.index))),
      )
      .at(-1)?.index ?? -1;
  const cut = Math.max(phrase.lastIndexOf(' that '), andAt, phrase.lastIndexOf(' but '), phrase.lastIndexOf(' as '), phrase.lastIndexOf(' while '));
  if (cut !== -1) {
    const rest = phrase.slice(cut + 1).replace(/^\w+\s+/, '');
    phraseStart += phrase.length - rest.length;
    phrase = rest;
  }
  s.phrase = phrase;
  s.phraseStart = phraseStart;
}

/** Cuts an opening phrase of time or place that no comma closes, and a relative clause's head, from the phrase. */
function afterSceneOrRelative(s: SubjectPhrase): void {
  let { phrase, phraseStart } = s;
  // "Ahead of the storm on Sunday night Sarvik Harbour had said …": an opening phrase of time or place that no comma
  // closes; the subject is the run of capitalised words before the verb.
  const words = phrase.split(' ');
  if (SCENE_OPENERS.has(words[0]!) && !phrase.includes(',')) {
    let k = words.length;
    while (k > 0 && /^\p{Lu}/u.test(words[k - 1]!)) k--;
    while (k < words.length && NOT_NAME_WORDS.has(words[k]!)) k++;
    // ("On Tuesday the mayor said …": else a role with its article before the verb.)
    const role = /\s((?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u.exec(phrase);
    const cut =
      k > 0 && k < words.length && (/^\p{Ll}/u.test(words[k - 1]!) || NOT_NAME_WORDS.has(words[k - 1]!))
        ? words.slice(k).join(' ')
        : role && (TITLE_WORDS.has(role[2]!) || LOWERCASE_ROLE_WORDS.has(role[2]!) || PERSON_NOUNS.has(role[2]!))
          ? role[1]!
          : null;
    if (cut) {
      phraseStart += phrase.length - cut.length;
      phrase = cut;
    }
  }
  // "a cyclist who rescuers said was “…”": the subject of a relative clause is the one who speaks, not the
  // one it describes.
  const relativeSubject = /\s(?:who|whom)\s+((?:the|a|an|his|her|their|its)\s.+|\p{Lu}.*|\p{Ll}{3,}s)$/u.exec(phrase);
  if (relativeSubject) {
    phraseStart += relativeSubject.index + relativeSubject[0].length - relativeSubject[1]!.length;
    phrase = relativeSubject[1]!;
  }
  s.phrase = phrase;
  s.phraseStart = phraseStart;
}

/** Decides whether the clause a subordinating word opens inside the phrase names the speaker. */
function subordinateSubject(b: BeforeClause, s: SubjectPhrase, cue: string): Attribution | null {
  const { mentions } = b;
  const { phrase, phraseStart } = s;
  // "Lind left after its board said that …": a subordinating word opens a clause whose subject speaks — when what
  // follows it names a speaker ("Lind after the vote said": "the vote" names none, so Lind speaks).
  const sub = [...phrase.matchAll(/(?:^| )(?:after|before|when|because|since|once|until|although|though|as|while) /g)].at(-1);
  if (sub) {
    const rest = phrase.slice(sub.index + sub[0].length);
    const found = speakerFrom(rest, phraseStart + phrase.length - rest.length, mentions, cue, null);
    if (found && (found.person !== null || found.name || found.pronoun)) return found;
  }
  return null;
}

/**
 * Cuts conjunctions and auxiliaries from the end of the phrase and narrows it to a pronoun before the verb or to the
 * words after the last verb inside it; decides whether a document that speaks is the sentence's subject's.
 */
function lastVerbSubject(b: BeforeClause, s: SubjectPhrase, cue: string): Attribution | null {
  const { sentenceSubject } = b;
  let { phrase, phraseStart } = s;
  // "… state of the campaign and criticized": a conjunction left at the end joins verbs; it is no part of a subject.
  // "Bryne went on to say", "a spokesman could only quip": the auxiliary is no part of it either.
  phrase = auxiliaryTail(phrase.replace(/(?:^|\s+)(?:and|but|then)$/, ''));
  // "… told reporters he agreed": a pronoun right before the verb is its subject.
  const pronounEnd = /(?:^|\s)(he|she|they|it)$/i.exec(phrase);
  if (pronounEnd) {
    phraseStart += phrase.length - pronounEnd[1]!.length;
    phrase = pronounEnd[1]!;
  }
  // "Lind sent the mayor a letter that said …": the letter speaks for the one who sent it, the sentence's subject,
  // not the one it was sent to.
  if (DOCUMENT_THAT.test(phrase)) {
    const sender = sentenceSubject();
    if (sender && sender.at < phraseStart + phrase.search(DOCUMENT_THAT)) return { ...sender, cue };
  }
  // "He later said he agreed …": the subject of the last verb follows the verb before it.
  const inner = [...phrase.matchAll(VERB_WORD)].at(-1);
  if (inner) {
    const rest = phrase.slice(inner.index + inner[0].length).trimStart();
    phraseStart += phrase.length - rest.length;
    phrase = rest;
  }
  s.phrase = phrase;
  s.phraseStart = phraseStart;
  return null;
}

/** Decides whom a relative pronoun left as the phrase ("Wang, who urged", "the presidency, which hailed") stands for. */
function relativePronounSubject(b: BeforeClause, s: SubjectPhrase, cue: string): Attribution | null {
  const { before, raw, offset, mentions } = b;
  const { phrase, phraseStart } = s;
  // "Wang, who urged …": the relative pronoun stands for the name before it.
  // ("Vell, who had long described it as a “…”": with an auxiliary or an adverb before the verb too.)
  if (/^who(?:\s+(?:has|have|had|also|often|long|once|repeatedly|\p{Ll}+ly))*$/iu.test(phrase.trim())) {
    const antecedent = mentions.filter((x) => x.end <= phraseStart && /^[’'s]*,\s*$/.test(raw.slice(x.end - offset, phraseStart - offset))).at(-1);
    if (antecedent) return { person: antecedent.person, name: null, pronoun: null, cue, via: null, at: antecedent.start };
    // ("Inspector Marek Duda, chief of the river police, who said": the name before its apposition.)
    const back = appositiveBack(before, raw, offset, mentions, phraseStart - offset, cue);
    if (back?.person != null) return back;
  }
  // "…, said the Kestrel presidency, which hailed a “…”": "which" stands for the body named before it.
  if (/^which$/i.test(phrase.trim())) {
    const lead = raw.slice(0, phraseStart - offset).replace(/,\s*$/, '');
    // (The nearest noun phrase: "a statement released by the Kestrel presidency, which …" is the presidency's.)
    for (const d of [...lead.matchAll(/(?:^|\s)(?=(?:the|a|an)\s+[^,;:“”()]{2,60}$)/giu)].reverse()) {
      const body = lead.slice(d.index + d[0].length);
      const found = speakerFrom(body, offset + d.index + d[0].length, mentions, cue, null);
      if (found?.name) return found;
    }
  }
  return null;
}

/** Narrows the phrase to the subject after "which", "that" or "what" ("which the council called", "what the agency called"). */
function afterRelativeOrWhat(s: SubjectPhrase): void {
  let { phrase, phraseStart } = s;
  // "…, which a state audit said was “…”", "…, which the council called “…”": the subject follows the relative pronoun.
  const relative = /^(?:which|that)\s+(?=(?:the|a|an)\s|\p{Lu})/u.exec(phrase);
  if (relative) {
    phraseStart += relative[0].length;
    phrase = phrase.slice(relative[0].length);
  }
  // "… were shut over what the Harbour Agency called “…”": the subject follows "what".
  const what = [...phrase.matchAll(/(?:^|\s)what\s+(?=(?:the|a|an)\s|\p{Lu})/gu)].at(-1);
  if (what) {
    phraseStart += what.index + what[0].length;
    phrase = phrase.slice(what.index + what[0].length);
  }
  s.phrase = phrase;
  s.phraseStart = phraseStart;
}

/** Decides the speaker the narrowed phrase names, the reporter of a place that speaks, a name before an apposition, or a name inside. */
function phraseSpeaker(b: BeforeClause, s: SubjectPhrase, m: RegExpExecArray, cue: string): Attribution | null {
  const { before, raw, offset, mentions } = b;
  const { phrase, phraseStart } = s;
  const found = speakerFrom(phrase, phraseStart, mentions, cue, null);
  // "Aliyev said that Baku demands Moscow’s “…”": a capital or a country speaking in a clause another person reports
  // stands for that person's government; the one who reports it is the speaker.
  if (found?.name && found.person === null && isPlace(found.name)) {
    const that = before.lastIndexOf(' that ', m.index);
    const outer = that > 0 ? attributionBefore(raw.slice(0, that), offset, mentions, () => null) : null;
    if (outer?.person != null) return { ...outer, cue };
  }
  if (found) return found;
  const local = phraseStart - offset;
  if (phrase.trim() === '' && local > 0 && /,\s*$/.test(before.slice(0, local))) {
    const back = appositiveBack(before, raw, offset, mentions, local, cue);
    if (back) return back;
  }
  // "During the talks, Xi said": a subject after an introductory phrase.
  const mentionBefore = mentions.filter((x) => x.start >= phraseStart && x.end <= phraseStart + phrase.length).at(-1);
  return mentionBefore ? { person: mentionBefore.person, name: null, pronoun: null, cue, via: null, at: mentionBefore.start } : null;
}

/** "Al Jazeera’s Katrina Yu, reporting from Beijing, described …": skip appositives (up to three) back to the name. */
/** A phrase that opens an aside about the subject ("joined by his wife", "flanked by aides", "along with …"). */
const IN_ASIDE = /^\s*(?:\p{Ll}+ed\s+by|accompanied|flanked|along\s+with|alongside|together\s+with)\b/u;

/**
 * Of the names an apposition holds, who speaks: its subject; with names joined by "and", the last speaks for both
 * ("Ana Lind and her aide Tom Hale, …, said").
 */
function heldHead(held: PersonMention[], raw: string, offset: number): PersonMention | undefined {
  const [subject, last] = [held.find((x) => x.subject), held.at(-1)];
  return subject && last && !/\band\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}$/u.test(raw.slice(subject.end - offset, last.start - offset)) ? subject : last;
}

/**
 * Two people named alone in `segment` (starting at `at`), joined by "and", who speak together as written ("Ada
 * Morrow and Laura Morrow, …, said"); null otherwise.
 */
function pairAlone(segment: string, held: PersonMention[], at: number): string | null {
  const [one, two] = held;
  if (held.length !== 2 || one!.person === two!.person || segment.slice(one!.end - at, two!.start - at) !== ' and ') return null;
  const pair = segment.slice(one!.start - at, two!.end - at);
  return segment.trim() === pair ? pair : null;
}

function appositiveBack(before: string, raw: string, offset: number, mentions: PersonMention[], local: number, cue: string): Attribution | null {
  let end = before.slice(0, local).replace(/,\s*$/, '').length;
  // A short name in capitals right before the verb ("…, NWO, said"), no person's, for a description before it.
  const last = raw.slice(Math.max(before.lastIndexOf(',', end - 1), before.lastIndexOf(';', end - 1)) + 1, end).trim();
  const appositeName =
    /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}$/u.test(last) &&
    !isPlace(last) &&
    !mentions.some((x) => raw.slice(x.start - offset, x.end - offset) === last)
      ? last
      : null;
  for (let hop = 0; hop < 4 && end > 0; hop++) {
    const start = Math.max(before.lastIndexOf(',', end - 1), before.lastIndexOf(';', end - 1)) + 1;
    // "Lina Okoro, R-Vt., who …, said": a party and state after a lawmaker's name is an aside about her.
    if (/^\s*[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*$/u.test(raw.slice(start, end))) {
      end = start - 1;
      continue;
    }
    // A relative clause or a description ("who served under Moreno", "a contestant on Dupont’s show") names
    // other people; the speaker is the name it describes. So does a role phrase ("pastor of the Church of
    // Christ", "Abara’s chief strategist"): a name in it that is possessive or after a preposition is the employer.
    const describes = /^\s*(?:(?:who|which|whose|whom|a|an|the|his|her|their|its|\p{Ll}+ing)\s|\p{Ll})/u.test(raw.slice(start, end));
    const owned = (x: PersonMention) =>
      /^[’'](?:s\b|\s)/.test(raw.slice(x.end - offset)) || /\b(?:of|for|at|with|from|to)\s+(?:the\s+)?$/i.test(raw.slice(start, x.start - offset));
    // ("Hale in his first speech since beating Ana Lind, said": the subject of the phrase, not a name a preposition governs.)
    const held = describes ? [] : mentions.filter((x) => x.start >= offset + start && x.end <= offset + end && !owned(x));
    const pair = pairAlone(raw.slice(start, end), held, offset + start);
    if (pair) return { person: null, name: pair, pronoun: null, cue, via: null, at: held[0]!.start };
    const head = heldHead(held, raw, offset);
    // "Okafor, joined by his wife, Ana, and supporters, said": a name in apposition inside a participle's phrase
    // belongs to that phrase; the speaker is further back.
    const prev = start > 0 ? raw.slice(Math.max(before.lastIndexOf(',', start - 2), before.lastIndexOf(';', start - 2)) + 1, start - 1) : '';
    if (head && !IN_ASIDE.test(prev)) return { person: head.person, name: null, pronoun: null, cue, via: null, at: head.start };
    // "A senior government source, who spoke on condition of anonymity, said": a described group before the aside,
    // never a bare place or name ("Germany").
    const segment = raw.slice(start, end);
    // "Harlow Water, the region’s utility, said", "China, Pyongyang’s only ally, said": an organisation or a country
    // before its apposition (not a time word opening the sentence: "Yesterday, …").
    const bare = segment.trim().replace(/^(?:(?:and|but|so|yet|even|only|also|still)\s+)+/i, '');
    const first = bare.split(/\s+/)[0]!;
    // A place later in the sentence is part of an address ("… in Bremen, Germany, who …, said"), not the speaker.
    const opening = /^\p{Lu}/u.test(first) && (!NOT_NAME_WORDS.has(first) || isPlace(first)) && (start === 0 || !isPlace(bare));
    if (hop > 0 && (opening || /^\s*(?:an?|the|some|several|two|three)\s/i.test(segment))) {
      const group = speakerFrom(segment, offset + start + (segment.length - segment.trimStart().length), mentions, cue, null);
      // "Dr. Reinholt, a microbiologist in Bremen, …, said": a description right after a name describes that name.
      const named =
        /^\s*(?:an?|the)\s/i.test(segment) && start > 0
          ? mentions.filter((x) => x.end <= offset + start - 1 && !/[,;]/.test(raw.slice(x.end - offset, start - 1))).at(-1)
          : undefined;
      if (named) return { person: named.person, name: null, pronoun: null, cue, via: null, at: named.start };
      // ("Ostravia’s water operator, NWO, said": the body a description of its kind is followed by, named.)
      const kind = group?.name?.split(/\s+/).at(-1)?.toLowerCase();
      if (hop === 1 && kind && appositeName && (ORG_WORDS.has(kind) || ORG_KIND.test(kind)))
        return { person: null, name: appositeName, pronoun: null, cue, via: null, at: offset + before.indexOf(appositeName, start) };
      if (group?.name) return group;
    }
    end = start - 1;
  }
  return null;
}
