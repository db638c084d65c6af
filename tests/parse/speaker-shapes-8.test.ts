/**
 * Speaker and name shapes of the eighth session, each found on a development set and written here with made-up
 * names and sentences: an abbreviated title as a role (`the PM`, `the new PM`) and a title cut from the opening
 * phrase of its sentence (`On Monday President Ana Lind`), a tabloid's first word in capitals (`NGOZI Okafor has vowed`),
 * a document's author as the speaker (`A statement from Harbour Palace said,`) and a paragraph ending in a speech verb and
 * a comma that announces the next.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

const parse = (source: string) => parseArticle({ id: 'x', source });
const speakers = (source: string) => parse(source).quotes.map((q) => q.speaker?.name ?? null);
const titles = (source: string) => Object.fromEntries(parse(source).people.map((p) => [p.name, p.titles]));

describe('abbreviated titles', () => {
  it('read "the PM" as the person the article titled Prime Minister', () => {
    expect(speakers('Okafor wins\n\nPrime Minister Ngozi Okafor met Tom Hale on Monday.\n\nHale left early. The PM said: “We start work today.”')).toEqual([
      'Ngozi Okafor',
    ]);
  });

  it('read "the new PM" after a quotation of the person who won as theirs', () => {
    expect(
      speakers('Okafor wins\n\nNgozi Okafor won the vote on Monday.\n\n“We won the vote fairly,” Okafor said.\n\nThe new PM added: “We start work today.”'),
    ).toEqual(['Ngozi Okafor', 'Ngozi Okafor']);
  });

  it('take "UK PM" before a name as a title, not a time of day', () => {
    expect(titles('Okafor wins\n\nUK PM Ngozi Okafor met Tom Hale on Monday.')['Ngozi Okafor']).toEqual(['UK PM']);
    expect(titles('Okafor wins\n\nNgozi Okafor met Tom Hale at 5 PM on Monday.')).toEqual({ 'Ngozi Okafor': [], 'Tom Hale': [] });
  });
});

describe('firms named after a person', () => {
  it('are no people when an everyday word in -ing or in the plural ends the name, and listed surnames stay names', () => {
    const r = parse(
      'Ship news\n\nOkafor Shipping said on Monday it would add routes. Lind Logistics and Quint Partners gained. Ana Banks and Tom Fleming spoke.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ana Banks', 'Tom Fleming']);
  });
});

describe('titles', () => {
  it('take a lower-case “chair” after an organisation as a title, and “the chair” as its holder', () => {
    const source =
      'Plug report\n\nAt a press conference on Saturday, NTSB chair Ana Lind said things might have gone worse.\n\n“We are really lucky here,” the NTSB chair stated.';
    expect(titles(source)['Ana Lind']).toEqual(['NTSB chair']);
    expect(speakers(source)).toEqual(['Ana Lind']);
  });

  it('leave the opening phrase of a sentence out of the title that follows it', () => {
    expect(titles('Lind wins\n\nOn Monday President Ana Lind met Tom Hale. In January Foreign Minister Rita Okafor left.')).toEqual({
      'Ana Lind': ['President'],
      'Tom Hale': [],
      'Rita Okafor': ['Foreign Minister'],
    });
  });
});

describe('a paragraph opened in capitals', () => {
  it('reads a tabloid’s first word in capitals as the name it starts', () => {
    const r = parse(
      'Okafor vows to fix it\n\nNGOZI Okafor has vowed to work “day in day out” to tackle the “profound challenges” ahead.\n\nMs Okafor won the support of most MPs.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Ngozi Okafor']);
    expect(r.quotes.map((q) => q.speaker)).toEqual([
      { name: 'Ngozi Okafor', personId: 'ngozi-okafor' },
      { name: 'Ngozi Okafor', personId: 'ngozi-okafor' },
    ]);
  });

  it('leaves an abbreviation the article writes again, or one before a title, as it is', () => {
    expect(parse('Bridge falls\n\nFBI Harlow agents are at the scene.\n\nThe FBI said Harlow roads are shut.').people).toEqual([]);
    expect(titles('Summit\n\nNATO Secretary General Ana Lind opened the talks. Lind said it went well.')).toEqual({
      'Ana Lind': ['NATO Secretary General'],
    });
  });
});

describe('"it" after an organisation', () => {
  it('is the organisation the sentence before opens with, or the business the article is about', () => {
    expect(speakers('Port news\n\nThe Harbour Trust cut its fees on Friday. “We want more ships,” it said.')).toEqual(['the Harbour Trust']);
    expect(
      speakers(
        'Harbourline fires chief\n\nHarbourline’s board fired chief executive Ana Lind on Friday. The company pushed out Lind after a review. “The board no longer has confidence in her ability to lead Harbourline,” it added.',
      ),
    ).toEqual(['Harbourline']);
  });
});

describe('embedded posts', () => {
  const POST =
    'Outage hits airlines\n\nHarbourline chief Ana Lind took to X on Friday.\n\nHarbourline is working with customers hit by a defect in one update. This is not a cyberattack. A fix is out.\n\n— Ana Lind (@ana_lind) July 19, 2024\n\nShares fell 11 per cent.';

  it('read the paragraph above a signature line as the signer’s post, and keep the signature as text', () => {
    const r = parse(POST);
    expect(r.quotes.map((q) => [q.kind, q.speaker?.name, q.text.slice(0, 30)])).toEqual([['direct', 'Ana Lind', 'Harbourline is working with cu']]);
    expect(r.blocks.map((b) => b.text)).toContain('— Ana Lind (@ana_lind) July 19, 2024');
  });

  it('leave a paragraph with quotation marks of its own, and a line with no handle, as they are', () => {
    expect(speakers(POST.replace('A fix is out.', 'A “fix” is out.'))).toEqual([null]);
    expect(parse(POST.replace(' (@ana_lind)', '')).quotes).toEqual([]);
  });
});

describe('a message announced inside a quotation', () => {
  it('is the announcer’s, and a lower-case post that fills its paragraph is direct speech', () => {
    const r = parse(
      'Lind quits\n\nAfter the board fired Tom Hale, chair Ana Lind quit. Sharing the message online, Lind said, “After learning today’s news, this is the message I sent to the team:”\n\n“hi everyone, i’m super proud of what we’ve all built together since starting in my apartment.”',
    );
    expect(r.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([
      ['direct', 'Ana Lind'],
      ['direct', 'Ana Lind'],
    ]);
  });
});

describe('documents and their authors', () => {
  it('give the words of “a statement from X” or “a post by X” to X', () => {
    expect(speakers('Palace news\n\nQueen Mirela II has died. A statement from the Harbour Trust said: “The Queen died peacefully this afternoon.”')).toEqual([
      'the Harbour Trust',
    ]);
    expect(speakers('Lind quits\n\nAna Lind resigned on Monday. A post by Lind read: “I am leaving with pride.”')).toEqual(['Ana Lind']);
  });

  it('read a paragraph that ends in a speech verb and a comma as announcing the quotation after it', () => {
    expect(
      speakers(
        'Palace news\n\nHarbour Palace confirms that Queen Mirela II has died at the age of 96. A statement from Harbour Palace said,\n\n“The Queen died peacefully at Vastby this afternoon.”',
      ),
    ).toEqual(['Harbour Palace']);
  });
});
