/**
 * Monarchs, princes and popes (src/lib/parse/people/royals.ts): named by title and given name, with the regnal
 * number the article writes, not by a bare given name; one person across articles with and without the number.
 * Every name and sentence is made up.
 */
import { describe, expect, it } from 'vitest';
import { mergePeople, parseArticle } from '../../src/lib/index.ts';

const parse = (id: string, source: string) => parseArticle({ id, source });
const names = (source: string) => parse('x', source).people.map((p) => p.name);

describe('royal names', () => {
  it('name a monarch, a prince and a pope by title, given name and regnal number', () => {
    const r = parse(
      'x',
      'Palace mourns\n\nQueen Mirela II died at Vastby Castle on Thursday. Her son, King Anders III, said: “My mother served every day of her long life.”\n\nPrince Tobiah flew north. Pope Clement sent a letter.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Queen Mirela II', 'King Anders III', 'Prince Tobiah', 'Pope Clement']);
    expect(r.people.map((p) => p.id)).toEqual(['queen-mirela-ii', 'king-anders-iii', 'prince-tobiah', 'pope-clement']);
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'King Anders III', personId: 'king-anders-iii' }]);
  });

  it('keep the title-and-name form when an announcement spells out every given name', () => {
    expect(names('New reign\n\nKing Anders III spoke on Friday. Anders Karl Johan became King at once.')).toEqual(['King Anders III']);
  });

  it('give a one-word speaker written before the title to the royal it names', () => {
    const r = parse(
      'x',
      'Anders’s words came after the news.\n\nThe title of the new monarch – confirmed by the Prime Minister as King Anders III – was read out.\n\nAnders said in a written statement: “My mother served every day of her long life.”',
    );
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'King Anders III', personId: 'king-anders-iii' }]);
  });

  it('name a given name written with a regnal number and no title by both (not a pronoun “I” after a name)', () => {
    expect(names('Palace news\n\nBritain’s new king, Anders III, said on Thursday that his mother was loved.\n\nAnders, 73, took the throne.')).toEqual([
      'Anders III',
    ]);
    expect(names('Match report\n\nTomas, 23, scored twice. “Tomas I think is ready,” Hale said.')).toContain('Tomas');
  });

  it('never read a royal’s title or regnal number alone as the royal (a name lent whole by the story pass)', () => {
    const r = parseArticle({
      id: 'b',
      source: 'Palace news\n\nMirela, 96, died on Thursday at Vastby. The Queen Consort will stay at Vastby with II Corps.',
      known: new Map([['Mirela', 'Queen Mirela II']]),
    });
    expect(r.people.map((p) => [p.name, p.aliases, p.mentions.count])).toEqual([['Queen Mirela II', ['Mirela', 'Queen Mirela II'], 1]]);
  });

  it('leave people with a surname, and titles that are not royal, as they are', () => {
    expect(names('Port news\n\nPrincess Ana Lindqvist opened the dock. Mayor Tomas spoke after her.')).toEqual(['Ana Lindqvist', 'Tomas']);
  });

  it('are one person across articles written with and without the regnal number, shown with it', () => {
    const merged = mergePeople([
      parse('a', 'Palace mourns\n\nQueen Mirela died at Vastby Castle on Thursday, aides said.'),
      parse('b', 'Palace mourns\n\nQueen Mirela II died at Vastby Castle on Thursday, aides said.'),
      parse('c', 'Palace mourns\n\nQueen Mirela was 96. Queen Mirela reigned for 70 years.'),
      parse('d', 'Palace mourns\n\nMirela II died on Thursday. Mirela, 96, reigned for 70 years.'),
      parse('e', 'Palace mourns\n\nPrincess Mirela, 9, laid flowers. Princess Mirela left.'),
    ]);
    expect(merged.map((r) => r.people.map((p) => p.id))).toEqual([
      ['queen-mirela-ii'],
      ['queen-mirela-ii'],
      ['queen-mirela-ii'],
      ['queen-mirela-ii'],
      ['princess-mirela'],
    ]);
  });
});
