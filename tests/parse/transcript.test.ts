/**
 * Transcripts copied without quotation marks, verbs of reproach before a quotation, the one prompted to speak, and a
 * pronoun opening the sentence. Every name and sentence
 * here is made up.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

/** Each quote of an article as [text, kind, speaker name or null]. */
function quotesOf(source: string): Array<[string, string, string | null]> {
  return parseArticle({ id: 't', source }).quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
}

describe('transcript turns', () => {
  it('gives the paragraph after a label line to the person the label names', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor and Councillor Ana Lindqvist argued at the harbour board on Friday. Here is what they said:\n\nOkafor:\n\nThe bridge opens in May and the tolls stay where they are.\n\nLindqvist:\n\nYou promised that last year, and the year before.',
    );
    expect(q).toEqual([
      ['The bridge opens in May and the tolls stay where they are.', 'direct', 'Chidi Okafor'],
      ['You promised that last year, and the year before.', 'direct', 'Ana Lindqvist'],
    ]);
  });

  it('reads turns with the label on the same line when there are two or more, in the first or second person', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor and Councillor Ana Lindqvist argued at the harbour board on Friday.\n\nOKAFOR: We open the bridge in May, whatever the board says.\n\nLINDQVIST: You said the same thing last spring.',
    );
    expect(q.map(([, , who]) => who)).toEqual(['Chidi Okafor', 'Ana Lindqvist']);
    expect(q[0]![0]).toBe('We open the bridge in May, whatever the board says.');
  });

  it('takes no label that names nobody of the article, nor a list of short goals', () => {
    expect(quotesOf('Harbour row\n\nUpdate:\n\nThe board met again on Saturday and the vote was put off.')).toEqual([]);
    expect(
      quotesOf('Race goals\n\nMayor Chidi Okafor and Councillor Ana Lindqvist both run again.\n\nOkafor: Win the harbour wards.\n\nLindqvist: Hold the north.'),
    ).toEqual([]);
  });
});

describe('verbs of reproach', () => {
  it('gives a fragment after “berating X for” to the one who berates, not the one berated', () => {
    const q = quotesOf('Harbour row\n\nMayor Chidi Okafor berated Councillor Ana Lindqvist for “playing games with the tolls” on Friday.');
    expect(q[0]).toEqual(['playing games with the tolls', 'partial', 'Chidi Okafor']);
  });

  it('reads the subject of “with X scolding Y for”', () => {
    const q = quotesOf(
      'Harbour row\n\nThe board meeting ran late, with Mayor Chidi Okafor at one point scolding Councillor Ana Lindqvist for “wasting the harbour’s time.”',
    );
    expect(q[0]![2]).toBe('Chidi Okafor');
  });

  it('gives a quotation after “prompting X to warn” to the one prompted', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor met Councillor Ana Lindqvist. Lindqvist accused the city of a “tour,” prompting Okafor to warn, “Do not tell us what we will feel.”',
    );
    expect(q.map(([, , who]) => who)).toEqual(['Ana Lindqvist', 'Chidi Okafor']);
  });

  it('reads a pronoun opening the sentence as the subject of a participle, not the name after it', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor met Councillor Ana Lindqvist on Friday.\n\nHe also pushed Lindqvist to show more gratitude for the harbour money, saying, “You have got to be more thankful.”',
    );
    expect(q[0]![2]).toBe('Chidi Okafor');
  });

  it('gives a participle’s quotation to the subject of the clause before it when no person opens the sentence', () => {
    const q = quotesOf(
      'Harbour row\n\nOn Friday, the meeting took a turn as Mayor Chidi Okafor raised his voice at Councillor Ana Lindqvist, accusing her of “gambling with the harbour” and warning that the port could close, reports Harbour Press.',
    );
    expect(q[0]![2]).toBe('Chidi Okafor');
  });

  it('looks for the sentence’s subject after a leading “When …,” clause', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor met Councillor Ana Lindqvist on Friday.\n\nWhen Lindqvist tried to respond, Okafor interrupted, raising his voice and stating, “You are gambling with the harbour.”',
    );
    expect(q[0]![2]).toBe('Chidi Okafor');
  });

  it('resolves a role written with a capital (“the Mayor continued”) as it does one in lower case', () => {
    const q = quotesOf('Harbour row\n\nMayor Chidi Okafor met Councillor Ana Lindqvist on Friday.\n\n“You are not in a good position,” the Mayor continued.');
    expect(q[0]![2]).toBe('Chidi Okafor');
    // A name that opens with "the" stays a name.
    expect(quotesOf('Harbour row\n\n“The port stays open,” the Harbour House said.')[0]![2]).toBe('the Harbour House');
  });

  it('reads a subject written with joined initials (“the U.S. president shot back”)', () => {
    const q = quotesOf(
      'Talks\n\nPresident Tom Hale met Kenyan President Amani Koros. “You will feel it,” Koros remarked. “Do not tell us what we will feel,” the U.S. president shot back.',
    );
    expect(q.map(([, , who]) => who)).toEqual(['Amani Koros', 'Tom Hale']);
  });

  it('lets a pronoun that opens a sentence keep its referent past a name inside that sentence', () => {
    const q = quotesOf(
      'Harbour row\n\nMayor Chidi Okafor faced a revolt over the tolls on Tuesday.\n\nHe resisted calls to quit - including from Deputy Mayor Tom Hale - for two days.\n\nSpeaking outside the town hall, he said: “I fought for the tolls because it was my job.”',
    );
    expect(q[0]![2]).toBe('Chidi Okafor');
  });

  it('skips a name in apposition inside a “joined by …” aside, and keeps a name in apposition to a role', () => {
    const joined = quotesOf(
      'Talks\n\nMayor Chidi Okafor, joined by his wife, Ana, and a number of supporters, said he was “sad to be giving up the best job in the city.”',
    );
    expect(joined[0]![2]).toBe('Chidi Okafor');
    const role = quotesOf('Talks\n\nA spokesman for the council, Tom Hale, said the port was “open for business.”');
    expect(role[0]![2]).toBe('Tom Hale');
  });

  it('reads the subject of a bulleted line without its bullet', () => {
    const q = quotesOf(
      'Mayor quits\n\nOkafor has just finished his statement.\n\n  • Okafor said it was “clearly now the will of the council” to have a new mayor',
    );
    expect(q[0]![2]).toBe('Okafor');
  });

  it('gives a quotation opening a headline to the one person named right after its colon, not to two', () => {
    expect(quotesOf('‘That is the deal’: Mayor Chidi Okafor resigns as mayor\n\nOkafor spoke for six minutes.')[0]).toEqual([
      'That is the deal',
      'direct',
      'Chidi Okafor',
    ]);
    expect(quotesOf('‘No deal’: Mayor Chidi Okafor and Councillor Ana Lindqvist clash over the port\n\nOkafor spoke.')[0]![2]).toBeNull();
  });

  it('gives “the company said”, “the statement said” and “read a statement from …” to the organisation that spoke last', () => {
    const base =
      'Ferry lost\n\nThe ferry company confirmed on Thursday that its vessel had sunk.\n\n“We now believe that our crew have sadly been lost,” Harbourline said in a statement.\n\n';
    for (const tail of [
      '“These men were true sailors,” the company said.',
      '“Our hearts are with the families,” the statement said.',
      '“Our hearts are with the families,” read a statement from the company.',
    ])
      expect(quotesOf(base + tail).map(([, , who]) => who)).toEqual(['Harbourline', 'Harbourline']);
    // A person speaking in between is who a later "the company" does not skip to.
    expect(quotesOf(base + '“We searched all night,” Captain Ana Lindqvist said.\n\n“It was a loss,” the company said.').at(-1)![2]).toBe('the company');
  });
});
