/**
 * Attributions of translated copies: German and French write the reporting clause after a quotation with the verb
 * first („…“, sagte Okafor / „…“, sagte er / »…«, so der Premier; « … », a déclaré Mme Okafor / a-t-elle dit /
 * regrette-t-il / selon M. Okafor). Only this inverted shape is read; a pronoun or a role ("der Premier", "le
 * Premier ministre") is handed on in English form ("he", "the Premier") so the speaker stages resolve it as usual.
 */

/** German verbs of saying, past and present, and the "so X" of reported speech. */
const DE_VERBS = 'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|ergänzte|fügte|warnte|warnt|so';
/** French verbs of saying, as past participles after "a" or in the present. */
const FR_VERBS =
  'déclaré|dit|affirmé|ajouté|expliqué|souligné|estimé|assuré|regretté|lancé|insisté|prévenu|déclare|affirme|ajoute|explique|souligne|estime|assure|regrette|lance|insiste|prévient';

const WHO = '(er|sie|il|elle|(?:der|die|das|le|la|les)\\s+[^,.;:“”„«»"]{2,60}?|l[’\']\\s*[^,.;:“”„«»"]{2,60}?|\\p{Lu}[^,.;:“”„«»"]{1,60}?)';
/** The speaker phrase ends at punctuation, or before what describes them ("John Mauger des garde-côtes et chef …"). */
const END = '\\s*(?=[,.;:!?]|$|\\s+(?:des|du|et|qui|und|aus|vom)\\s+\\p{Ll})';

/** ", sagte Okafor" / ", so der Premier" */
const GERMAN = new RegExp(`^[\\s,.;:—–-]*(${DE_VERBS})\\s+${WHO}${END}`, 'u');
/** ", a déclaré M. Okafor" / ", a-t-il dit" / ", regrette-t-il" / ", selon Mme Okafor" */
const FRENCH = new RegExp(
  `^[\\s,.;:—–-]*(?:(?:a|avait)\\s+(${FR_VERBS})\\s+${WHO}|(?:a|avait)[\\s-]*t-(il|elle)\\s+(${FR_VERBS})|(${FR_VERBS})[\\s-]+t-(il|elle)|selon\\s+${WHO})${END}`,
  'u',
);

const PRONOUNS: Record<string, string> = { er: 'he', il: 'he', sie: 'she', elle: 'she' };

/** The speaker phrase of a German or French reporting clause after a quotation, in English form, and its verb. */
export function foreignReporting(after: string): { who: string; at: number; verb: string } | null {
  const de = GERMAN.exec(after);
  const fr = de ? null : FRENCH.exec(after);
  const m = de ?? fr;
  if (!m) return null;
  const [verb, who] = de ? [m[1]!, m[2]!] : [m[1] ?? m[4] ?? m[6] ?? 'selon', m[2] ?? m[3] ?? m[5] ?? m[7]!];
  const at = m.index + m[0].lastIndexOf(who);
  const pronoun = PRONOUNS[who.toLowerCase()];
  if (pronoun) return { who: pronoun, at, verb };
  // "der scheidende Premier", "le Premier ministre": a role with its article, read as "the …".
  return { who: who.replace(/^(?:der|die|das|le|la|les)\s+|^l[’']\s*/u, 'the '), at, verb };
}
