/**
 * The quotes page: every quote grouped by speaker, then outlet. The page is static, so filtering is
 * done two ways: anchors (speaker and speaker-in-outlet sections, which work with no script) and
 * `data-speaker` / `data-outlet` keys that a small script matches against ?speaker=&outlet=&q=.
 */
import type { Corpus } from '../corpus.ts';
import { outletName, plural } from './labels.ts';
import { outletKey, personHref, speakerKey } from './links.ts';
import { groupBy, quoteItem, type QuoteItem } from './people.ts';

/** One speaker's quotes. */
export interface SpeakerGroup {
  /** Filter key: a person id, "org-<slug>" or "unattributed". */
  key: string;
  /** Fragment id of the section. */
  anchor: string;
  name: string;
  /** Link to the person's page, when the speaker is a person. */
  href: string | null;
  /** "organisation", "person" or "unattributed". */
  role: 'person' | 'organisation' | 'unattributed';
  count: number;
  outlets: Array<{ key: string; name: string; anchor: string; quotes: QuoteItem[] }>;
}

/** A filter choice. */
export interface FilterOption {
  key: string;
  name: string;
  count: number;
}

/** Everything the quotes page shows. */
export interface QuotesView {
  total: number;
  speakers: SpeakerGroup[];
  filters: { speakers: FilterOption[]; outlets: FilterOption[] };
  /** "62 quotes from 14 speakers in 5 outlets". */
  summary: string;
}

/** Every quote grouped by speaker (most quoted first, unattributed last) then outlet. */
export function quotesView(corpus: Corpus): QuotesView {
  const records = new Map(corpus.articles.map((a) => [a.id, a]));
  const groups = groupBy(corpus.quotes, (q) => speakerKey(q.speaker));
  const speakers: SpeakerGroup[] = [...groups].map(([key, list]) => {
    const first = list[0]!;
    const personId = first.speaker?.personId ?? null;
    const person = personId === null ? undefined : corpus.people.find((p) => p.id === personId);
    return {
      key,
      anchor: `speaker-${key}`,
      name: person?.name ?? first.speaker?.name ?? 'No speaker named',
      href: personId === null ? null : personHref(personId),
      role: personId !== null ? 'person' : first.speaker ? 'organisation' : 'unattributed',
      count: list.length,
      outlets: [...groupBy(list, (q) => outletKey(q.outlet))].map(([ok, qs]) => ({
        key: ok,
        name: outletName(qs[0]!.outlet),
        anchor: `speaker-${key}--${ok}`,
        quotes: qs.map((q) => quoteItem(q, records)),
      })),
    };
  });
  const rank = (s: SpeakerGroup) => (s.role === 'unattributed' ? 1 : 0);
  speakers.sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.name.localeCompare(b.name));

  const outlets = [...groupBy(corpus.quotes, (q) => outletKey(q.outlet))].map(([key, qs]) => ({ key, name: outletName(qs[0]!.outlet), count: qs.length }));
  outlets.sort((a, b) => a.name.localeCompare(b.name));
  return {
    total: corpus.quotes.length,
    speakers,
    filters: { speakers: speakers.map((s) => ({ key: s.key, name: s.name, count: s.count })), outlets },
    summary: `${plural(corpus.quotes.length, 'quote')} from ${plural(speakers.length, 'speaker')} in ${plural(outlets.length, 'outlet')}`,
  };
}
