/** One behaviour per stage, pinned with small inputs. */
import { describe, expect, it } from 'vitest';
import { findDates, inferPublished, statedDate } from '../../src/lib/parse/dates.ts';
import { scanMarks } from '../../src/lib/parse/marks.ts';
import { normalise } from '../../src/lib/parse/normalise.ts';
import { findPeople } from '../../src/lib/parse/people.ts';
import { segment } from '../../src/lib/parse/segment.ts';
import { sentences } from '../../src/lib/tokens.ts';
import { slugify } from '../../src/lib/slug.ts';
import { parseArticle } from '../../src/lib/index.ts';

describe('normalise', () => {
  it('maps every output character back to its source offset', () => {
    const src = '\uFEFFA  b\r\nc\u00a0\u00a0d';
    const n = normalise(src);
    expect(n.text).toBe('A b\nc d');
    expect([...n.text].map((_, i) => src[n.map[i]!])).toEqual(['A', ' ', 'b', '\n', 'c', '\u00a0', 'd']);
    expect(n.map[n.text.length]).toBe(src.length);
  });

  it('curls straight quotes by context and keeps apostrophes', () => {
    expect(normalise(`He said "it's over" and 'done' in the '90s.`).text).toBe('He said “it’s over” and ‘done’ in the ’90s.');
  });

  it('reads a "?" after a comma inside an open quote as its closing mark', () => {
    expect(normalise('“Fine,? he said. Is it?').text).toBe('“Fine,” he said. Is it?');
  });
});

describe('segment', () => {
  it('splits headline, dateline, heading and paragraphs; removes boilerplate with reasons', () => {
    const pieces = segment(
      normalise(
        'Big news today\nJune 3, 2024\nFirst paragraph here is long enough to be a paragraph.\nAdvertisement\nWhat comes next\nWhat comes next is a second paragraph.\nSource link\nRelated Articles\nOther story one\nOther story two',
      ).text,
    );
    expect(pieces.map((p) => `${p.type}${p.reason ? ':' + p.reason : ''}`)).toEqual([
      'headline',
      'dateline',
      'paragraph',
      'removed:advertisement',
      'heading',
      'paragraph',
      'removed:republisher-footer',
      'removed:related-story',
      'removed:republisher-footer',
      'removed:republisher-footer',
    ]);
  });

  it('splits a place dateline off the first paragraph', () => {
    const pieces = segment('LAGOS, Nigeria — Fuel prices rose again on Monday.');
    expect(pieces.map((p) => [p.type, p.text])).toEqual([
      ['dateline', 'LAGOS, Nigeria —'],
      ['paragraph', 'Fuel prices rose again on Monday.'],
    ]);
  });

  it('splits a page’s date stamp glued to the first paragraph off it, so the paragraph opens with its subject', () => {
    const long =
      'Opposition leader Petr Lind, who spent three years in a penal colony far in the north, died there on Friday, the prison service said in a statement.';
    expect(segment(normalise(` date 2024-02-16 ${long}\nMore text.`).text).map((p) => [p.type, p.text])).toEqual([
      ['dateline', 'date 2024-02-16'],
      ['paragraph', long],
      ['paragraph', 'More text.'],
    ]);
    expect(segment(normalise(' date 2024-01-02 Aging & Style\nFive crew members died.').text).map((p) => [p.type, p.text])).toEqual([
      ['dateline', 'date 2024-01-02 Aging & Style'],
      ['paragraph', 'Five crew members died.'],
    ]);
  });
});

describe('dates', () => {
  it('reads full, partial and relative dates against the publication day', () => {
    const d = findDates('On Monday, 2 March 2020 and June 19 and 2023-06-01, next Friday.', '2023-06-21');
    expect(d.map((x) => [x.text, x.iso, x.provenance])).toEqual([
      ['On Monday', '2023-06-19', 'inferred'],
      ['2 March 2020', '2020-03-02', 'stated'],
      ['June 19', '2023-06-19', 'inferred'],
      ['2023-06-01', '2023-06-01', 'stated'],
      ['next Friday', '2023-06-23', 'inferred'],
    ]);
  });

  it('completes a year from context and refuses impossible dates', () => {
    expect(inferPublished('They met in November 2022. On June 19 they met again.')).toEqual({
      iso: '2023-06-19',
      evidence: 'June 19 (year from “November 2022”)',
    });
    expect(statedDate('February 30, 2023')).toBeNull();
  });
});

describe('marks', () => {
  it('pairs double marks, nests singles, skips apostrophes', () => {
    const text = '“A ‘b’ c,” he said of Xi’s ‘plan’. Then ” and “open';
    const { spans, unclosed, unopened } = scanMarks(text);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.double])).toEqual([
      ['A ‘b’ c,', true],
      ['plan', false],
      ['open', true],
    ]);
    expect(unclosed).toBe(1);
    expect(unopened).toEqual([text.indexOf('” and')]);
  });
});

describe('sentences', () => {
  it('does not split after honorifics or initials', () => {
    const t = 'Mr. Xi met J. Smith. “Yes,” he said. The U.S. team left.';
    expect(sentences(t).map(([s, e]) => t.slice(s, e))).toEqual(['Mr. Xi met J. Smith.', '“Yes,” he said.', 'The U.S. team left.']);
  });

  it('does not split between a time of day and its time zone, but does after a time that ends a sentence', () => {
    const t = 'Harbourline posted at 8 p.m. ET on Thursday. The port closed at 9 p.m. The ships left.';
    expect(sentences(t).map(([s, e]) => t.slice(s, e))).toEqual([
      'Harbourline posted at 8 p.m. ET on Thursday.',
      'The port closed at 9 p.m.',
      'The ships left.',
    ]);
  });
});

describe('people', () => {
  it('needs evidence for a name and merges short forms into the full name', () => {
    const { people } = findPeople([
      'Chinese President Xi Jinping met Microsoft co-founder Bill Gates at the Great Hall.',
      'Mr. Xi said the Yale Paul Tsai China Center was closed. Gates left. Keane’s visit ended.',
    ]);
    expect(people.map((p) => [p.name, p.aliases, p.titles])).toEqual([
      ['Xi Jinping', ['Xi Jinping', 'Mr. Xi', 'Xi'], ['Chinese President']],
      ['Bill Gates', ['Bill Gates', 'Gates'], ['Microsoft co-founder']],
    ]);
  });

  it('uses editor aliases for what no rule can find', () => {
    const { people } = findPeople(['Foreign Minister Qin Gang spoke.', 'Keane’s meeting lasted hours.'], new Map([['Keane', 'Qin Gang']]));
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Qin Gang', 'Keane']));
  });

  it('flags two spellings of one name', () => {
    const { people } = findPeople(['Secretary of State Antony Blinken arrived.', 'Secretary Anthony Blinken left.']);
    expect(people).toHaveLength(1);
    expect(people[0]!.variants).toEqual(['Anthony Blinken']);
  });
});

describe('quotes', () => {
  const quotes = (text: string) => parseArticle({ id: 't', source: text }).quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.text]);

  it('gives a pronoun to the subject, not the nearest name', () => {
    expect(quotes('Talks\n\nOn Friday, President Maria Costa met banker John Reed. “I believe in growth,” she said after her meeting with Reed.')).toEqual([
      ['direct', 'Maria Costa', 'I believe in growth,'],
    ]);
  });

  it('finds unmarked speech, reaching back over first-person sentences only', () => {
    expect(
      quotes('Talks\n\nSenator Ruth Adler acknowledged that the bill was stuck. Votes were short. We will try again next week. It is a process, Adler said.'),
    ).toEqual([['unmarked', 'Ruth Adler', 'We will try again next week. It is a process']]);
  });

  it('gives scare quotes and titles no speaker', () => {
    expect(quotes('Review\n\nThe film “Night Train” revisits the so-called “miracle” years.')).toEqual([
      ['partial', null, 'Night Train'],
      ['partial', null, 'miracle'],
    ]);
  });

  it('reads inverted, according-to and organisation attributions', () => {
    expect(
      quotes(
        'Storm\n\n“Stay home,” said police spokeswoman Ana Lima.\n\n“Roads are closed,” according to the transport ministry.\n\nThe Red Cross said in a statement: “We are ready.”',
      ),
    ).toEqual([
      ['direct', 'Ana Lima', 'Stay home,'],
      ['direct', 'the transport ministry', 'Roads are closed,'],
      ['direct', 'the Red Cross', 'We are ready.'],
    ]);
  });
});

describe('slugify', () => {
  it('makes ids from names', () => {
    expect(['Xi Jinping', 'Liu Fu-kuo', 'Luiz Inácio Lula da Silva', 'Michael O’Leary'].map(slugify)).toEqual([
      'xi-jinping',
      'liu-fu-kuo',
      'luiz-inacio-lula-da-silva',
      'michael-oleary',
    ]);
  });
});

describe('markdown bodies', () => {
  it('reads headings, paragraphs, lists and quotes, and drops inline markup', () => {
    const md =
      '# Council backs **new** bridge\n\nThe council voted on *Tuesday* to build it, [officials said](https://example.com).\n\n> “We are ready,” said Mayor Ana Silva.\n\n- First point\n- Second point\n';
    const r = parseArticle({ id: 'md', source: md, format: 'markdown' });
    expect(r.headline).toBe('Council backs new bridge');
    expect(r.text).not.toMatch(/[*#>]|\]\(/);
    expect(r.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['“We are ready,” said Mayor Ana Silva.', 'First point']));
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We are ready,', 'Ana Silva']]);
  });
});

describe('nicknames', () => {
  it('reads a nickname inside a name as another name of that person', () => {
    const r = parseArticle({ id: 'n', source: 'Final\n\nTV pundit Greg “Rusty” Rutherford was impressed. “The kid has a serve now,” Rusty said.' });
    expect(r.people.map((p) => [p.id, p.aliases])).toEqual([['greg-rutherford', expect.arrayContaining(['Greg Rutherford', 'Rusty'])]]);
    // The nickname itself is a quoted word with no speaker.
    expect(r.quotes.map((q) => [q.text, q.speaker?.personId ?? null])).toEqual([
      ['Rusty', null],
      ['The kid has a serve now,', 'greg-rutherford'],
    ]);
  });
});

describe('headline quotes', () => {
  it('gives a headline quote attributed to a role to whoever says those words in the body', () => {
    const r = parseArticle({
      id: 'h',
      source:
        'Hospital chief admits ‘we got it wrong’ over waits\n\n“We got it wrong, and I will not pretend otherwise,” Dr Helen Marsh told the board on Tuesday.',
    });
    expect(r.quotes.map((q) => [q.text, q.speaker?.personId ?? null])).toEqual([
      ['we got it wrong', 'helen-marsh'],
      ['We got it wrong, and I will not pretend otherwise,', 'helen-marsh'],
    ]);
  });
});
