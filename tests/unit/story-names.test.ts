/**
 * The story pass (src/lib/story-names.ts): an article that names someone only by surname, with no title or speech
 * verb near it, finds them when another article of its story spells the name out. Every name and sentence is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseContent, storyAliases, type ArticleRecord } from '../../src/lib/index.ts';
import { articleMeta as meta, contentSet as content } from '../helpers/content.ts';

const record = (records: ArticleRecord[], id: string) => records.find((r) => r.id === id)!;
const names = (r: ArticleRecord) => r.people.map((p) => p.name).sort();

const FULL = 'Dam talks stall\n\nDefence Secretary Tomas Hale met Minister Ngozi Okafor in the capital on Monday.';
const BARE = 'Dam talks go on\n\nThe draft drew fire from Okafor on Tuesday. Hale was blunt. “We will not sign this,” he told reporters.';

describe('the story pass', () => {
  it('finds a surname the article uses alone as the person its story names in full, and gives them the quote', () => {
    const alone = parseArticle({ id: 'b', source: BARE, meta: meta('s', 'Dam talks go on') });
    expect(alone.people).toEqual([]);
    expect(alone.quotes.map((q) => q.speaker)).toEqual([null]);
    const b = record(
      parseContent(
        content([
          ['a', 's', FULL],
          ['b', 's', BARE],
        ]),
      ),
      'b',
    );
    expect(names(b)).toEqual(['Ngozi Okafor', 'Tomas Hale']);
    expect(b.people.find((p) => p.name === 'Tomas Hale')!.aliases).toContain('Hale');
    expect(b.quotes.map((q) => q.speaker)).toEqual([{ name: 'Tomas Hale', personId: 'tomas-hale' }]);
    // Each mention covers the word as written, not the length of the full name it stands for.
    expect(b.people.flatMap((p) => p.mentions.offsets.map(([s, e]) => b.text.slice(s, e))).sort()).toEqual(['Hale', 'Okafor']);
  });

  it('lends nothing across stories, nor a surname two people of the story share', () => {
    const other = record(
      parseContent(
        content([
          ['a', 'other', FULL],
          ['b', 's', BARE],
        ]),
      ),
      'b',
    );
    expect(other.people).toEqual([]);
    const shared = 'Dam talks stall\n\nDefence Secretary Tomas Hale and his deputy Rosa Hale met Minister Ngozi Okafor on Monday.';
    const b = record(
      parseContent(
        content([
          ['a', 's', shared],
          ['b', 's', BARE],
        ]),
      ),
      'b',
    );
    expect(names(b)).toEqual(['Ngozi Okafor']);
  });

  it('does not lend a surname that is an everyday word, a place or a title word', () => {
    const a = 'Dam talks stall\n\nMinister Tomas Bell met Senator Ana Jordan and Governor Lu General on Monday.';
    const b = 'Dam talks go on\n\nThe bell rang at noon. Bell towers stood silent across Jordan, and General strikes were called.';
    const records = parseContent(
      content([
        ['a', 's', a],
        ['b', 's', b],
      ]),
    );
    expect(storyAliases(records).has('b')).toBe(false);
    expect(record(records, 'b').people).toEqual([]);
  });

  it('asks only for what the article is missing: a person it already found is not lent again', () => {
    const c = 'Dam talks resume\n\nMinister Ngozi Okafor spoke first. Later Hale left the room.';
    const first = [FULL, BARE, c].map((body, i) => parseArticle({ id: 'abc'[i]!, source: body, meta: meta('s', body.split('\n')[0]!) }));
    const lent = storyAliases(first);
    expect(lent.has('a')).toBe(false);
    expect(lent.get('b')).toEqual([
      ['Hale', 'Tomas Hale'],
      ['Okafor', 'Ngozi Okafor'],
    ]);
    expect(lent.get('c')).toEqual([['Hale', 'Tomas Hale']]);
  });

  it('lends only people found on good evidence: a title, a quotation, or two articles', () => {
    const bare = 'Dam talks go on\n\nThe draft drew fire from Okafor on Tuesday.';
    const weak = parseContent(
      content([
        ['a', 's', 'Dam talks stall\n\nMaria Okafor visited the dam on Monday.'],
        ['b', 's', bare],
      ]),
    );
    expect(record(weak, 'a').people.map((p) => p.name)).toEqual(['Maria Okafor']);
    expect(record(weak, 'b').people).toEqual([]);
    const titled = parseContent(
      content([
        ['a', 's', 'Dam talks stall\n\nMinister Maria Okafor visited the dam on Monday.'],
        ['b', 's', bare],
      ]),
    );
    expect(record(titled, 'b').people.map((p) => p.name)).toEqual(['Maria Okafor']);
  });

  it('a lent or declared alias marks the word as written, not the length of the full name it stands for', () => {
    const known = new Map([['Okafor', 'Ngozi Okafor']]);
    const r = parseArticle({ id: 'x', source: 'Talks\n\nMinister Ngozi Okafor met Hale at the Grand Okafor Hall Summit Centre Annex Building.', known });
    expect(r.people[0]!.mentions.offsets.map(([s, e]) => r.text.slice(s, e))).toEqual(['Ngozi Okafor', 'Okafor']);
  });

  it('lets the editor’s aliases win over the story’s', () => {
    const people = { 'tom-hale-jr': { name: 'Tom Hale Jr', aliases: ['Hale'] } };
    const b = record(
      parseContent(
        content(
          [
            ['a', 's', FULL],
            ['b', 's', BARE],
          ],
          people,
        ),
      ),
      'b',
    );
    expect(b.people.map((p) => p.name)).toContain('Tom Hale Jr');
    expect(b.people.map((p) => p.name)).not.toContain('Tomas Hale');
  });
});

describe('a monarch by one name and a regnal number', () => {
  it('"Casimir IV" lends no bare "Casimir" to another article of the story', () => {
    const records = parseContent(
      content([
        ['a', 's', 'Museum reopens\n\nThe museum shows the sword of Casimir IV in a new hall on the river side.'],
        ['b', 's', 'Museum reopens\n\nVisitors queued for the hall that Casimir built, the curator said on Monday.'],
      ]),
    );
    expect(names(record(records, 'a'))).toEqual(['Casimir IV']);
    expect(names(record(records, 'b'))).toEqual([]);
  });
});

describe('people known by one name who speak in the first person (thirty-second session)', () => {
  const A = 'Tributes pour in\n\nThe harbour mourned the skipper on Monday.\n\n“I learned everything I know on his boat,” Oskarro wrote on his page.';
  const B = 'Island in mourning\n\nThe ferry flew its flag at half-mast. Oskarro posted a picture of the two men on the pier.';

  it('a one-word name the story gives words in the first person is a person, in every article of the story', () => {
    const records = parseContent(
      content([
        ['a', 's', A],
        ['b', 's', B],
      ]),
    );
    const a = record(records, 'a');
    expect(names(a)).toEqual(['Oskarro']);
    expect(a.quotes.map((q) => q.speaker)).toEqual([{ name: 'Oskarro', personId: 'oskarro' }]);
    expect(names(record(records, 'b'))).toEqual(['Oskarro']);
  });

  it('guard: a one-word name whose words are in the first person plural may be a firm, and stays a name', () => {
    const firm = 'Ferry news\n\nThe harbour mourned the skipper on Monday.\n\n“We will keep his route running,” Brakkeline said in a statement.';
    const r = record(parseContent(content([['a', 's', firm]])), 'a');
    expect(names(r)).toEqual([]);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Brakkeline']);
  });
});
