/**
 * Where one event took place, stated differently: "Dupont’s press conference in Lyon" against "Dupont
 * told a press conference at the Marlow estate". An event noun followed by "at" or "in" and a capitalised place, or
 * a speech by where it was given from ("addressed the nation from Camp Orrin" / "Speaking from the Harbour House");
 * two places disagree when the sentences name the same people and no outlet puts one place inside the other
 * ("the Marlow estate in Ashford"). Unrelated events (a meeting with one minister, a dinner with another) are
 * kept apart by their people, as numbers are (disagreements.ts).
 */
import type { Disagreement, FactSource } from '../schema/analysis.ts';
import type { ArticleRecord } from '../schema/record.ts';
import { sentences } from '../tokens.ts';
import { spansOf } from './spans.ts';
import { escapeRegExp } from '../words.ts';

/** Event nouns whose place is compared, as the kind of event they name. */
const EVENTS: Record<string, string> = {
  'press conference': 'press conference',
  'news conference': 'press conference',
  'press briefing': 'press conference',
  summit: 'summit',
  meeting: 'meeting',
  talks: 'meeting',
  rally: 'rally',
  speech: 'speech',
};
const PLACE = "(?:the\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]+)*(?:\\s+(?:estate|hotel|palace|hall|center|centre|house))?";
const VENUE = new RegExp(`\\b(${Object.keys(EVENTS).join('|')})\\s+(?:(?:on|this|last)\\s+\\p{Lu}\\p{Ll}+\\s+)?(at|in)\\s+(${PLACE})`, 'gu');

/**
 * A speech placed by where the speaker spoke from: "addressed the nation on Sunday from Camp Orrin", "Speaking from
 * the Harbour House, Dupont said …" (the place is the group's third match, as VENUE's is).
 */
const SPOKE_FROM = new RegExp(
  `\\b((?:addressed|addressing|addresses)\\s+the\\s+(?:nation|country)|spoke|[Ss]peaking|speaks)\\s+(?:[^.,;“”"]{0,40}?\\s)?(from)\\s+(${PLACE})`,
  'gu',
);

/**
 * Where something happened to or by a person, told by the grounds it happened on: "at the campus of Harwick College",
 * "on a Harwick College campus", "on the grounds of the Marlow estate" (the place is the group's third match).
 */
const GROUNDS = new RegExp(`\\b(on|at)\\s+(?:(?:the|a|an)\\s+)?(?:(campus|grounds)\\s+of\\s+(${PLACE})|(${PLACE})\\s+(campus|grounds)\\b)`, 'gu');

/** What happened on the grounds of a place: whatever the sentence tells of its people there. */
const GROUNDS_EVENT = 'event';

const EARLIER = /\b(?:last|previous|previously|earlier|since|ago|(?:19|20)\d\d)\b/i;

interface Venue extends FactSource {
  event: string;
  place: string;
  people: string[];
}

const key = (place: string) => place.replace(/^the\s+/i, '').toLowerCase();

/** Every "event at/in Place" of a record, with the people of its sentence. */
function venuesOf(r: ArticleRecord): Venue[] {
  const out: Venue[] = [];
  for (const b of r.blocks) {
    if (b.type !== 'paragraph') continue;
    for (const [s, e] of sentences(b.text)) {
      const sentence = b.text.slice(s, e);
      // One shape for both orders, as VENUE gives it: the match ends with the place, its third group.
      const grounds = (/\b(?:campus|grounds)\b/.test(sentence) ? [...sentence.matchAll(GROUNDS)] : []).map((m) => {
        const place = m[3] ?? m[4]!;
        const shaped: [string, string, string, string] = [m[3] ? m[0] : m[0].slice(0, m[0].indexOf(place) + place.length), GROUNDS_EVENT, m[1]!, place];
        return Object.assign(shaped, { index: m.index });
      });
      for (const m of [...sentence.matchAll(VENUE), ...sentence.matchAll(SPOKE_FROM), ...grounds]) {
        // An earlier occurrence ("their last meeting in Bali", "the summit in Bali in 2022") is another event.
        if (EARLIER.test(sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 25))) continue;
        const place = m[3];
        const at = b.start + s + m.index + m[0].length - place.length;
        const people = spansOf(r).peopleIn(b.start + s, b.start + e);
        // A place that is a person's name ("talks in Dupont’s …") is not a place.
        if (r.people.some((p) => p.aliases.includes(place) || p.name === place)) continue;
        out.push({
          article: r.id,
          outlet: r.source.outlet,
          sentence,
          text: place,
          start: at,
          end: at + place.length,
          event: m[1] === GROUNDS_EVENT ? GROUNDS_EVENT : (EVENTS[m[1].toLowerCase()] ?? 'speech'),
          place,
          people,
        });
      }
    }
  }
  return out;
}

/**
 * True when outlets write one place inside the other ("the Marlow estate in Ashford", "Ashford, Kent")
 * more often than outside it ("the Marlow estate, 30 miles south of Leeds").
 */
function nested(records: readonly ArticleRecord[], a: string, b: string): boolean {
  const inside = (x: string, y: string) => new RegExp(`${escapeRegExp(x)}(?:\\s+(?:in|at)\\s+|,\\s+)(?:the\\s+)?${escapeRegExp(y)}`, 'i');
  const outside = (x: string, y: string) =>
    new RegExp(`${escapeRegExp(x)}[^.]{0,60}\\b(?:outside|(?:south|north|east|west) of|near|from)\\s+(?:the\\s+)?${escapeRegExp(y)}`, 'i');
  const count = (res: RegExp[]) => records.filter((r) => res.some((re) => re.test(r.text))).length;
  return count([inside(a, b), inside(b, a)]) > count([outside(a, b), outside(b, a)]);
}

/** The place of one event (same kind, shared people) stated differently by different outlets. */
export function venueDisagreements(records: readonly ArticleRecord[]): Disagreement[] {
  const all = records.flatMap(venuesOf).filter((v) => v.people.length > 0);
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      if (all[i]!.event === all[j]!.event && all[i]!.people.some((p) => all[j]!.people.includes(p))) parent[find(i)] = find(j);
  const groups = new Map<number, Venue[]>();
  all.forEach((v, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(v));
  const out: Disagreement[] = [];
  for (const group of groups.values()) {
    const places = new Map<string, Venue[]>();
    for (const v of group) (places.get(key(v.place)) ?? places.set(key(v.place), []).get(key(v.place))!).push(v);
    const names = [...places.keys()];
    // Two places no outlet nests ("the Marlow estate" and "Leeds" when none writes one in the other).
    const apart = names.some((p, i) => names.slice(i + 1).some((q) => !nested(records, p, q)));
    if (!apart || new Set(group.map((v) => v.article)).size < 2) continue;
    const first = group[0]!;
    out.push({
      id: `venue-${first.event.replace(/\s+/g, '-')}-${first.article}-${first.start}`,
      kind: 'venue',
      subject: `place of the ${first.event}`,
      personId: null,
      versions: names.map((p) => ({
        value: places.get(p)![0]!.place.replace(/^the\s+/i, ''),
        sources: places.get(p)!.map(({ article, outlet, sentence, text, start, end }) => ({ article, outlet, sentence, text, start, end })),
      })),
      compatible: false,
    });
  }
  return out;
}
