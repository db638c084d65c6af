/** Speaker names shown to readers must be names: people, roles resolved to their holder, or organisations. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

/** Each quote of an article as [text, speaker name or null]. */
function speakersOf(source: string): Array<[string, string | null]> {
  return parseArticle({ id: 't', source }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('role phrases', () => {
  it('does not resolve “the Kenyan leader” to a holder whose title names another country', () => {
    const q = speakersOf(
      'Talks\n\nKenyan leader Amani Koros warned US President Tom Hale at a summit to stop the tariffs, officials said Thursday.\n\n“Kenya will build the line, and this is unstoppable,” the Kenyan leader said of the railway.',
    );
    expect(q.at(-1)).toEqual(['Kenya will build the line, and this is unstoppable,', 'Amani Koros']);
  });

  it('takes a country and its adjective for the same place (“the French president” after “France’s President …”)', () => {
    const q = speakersOf('Talks\n\nFrance’s President Jean Morel met Kenyan leader Amani Koros.\n\n“We will act,” the French president said.');
    expect(q[0]![1]).toBe('Jean Morel');
  });

  it('tells two-word states apart (“the New Jersey governor” is not the Ohio governor)', () => {
    const q = speakersOf('Race\n\nOhio Gov. Tom Arden spoke first.\n\n“It starts to pay off,” the New Jersey governor told reporters.');
    expect(q[0]![1]).not.toBe('Tom Arden');
  });
});

describe('organisations', () => {
  it('resolves “the department” to the department the paragraph named', () => {
    const q = speakersOf(
      'Levy\n\nIn a statement, the Department of Housing and Works said the levy would raise $4 million. The department said modelling showed “a clear rise in rentals within two years”.',
    );
    expect(q).toEqual([['a clear rise in rentals within two years', 'the Department of Housing and Works']]);
  });
});

describe('groups and organisations as subjects', () => {
  it('reads an organisation past its apposition, a described person past an aside, and a plural role', () => {
    const q = speakersOf(
      'Flood\n\nHarlow Water, the region’s water utility, said it was “cooperating fully” with inspectors.\n\nA senior nurse at the clinic, who asked not to be named, said staff were ‘at breaking point’.\n\nIn a memorandum, prosecutors wrote that Tomas Brandt “treated the fund as a piggy bank” and asked for 11 years.',
    );
    expect(q.map(([, who]) => who)).toEqual(['Harlow Water', 'A senior nurse at the clinic', 'prosecutors']);
    // A time word opening the sentence is no organisation.
    const later = speakersOf('Flood\n\nYesterday, Harlow Water, the region’s utility, said it was “cooperating fully” with inspectors.');
    expect(later[0]![1]).toBe('Harlow Water');
    // A country opening the sentence speaks; one ending an address does not.
    const country = speakersOf('Nukes\n\nEven China, Pyongyang’s only ally, said it was “resolutely opposed” to the test.');
    expect(country[0]![1]).toBe('China');
    const address = speakersOf(
      'Microbes\n\nDr. Hanna Reinholt, a microbiologist in Bremen, Germany, who was not involved, said the energy was “vanishingly small”.',
    );
    expect(address[0]![1]).toBe('Hanna Reinholt');
  });

  it('takes no long clause ending in a plural role for a group (“lamenting what the writers described”)', () => {
    const q = speakersOf('Books\n\nThe union walked out on Monday, lamenting what the writers described as “a slow death” of the trade.');
    expect(q[0]![1] ?? '').not.toMatch(/what/);
  });

  it('drops an adverb before a described source (“even a top party strategist said”)', () => {
    const q = speakersOf('Vote\n\nEven a top party strategist said Mara Lind must choose, saying, “At some point she has to pick a side.”');
    expect(q[0]![1]).toBe('a top party strategist');
  });
});

describe('role phrases before anyone is named', () => {
  it('resolves a role in a standfirst to the holder the body names after it', () => {
    const q = speakersOf(
      'Levy row\n\nTreasurer says she will not “blink first” as the crossbench demands changes\n\nTreasurer Ana Lindqvist, who designed the levy, said she had spoken to every MP.',
    );
    expect(q).toEqual([['blink first', 'Ana Lindqvist']]);
  });
});

describe('excerpts', () => {
  it('gives a fragment a country or a role is said to have spoken to the person quoted in full saying those words', () => {
    const q = speakersOf(
      'Kenya says ‘no quick fix’ to the drought as talks stall\n\nKenya on Thursday told the council that there was “no quick fix” to the drought.\n\n“There is no quick fix to this drought,” Mr Otieno said. Amos Otieno is Kenya’s envoy.',
    );
    expect(q.map(([, who]) => who)).toEqual(['Amos Otieno', 'Amos Otieno', 'Amos Otieno']);
  });

  it('leaves a fragment given to nobody as it was: it may only echo the words', () => {
    const q = speakersOf('Talks\n\nMayor Ilse Vogel met the union. “We keep a one city policy,” Vogel said. The “one city policy” drew jeers.');
    expect(q.map(([, who]) => who)).toEqual(['Ilse Vogel', null]);
  });
});

describe('unnamed sources', () => {
  it('resolves “she” to the unnamed source who spoke last, not to a person named before', () => {
    const q = speakersOf(
      'Ward\n\nHealth minister Josh Hale visited the ward on Monday.\n\nA senior nurse at the clinic, who asked not to be named, said staff were ‘at breaking point’.\n\n‘We are doing rounds in corridors,’ she said.',
    );
    expect(q.map(([, who]) => who)).toEqual(['A senior nurse at the clinic', 'A senior nurse at the clinic']);
  });
});

describe('joint subjects', () => {
  it('gives words two people agreed on to the source the sentence closes with, not to the second person', () => {
    const q = speakersOf(
      'Buses\n\nMayor Tomas Brandt and Mayor Ilse Vogel also agreed on Monday that the two cities would “share one bus network” as well as hold planning talks, according to the regional council.',
    );
    expect(q).toEqual([['share one bus network', 'the regional council']]);
  });
});

describe('written speaker names', () => {
  it('reads a pronoun followed by adverbs or an auxiliary as the pronoun, never as a name', () => {
    const q = speakersOf(
      'Talks\n\nMayor Ilse Vogel met the union on Monday. They even agreed to ‘meet every month’. She has also called the deal “a fair start.”',
    );
    // "They" is the mayor and the union: a group, so no one person.
    expect(q).toEqual([
      ['meet every month', null],
      ['a fair start.', 'Ilse Vogel'],
    ]);
  });

  it('gives no name to a subject that is a quantifier, a preposition or a clause', () => {
    const q = speakersOf(
      'Schools\n\nThe board met. Several said they would rather get “block grants” from the state. Outside the hall, chanting “Save our schools” went on. Respondents were asked: “Did you vote?”',
    );
    expect(q.map(([, who]) => who)).toEqual([null, null, null]);
  });

  it('keeps a capitalised modal as a name (“Will urged”)', () => {
    const q = speakersOf('Vote\n\nColumnist Jorge Will wrote on Sunday. Citing the attack, Will urged voters to drop their “reveries about the job.”');
    expect(q[0]![1]).toContain('Will');
  });
});

describe('pronouns', () => {
  it('reads “they” as a group, never as the last person named', () => {
    const q = speakersOf('Talks\n\nMayor Ilse Vogel met Tomas Brandt and the union leaders. They said the talks were “a fair start.”');
    expect(q).toEqual([['a fair start.', null]]);
  });

  it('gives a quotation after “with X saying” to X, not to the sentence’s subject', () => {
    const q = speakersOf(
      'Homes\n\nMayor Ilse Vogel met Tomas Brandt. They also agreed that the city would build homes, with Brandt saying he “welcomes” the plan.',
    );
    expect(q).toEqual([['welcomes', 'Tomas Brandt']]);
  });
});

describe('colon subjects', () => {
  it('takes no name before a colon that ends in an everyday word', () => {
    const q = speakersOf(
      'Summit\n\nAt the end of the press conference he answered a question about whether he still considered… Zorbu Kalend Tyrant: “Well, he runs a one-party state.”',
    );
    expect(q).toEqual([['Well, he runs a one-party state.', null]]);
  });

  it('keeps an organisation or a single name before a colon', () => {
    const q = speakersOf('Vote\n\nThe count went on. Harlow Tribune: “The count is over.” Okonkwo: “Not yet.”');
    expect(q.map(([, who]) => who)).toEqual(['Harlow Tribune', 'Okonkwo']);
  });
});

describe('colon clauses', () => {
  it('gives the quotation after a colon to the clause’s subject when the last verb’s subject names nobody', () => {
    const q = speakersOf(
      'Port\n\nAt a briefing, Mayor Ilse Vogel told reporters that she repeated what her predecessors have said: “The port stays public,” reported the Harlow Tribune.',
    );
    expect(q).toEqual([['The port stays public,', 'Ilse Vogel']]);
  });
});

describe('speech words that are no verbs', () => {
  it('does not read a speech word after an article as the verb (“a pointed warning”)', () => {
    const q = speakersOf(
      'Port\n\nMayor Ilse Vogel met Tomas Brandt. And Vogel’s message to Brandt was a pointed warning about the city’s role in the port’s “renewal” with the river.',
    );
    expect(q[0]![1]).not.toBe('Tomas Brandt');
  });
});

describe('passive and adverbial speakers', () => {
  it('gives a fragment “deemed “…” by X” to X', () => {
    const q = speakersOf('Port\n\nMayor Ilse Vogel met Tomas Brandt. The new ferry line was deemed “critically important” by Brandt to keep the port open.');
    expect(q).toEqual([['critically important', 'Tomas Brandt']]);
  });

  it('gives a fragment after “by saying” to the subject of that clause, not to the sentence’s joint subject', () => {
    const q = speakersOf(
      'Port\n\nMayor Ilse Vogel and Governor Tomas Brandt agreed on Monday to reopen the port, even as Vogel went off script by saying she still considered Brandt a “bully”.',
    );
    expect(q).toEqual([['bully', 'Ilse Vogel']]);
  });
});
