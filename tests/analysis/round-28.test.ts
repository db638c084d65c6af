/**
 * Grouping round 28: one number however an outlet writes it (numerals.ts), a rewrite's sentence placed by where it
 * stands only through words other than its speaker's name (rewrites.ts), and one remark quoted in the same words but
 * given to two speakers (clusters.ts); a former holder of an office against its holder (disagreements.ts); no count
 * of metres or of the last part of a hyphenated number (tallies.ts); no spelling disagreement with another language's
 * form of a name (names.ts); no office in a spokesperson's title nor in a list the parser ran on into, a rank compared
 * only with ranks (disagreements.ts); no length in `ten days ago` nor in the end of a range (facts.ts); a report and
 * its copy in another language, neither in a row, are one (translations.ts). Invented story: a harbour strike in the
 * port town of Velsmark.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a number written in words by one outlet and in digits by another', () => {
  it('joins two reports of one count', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike spreads\n\nHarbour master Joost Vercammen said twenty-six ships were waiting outside the breakwater.'],
      b: ['Paper B', 'Ships wait\n\nVercammen said 26 ships were waiting beyond the breakwater.'],
    });
    const row = clusterOf(analysis, 'a', 'Harbour master');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Vercammen said')).toBe(row);
  });

  it('joins a plain sentence that restates a report with the number in digits', () => {
    const { analysis } = story({
      a: ['Wire A', 'Clashes at the gates\n\nJoost Vercammen said thirty-one dockers were hurt, eight of them badly.'],
      b: ['Paper B', 'Gate clashes\n\n31 dockers were hurt, 8 of them badly, at the Velsmark gates.'],
    });
    const row = clusterOf(analysis, 'a', 'Joost Vercammen');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', '31 dockers')).toBe(row);
  });

  it('joins a share given with a sign and one given in words', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port slows\n\nTove Arnesen said only 30% of the freight had left the docks.'],
      b: ['Paper B', 'Freight stuck\n\nArnesen said just 30 per cent of the freight had left.'],
    });
    const row = clusterOf(analysis, 'a', 'Tove Arnesen');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Arnesen said')).toBe(row);
  });

  it('joins a distance run together with its unit and one written apart', () => {
    const { analysis } = story({
      a: ['Wire A', 'Lorries queue\n\nLidia Brand said the queue of lorries stretched 14km.'],
      b: ['Paper B', 'Queue grows\n\nBrand said the lorry queue now stretched 14 km.'],
    });
    const row = clusterOf(analysis, 'a', 'Lidia Brand');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Brand said')).toBe(row);
  });

  it('guard: two reports with different counts of different things stay apart', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike spreads\n\nHarbour master Joost Vercammen said twenty-six ships were waiting outside the breakwater.'],
      b: ['Paper B', 'Pay talks\n\nVercammen said 26 dockers had signed the new pay offer.'],
    });
    expect(analysis.clusters.some((c) => c.articleCount === 2)).toBe(false);
  });
});

/** A wire report of the strike, sentence by sentence. */
const wire = [
  'Velsmark strike',
  'Dockers in Velsmark walked out at dawn on Monday, leaving the container terminal silent.',
  'The union wants a pay rise of eight per cent and an end to night shifts without notice.',
  'Mayor Lidia Brand said the strike had already cost the town its busiest trading week of the year.',
  'Ferries to the islands kept sailing from the old pier, where no dockers work.',
  'Talks between the union and the port company are due to resume at the town hall on Thursday.',
].join('\n\n');

/** The same report as a machine rewrite: one sentence for each, in the same order, the third about Brand herself. */
const rewrite = (third: string) =>
  [
    'Velsmark walkout',
    'Velsmark dock workers stopped work at first light on Monday, and the container terminal fell quiet.',
    'The union is seeking an eight per cent raise and the end of unannounced night shifts.',
    third,
    'Island ferries went on leaving from the old pier, which has no dock workers.',
    'The union and the port company are expected to meet again at the town hall on Thursday.',
  ].join('\n\n');

/** A second outlet reporting Brand's statement, so that it is a row of two articles. */
const mayor: [string, string] = ['Daily C', 'Cost of the strike\n\nMayor Lidia Brand said the strike had already cost the town its busiest trading week.'];

describe('a sentence of a machine rewrite placed by where it stands', () => {
  it('does not join a statement whose wording shares only its speaker’s name with it', () => {
    const { analysis } = story({
      a: ['Wire A', wire],
      b: ['Copy B', rewrite('Colleagues describe Mayor Lidia Brand as careful, patient and hard to rush.')],
      c: mayor,
    });
    const row = clusterOf(analysis, 'a', 'Mayor Lidia Brand');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Mayor Lidia Brand')).toBe(row);
    expect(clusterOf(analysis, 'b', 'Colleagues describe')).not.toBe(row);
  });

  it('guard: joins it when the two share words besides the name', () => {
    const { analysis } = story({
      a: ['Wire A', wire],
      b: ['Copy B', rewrite('According to Mayor Lidia Brand, the walkout has cost Velsmark its busiest week for trade.')],
      c: mayor,
    });
    const row = clusterOf(analysis, 'a', 'Mayor Lidia Brand');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'According to Mayor')).toBe(row);
  });
});

describe('one remark quoted in the same words but given to two speakers', () => {
  const agent = (outlet: string, speaker: string): [string, string] => [
    outlet,
    `Cargo stuck in Velsmark\n\nShipping agents counted the losses on Tuesday. “It is not for us to open the gates,” ${speaker} said.`,
  ];

  it('is one row when the words are long enough to tell the remark', () => {
    const { analysis } = story({
      a: agent('Wire A', 'shipping agent Tove Arnesen'),
      b: agent('Paper B', 'harbour master Joost Vercammen'),
      c: agent('Site C', 'Tove Arnesen'),
    });
    const row = clusterOf(analysis, 'a', 'It is not for');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'It is not for')).toBe(row);
    expect(clusterOf(analysis, 'b', 'It is not for')).toBe(row);
  });

  it('joins the longer quotation of another speaker that holds it word for word', () => {
    const long = (outlet: string): [string, string] => [
      outlet,
      'Cargo stuck in Velsmark\n\n“The night shift walked out at ten, it is not for us to open the gates, and the ships sailed empty,” shipping agent Tove Arnesen said.',
    ];
    const { analysis } = story({
      a: long('Wire A'),
      b: long('Paper B'),
      c: ['Site C', 'Quay empty\n\nHarbour master Joost Vercammen said “it is not for us to open the gates” all week.'],
    });
    const row = clusterOf(analysis, 'a', 'The night shift');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The night shift')).toBe(row);
    expect(clusterOf(analysis, 'c', 'it is not for')).toBe(row);
  });

  it('guard: a short phrase two named speakers use stays two rows', () => {
    const dark = (outlet: string, speaker: string): [string, string] => [outlet, `Strike\n\n“A dark day for the port,” ${speaker} said on Monday.`];
    const { analysis } = story({
      a: dark('Wire A', 'Tove Arnesen'),
      b: dark('Paper B', 'Joost Vercammen'),
      c: dark('Site C', 'Tove Arnesen'),
    });
    const row = clusterOf(analysis, 'a', 'A dark day');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'A dark day')).toBe(row);
    expect(clusterOf(analysis, 'b', 'A dark day')).not.toBe(row);
  });
});

/** Each title disagreement: its subject and the versions with their articles. */
const titles = (a: ReturnType<typeof story>['analysis']) =>
  a.disagreements
    .filter((d) => d.kind === 'title')
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('a former holder of an office against its holder', () => {
  it('is a title disagreement', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike talks\n\nMayor Lidia Brand met the dockers on Monday.'],
      b: ['Paper B', 'Brand at the quay\n\nFormer Mayor Lidia Brand met the dockers on Monday.'],
    });
    expect(titles(analysis)).toEqual([['office of Lidia Brand', ['Former Mayor (b)', 'Mayor (a)']]]);
  });

  it('guard: the same office with its country before it is none', () => {
    const { analysis } = story({
      a: ['Wire A', 'Strike talks\n\nMayor Lidia Brand met the dockers on Monday.'],
      b: ['Paper B', 'Brand at the quay\n\nVelsmark Mayor Lidia Brand met the dockers on Monday.'],
    });
    expect(titles(analysis)).toEqual([]);
  });
});

/** The disagreements of a kind: subject and values, sorted. */
const facts = (a: ReturnType<typeof story>['analysis'], kind: string) =>
  a.disagreements
    .filter((d) => d.kind === kind)
    .map((d) => [d.subject, d.versions.map((v) => v.value).sort()])
    .sort();

describe('counts of things an action touched', () => {
  it('reads no count of metres in a measure', () => {
    const { analysis } = story({
      a: ['Wire A', 'Storm at the port\n\nSwells of 2 to 3 metres were measured at the Velsmark breakwater on Sunday.'],
      b: ['Paper B', 'Breakwater hit\n\nSwells of between two and three metres were measured at the breakwater on Sunday.'],
    });
    expect(facts(analysis, 'number')).toEqual([]);
  });

  it('reads no count of four in thirty-four', () => {
    const { analysis } = story({
      a: ['Wire A', 'Clashes at the gates\n\nThirty-four dockers were hospitalised after the clashes at the Velsmark gates.'],
      b: ['Paper B', 'Gate clashes\n\nPolice said 34 dockers were hospitalised after the clashes at the gates.'],
    });
    expect(facts(analysis, 'number')).toEqual([]);
  });

  it('guard: still compares two counts of the people hospitalised', () => {
    const { analysis } = story({
      a: ['Wire A', 'Clashes at the gates\n\nNineteen dockers were hospitalised after the clashes at the Velsmark gates.'],
      b: ['Paper B', 'Gate clashes\n\nPolice said 34 dockers were hospitalised after the clashes at the gates.'],
    });
    expect(facts(analysis, 'number')).toHaveLength(1);
  });
});

describe('a place spelt one letter off', () => {
  it('is no disagreement when only articles in another language spell it so', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port shut\n\nThe strike shut the port of Brekkstad on Monday, and the ferries stayed at the quay.'],
      b: ['Paper B', 'Strike spreads\n\nDockers in Brekkstad joined the strike on Monday, the union said.'],
      c: [
        'Journal C',
        'La grève s’étend\n\nLe port de Brekstad est paralysé depuis lundi par une grève des dockers, selon le syndicat, et les ferries restent à quai.',
      ],
    });
    expect(facts(analysis, 'spelling')).toEqual([]);
  });

  it('guard: is one when an English article spells it so', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port shut\n\nThe strike shut the port of Brekkstad on Monday, and the ferries stayed at the quay.'],
      b: ['Paper B', 'Strike spreads\n\nDockers in Brekkstad joined the strike on Monday, the union said.'],
      c: ['Site C', 'Ferries idle\n\nThe strike shut the port of Brekstad on Monday, and the ferries stayed at the quay.'],
    });
    expect(facts(analysis, 'spelling')).toEqual([['spelling of Brekkstad', ['Brekkstad', 'Brekstad']]]);
  });
});

describe('titles that are no office', () => {
  it('a spokeswoman and a press secretary of one person are no title disagreement', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port talks\n\nPress Secretary Lidia Brand said the talks would resume on Thursday.'],
      b: ['Paper B', 'Talks resume\n\nPort spokeswoman Lidia Brand said the talks would resume on Thursday.'],
    });
    expect(titles(analysis)).toEqual([]);
  });

  it('the rest of a list the parser ran on into is no title', () => {
    const { analysis } = story({
      a: ['Wire A', 'Threats\n\nThe plot included attempts to harm his rival, Tove Arnesen, and a harbour commissioner.'],
      b: ['Paper B', 'Mayor threatened\n\nMayor Tove Arnesen received the letter on Monday.'],
    });
    expect(titles(analysis)).toEqual([]);
  });

  it('a military rank and a civil office of one person are no title disagreement', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port guard\n\nGen. Joost Vercammen sent troops to guard the cranes.'],
      b: ['Paper B', 'Troops at the port\n\nFormer defence minister Joost Vercammen sent troops to guard the cranes.'],
    });
    expect(titles(analysis)).toEqual([]);
  });

  it('guard: two ranks of one person still disagree', () => {
    const { analysis } = story({
      a: ['Wire A', 'Port guard\n\nGen. Joost Vercammen sent troops to guard the cranes.'],
      b: ['Paper B', 'Troops at the port\n\nCol. Joost Vercammen sent troops to guard the cranes.'],
    });
    expect(titles(analysis)).toHaveLength(1);
  });

  it('guard: a commissioner and a mayor of one person still disagree', () => {
    const { analysis } = story({
      a: ['Wire A', 'Threats\n\nMayor Tove Arnesen received the letter on Monday.'],
      b: ['Paper B', 'Union leader threatened\n\nCommissioner Tove Arnesen received the letter on Monday.'],
    });
    expect(titles(analysis)).toEqual([['office of Tove Arnesen', ['Commissioner (b)', 'Mayor (a)']]]);
  });
});

describe('how long something lasted', () => {
  it('reads no length in how long ago something happened', () => {
    const { analysis } = story({
      a: ['Wire A', 'Grain store fire\n\nThe fire in the grain store at Velsmark started three weeks ago, the harbour master said.'],
      b: ['Paper B', 'Store fire\n\nThe fire in the grain store at Velsmark has smouldered for four weeks.'],
    });
    expect(facts(analysis, 'number')).toEqual([]);
  });

  it('reads no length in the last figure of a range', () => {
    const { analysis } = story({
      a: ['Wire A', 'Fire on the quay\n\nThe fire on the north quay burned for three hours before crews put it out.'],
      b: ['Paper B', 'Quay fire\n\nThe fire on the north quay burned for two to four hours, the harbour master said.'],
    });
    expect(facts(analysis, 'number')).toEqual([]);
  });

  it('guard: two lengths of the fire still disagree', () => {
    const { analysis } = story({
      a: ['Wire A', 'Fire on the quay\n\nThe fire on the north quay burned for three hours before crews put it out.'],
      b: ['Paper B', 'Quay fire\n\nThe fire on the north quay burned for six hours, the harbour master said.'],
    });
    expect(facts(analysis, 'number')).toHaveLength(1);
  });
});

describe('a report and its copy in another language, in no row', () => {
  const english: [string, string] = [
    'Wire A',
    'Port at a standstill\n\nThe union said the strike had paralysed the container terminal and the ferries operations for three days.',
  ];

  it('are a row of their own', () => {
    const { analysis } = story({
      a: english,
      b: [
        'Journal B',
        'Le port à l’arrêt\n\nLe syndicat a indiqué que la grève avait paralysé le terminal de conteneurs et les opérations des ferries pendant trois jours.',
      ],
    });
    const row = clusterOf(analysis, 'a', 'The union said');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Le syndicat')).toBe(row);
  });
});
