/**
 * The story's word on who said it (src/lib/story-speakers.ts): a quotation its article gives to nobody, or only to a
 * description of a person, takes the person other outlets of the story name for the same words, when the article
 * names that person (or organisation) too. Every name and sentence is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseContent, type ArticleRecord } from '../../src/lib/index.ts';
import { articleMeta as meta, contentSet as content } from '../helpers/content.ts';
import { isUncertain } from '../../src/lib/views/labels.ts';

const quotesOf = (records: ArticleRecord[], id: string) => records.find((r) => r.id === id)!.quotes;

/** An outlet that says whose the words are. */
const NAMED =
  'Harbour deal signed\n\nMinister Ngozi Okafor opened the talks at the port on Monday.\n\n“The new berths will open to every ferry line by the spring,” Okafor said.';
/** One that quotes the same words before it names anyone, and never says whose they are. */
const UNSAID =
  'Ferry firms cheer port plan\n\n“The new berths will open to every ferry line by the spring.”\n\nThat was the message at the docks on Monday, where Ngozi Okafor and Tomas Hale cut a ribbon.';
const OKAFOR = { name: 'Ngozi Okafor', personId: 'ngozi-okafor' };

describe('speakers from the story', () => {
  it('gives words an article leaves unattributed to the person other outlets name for them, marked uncertain', () => {
    expect(parseArticle({ id: 'b', source: UNSAID, meta: meta('s', 'x') }).quotes.map((q) => q.speaker)).toEqual([null]);
    const [q] = quotesOf(
      parseContent(
        content([
          ['a', 's', NAMED],
          ['b', 's', UNSAID],
        ]),
      ),
      'b',
    );
    expect(q!.speaker).toEqual(OKAFOR);
    expect(q!.speakerConfidence).toBeLessThan(0.7);
    expect(isUncertain(q!)).toBe(true);
  });

  it('reads a run of words inside a longer quotation of another outlet as the same words', () => {
    const longer = NAMED.replace('by the spring,”', 'by the spring, and the old quay will close for good,”');
    const [q] = quotesOf(
      parseContent(
        content([
          ['a', 's', longer],
          ['b', 's', UNSAID],
        ]),
      ),
      'b',
    );
    expect(q!.speaker).toEqual(OKAFOR);
  });

  it('names the person behind a description of them ("the prime minister"), not behind an organisation', () => {
    const role =
      'Ferry firms cheer port plan\n\n“The new berths will open to every ferry line by the spring,” the prime minister said.\n\nTomas Hale and Ngozi Okafor later toured the docks.';
    expect(parseArticle({ id: 'b', source: role, meta: meta('s', 'x') }).quotes.map((q) => q.speaker?.name)).toEqual(['the prime minister']);
    const both = (body: string) =>
      quotesOf(
        parseContent(
          content([
            ['a', 's', NAMED],
            ['b', 's', body],
          ]),
        ),
        'b',
      )[0]!.speaker;
    expect(both(role)).toEqual(OKAFOR);
    // A ministry's statement may be given to its minister by another outlet, but it is still the ministry's.
    expect(both(role.replace('the prime minister', 'the ministry'))).toEqual({ name: 'the ministry', personId: null });
  });

  it('needs the article to name the person, one person named by the others, a story in common and words enough', () => {
    const lone = (articles: Array<[string, string, string]>) => quotesOf(parseContent(content(articles)), 'b')[0]!.speaker;
    // The article never names Okafor: whose words they are is not its claim.
    expect(
      lone([
        ['a', 's', NAMED],
        ['b', 's', UNSAID.replace('Ngozi Okafor and ', '')],
      ]),
    ).toBeNull();
    // Two outlets give the words to two people.
    const hale = NAMED.replace('Minister Ngozi Okafor', 'Mayor Tomas Hale').replace('Okafor said', 'Hale said');
    expect(
      lone([
        ['a', 's', NAMED],
        ['c', 's', hale],
        ['b', 's', UNSAID],
      ]),
    ).toBeNull();
    // Another story's article quoting the same words says nothing about this one.
    expect(
      lone([
        ['a', 'other', NAMED],
        ['b', 's', UNSAID],
      ]),
    ).toBeNull();
  });

  it('gives a phrase of fewer than six words a speaker only when two outlets or more name that one person for it', () => {
    const lone = (articles: Array<[string, string, string]>) => quotesOf(parseContent(content(articles)), 'b')[0]!.speaker;
    const short = (body: string) => body.replace('The new berths will open to every ferry line by the spring', 'Every ferry line is welcome');
    const hale = NAMED.replace('Minister Ngozi Okafor', 'Mayor Tomas Hale').replace('Okafor said', 'Hale said');
    // One outlet: a phrase of five words may be anyone's.
    expect(
      lone([
        ['a', 's', short(NAMED)],
        ['b', 's', short(UNSAID)],
      ]),
    ).toBeNull();
    expect(
      lone([
        ['a', 's', short(NAMED)],
        ['a2', 's', short(NAMED)],
        ['b', 's', short(UNSAID)],
      ]),
    ).toEqual(OKAFOR);
    // Two outlets for Okafor, one for Hale: not unanimous.
    expect(
      lone([
        ['a', 's', short(NAMED)],
        ['a2', 's', short(NAMED)],
        ['c', 's', short(hale)],
        ['b', 's', short(UNSAID)],
      ]),
    ).toBeNull();
  });

  it('never lets a phrase quoted elsewhere speak for the longer quotation that holds it', () => {
    const fragment = 'Harbour deal signed\n\nMinister Ngozi Okafor opened the talks at the port on Monday, promising “every ferry line” a berth, Okafor said.';
    expect(
      quotesOf(
        parseContent(
          content([
            ['a', 's', fragment],
            ['a2', 's', fragment],
            ['b', 's', UNSAID],
          ]),
        ),
        'b',
      )[0]!.speaker,
    ).toBeNull();
  });

  it('follows the person most outlets name when one other outlet guessed someone else', () => {
    const guessedHale = NAMED.replace('Minister Ngozi Okafor', 'Mayor Tomas Hale').replace('Okafor said', 'he said');
    const articles: Array<[string, string, string]> = [
      ['a', 's', NAMED],
      ['a2', 's', NAMED],
      ['c', 's', guessedHale],
      ['b', 's', UNSAID],
    ];
    const records = parseContent(content(articles));
    expect(quotesOf(records, 'c')[0]!.speaker).toEqual({ name: 'Tomas Hale', personId: 'tomas-hale' });
    expect(quotesOf(records, 'b')[0]!.speaker).toEqual(OKAFOR);
  });

  it('never overrules a name the article gives, nor takes a guess from the other outlets as their word', () => {
    const hale =
      'Ferry firms cheer port plan\n\nMayor Tomas Hale cut a ribbon with Ngozi Okafor.\n\n“The new berths will open to every ferry line by the spring,” Hale said.';
    const records = parseContent(
      content([
        ['a', 's', NAMED],
        ['b', 's', hale],
      ]),
    );
    expect(quotesOf(records, 'b')[0]!.speaker).toEqual({ name: 'Tomas Hale', personId: 'tomas-hale' });
    // The only other outlet reached its speaker through a pronoun: a guess, not sure enough to lend.
    const guessed = NAMED.replace('Okafor said', 'she said');
    const [g] = parseArticle({ id: 'a', source: guessed, meta: meta('s', 'x') }).quotes;
    expect(g!.speaker).toEqual(OKAFOR);
    expect(g!.speakerConfidence).toBeLessThan(0.9);
    expect(
      quotesOf(
        parseContent(
          content([
            ['a', 's', guessed],
            ['b', 's', UNSAID],
          ]),
        ),
        'b',
      )[0]!.speaker,
    ).toBeNull();
  });

  it('gives words to an organisation the other outlets name for them, when the article names it too', () => {
    const said = 'Port deal off\n\nThe talks ended on Monday.\n\n“The issues are beyond our control or ability to help,” Harbourline said in a statement.';
    const unsaid = (names: boolean) =>
      `Port deal collapses\n\n“The issues are beyond our control or ability to help.”\n\nThat was the word at the docks on Monday${names ? ', where Harbourline had planned to buy the port' : ''}.`;
    const records = parseContent(
      content([
        ['a', 's', said],
        ['b', 's', unsaid(true)],
        ['c', 's', unsaid(false)],
      ]),
    );
    expect(quotesOf(records, 'a')[0]!.speaker).toEqual({ name: 'Harbourline', personId: null });
    expect(quotesOf(records, 'b')[0]!.speaker).toEqual({ name: 'Harbourline', personId: null });
    expect(isUncertain(quotesOf(records, 'b')[0]!)).toBe(true);
    // An article that never names the organisation is not told it spoke.
    expect(quotesOf(records, 'c')[0]!.speaker).toBeNull();
  });
});
