/** Speaker shapes of unseen news (issue #10, fifth round); every sentence and name here is invented. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/index.ts';

/** Each quote of an article as [text, speaker name or null]. */
function speakersOf(source: string): Array<[string, string | null]> {
  return parseArticle({ id: 't', source }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('quotations signed with a dash', () => {
  it('reads a horizontal bar, with or without a space, and keeps the signed lines as paragraphs', () => {
    const q = speakersOf(
      'What readers told us\n\n“The bridge took too long. We paid for it twice.” ― Ana Lopez\n“I cannot believe the toll went up again.”― Mara Quint\n“Nothing about the detour works.” ― Tomas Reyes.\n',
    );
    expect(q).toEqual([
      ['The bridge took too long. We paid for it twice.', 'Ana Lopez'],
      ['I cannot believe the toll went up again.', 'Mara Quint'],
      ['Nothing about the detour works.', 'Tomas Reyes'],
    ]);
  });
});

describe('headline case', () => {
  it('gives a quotation after a headline-case verb to the subject, not to a nickname reading', () => {
    const q = speakersOf('Mara Quint Calls Tom Hale ‘A Disgrace’ Over Harbour Comments.\n\nGov. Mara Quint spoke in Dunmore on Monday.');
    expect(q[0]).toEqual(['A Disgrace', 'Mara Quint']);
  });

  it('takes the capitalised words before the verb as the subject, not a name later in the headline', () => {
    const q = speakersOf('Retired Admiral Reveals ‘Troubling’ Years Of Serving Under Tom Hale.\n\nThe admiral spoke to a radio show on Monday.');
    expect(q[0]).toEqual(['Troubling', 'Retired Admiral']);
  });

  it('takes a person before the headline verb past a role in lower case (“Former Kenya leader Okafor calls …”)', () => {
    const q = speakersOf(
      "Former Kenya leader Okafor calls dam plan ‘stupid’, ‘useless.’\n\nNAIROBI — Count former President Daniel Okafor among the plan's critics.",
    );
    expect(q.map(([, s]) => s)).toEqual(['Daniel Okafor', 'Daniel Okafor']);
  });

  it('still reads a nickname between the parts of a name in a headline', () => {
    const q = speakersOf('Helena ‘Nell’ Varga Wins The Harbour Seat\n\nHelena Varga won by 300 votes.');
    expect(q[0]).toEqual(['Nell', null]);
  });
});

describe('a quotation after the sentence that introduces its speaker', () => {
  it('is not cut off from the subject by a quoted title earlier in that sentence', () => {
    const q = speakersOf(
      'Votes\n\nOn “Morning Round,” Sen. Tom Hale (Vt.), who lost the primaries to Quint, named the anger of young voters as one reason to back her. “The young people are angry. They will vote.”',
    );
    expect(q.at(-1)).toEqual(['The young people are angry. They will vote.', 'Tom Hale']);
  });
});

describe('names garbled by a wrong text encoding', () => {
  it('repairs a letter read as two characters, once or twice over, and keeps the whole name', () => {
    const record = parseArticle({
      id: 't',
      source: 'Talks\n\nPresident FranÃÂ§ois Morel said: “We stay.” Mayor RenÃ© Dupuis and Ã‰mile Roux agreed. SÃO PAULO was quiet.',
    });
    expect(record.quotes.map((q) => q.speaker?.name)).toEqual(['François Morel']);
    expect(record.text).toContain('Mayor René Dupuis and Émile Roux agreed. SÃO PAULO was quiet.');
    expect(record.warnings.map((w) => w.code)).toContain('W_MOJIBAKE_REPAIRED');
  });

  it('repairs the garbling when its letters come decomposed (A and a combining tilde)', () => {
    const record = parseArticle({ id: 't', source: 'Talks\n\nPresident FranA\u0303\u0083A\u0302§ois Morel said: “We stay.”' });
    expect(record.quotes[0]!.speaker?.name).toBe('François Morel');
  });
});

describe('quoted transcripts', () => {
  it('gives each quoted turn to the label in capitals that opens it, a person of the article when one matches', () => {
    const q = speakersOf(
      'Hale on the Sunday show\n\nOn the Sunday show, Gov. Tom Hale said the invitation was a joke.\n\nPartial transcript:\n\n“RAMIREZ: Let us start with the news. Why would he do that?\n\n“HALE: Well, look, this is serious business.\n\n“VIDEO: The crowd cheers.',
    );
    expect(q.slice(0, 2)).toEqual([
      ['RAMIREZ: Let us start with the news. Why would he do that?', 'Ramirez'],
      ['HALE: Well, look, this is serious business.', 'Tom Hale'],
    ]);
    expect(q[2]![1]).not.toBe('Video');
  });
});

describe('organisations as the subject of a fragment', () => {
  it('gives a fragment to the organisation opening its sentence when a speech word stands between them', () => {
    const q = speakersOf('Levy row\n\nThe Water Council issued a statement calling the dumping “a flagrant breach” of its rules.');
    expect(q).toEqual([['a flagrant breach', 'the Water Council']]);
  });

  it('resolves “what it called” to the organisation its sentence opens with, past a day name', () => {
    const q = speakersOf(
      'Levy row\n\nThe Regional Water Council on Friday condemned the dumping and pledged fines to stop what it called “a clear threat to the river.”',
    );
    expect(q).toEqual([['a clear threat to the river.', 'the Regional Water Council']]);
  });

  it('takes no single bare word, lower-case phrase or broken run for an organisation', () => {
    const q = speakersOf(
      'Gadgets\n\nOn day three, Pebble interrupted a podcast to tell me I “sounded tense” and laughed.\n\nSetting aside the warning about “lost revenue,” the plan went ahead.',
    );
    expect(q.map(([, s]) => s)).toEqual([null, null]);
  });
});

describe('a paragraph that announces the next one’s quotation', () => {
  it('gives the quotation opening a paragraph to the source the paragraph before names with a speech verb and a colon', () => {
    const q = speakersOf(
      'Levy row\n\nFew tenants gave money.\n\nThe Harbour Gazette reports:\n\n“In a sign of the unrest among tenants, the council closed the hall.”\n\nGov. Tom Hale answered the critics on Monday, saying:\n\n“We are not closing anything.”',
    );
    expect(q).toEqual([
      ['In a sign of the unrest among tenants, the council closed the hall.', 'the Harbour Gazette'],
      ['We are not closing anything.', 'Tom Hale'],
    ]);
  });

  it('reads a source cited with “as”, at the end of the words before or opening the sentence', () => {
    const q = speakersOf(
      'Levy row\n\nIt matters, as the Harbour Gazette notes: “The hall will stay shut.”\n\nAs the Dunmore Courier reported, even on Friday the council refused to talk:\n\n“The council is still silent.”',
    );
    expect(q.map(([, s]) => s)).toEqual(['the Harbour Gazette', 'the Dunmore Courier']);
  });
});

describe('verbs that are not attributions', () => {
  it('reads no speaker from a clause after a verb following the quotation (“… suggests that the city supports Hale”)', () => {
    const q = speakersOf(
      'Ad row\n\nThe ad shows officers greeting Tom Hale.\n\nCity Attorney Ana Lopez said in the letter that the advertisement “unmistakably and wrongfully” suggests that the city supports Tom Hale.',
    );
    expect(q).toEqual([['unmistakably and wrongfully', 'Ana Lopez']]);
  });

  it('takes a speech word after “of” and a hyphenated modifier for a noun (“a flurry of late-night posts”)', () => {
    const q = speakersOf('Ad row\n\nMara Quint says Tom Hale’s flurry of late-night posts targeting former champion Rosa Diaz was “unhinged, even for him.”');
    expect(q).toEqual([['unhinged, even for him.', 'Mara Quint']]);
  });

  it('still reads an inverted speaker led by a possessive (“added his campaign manager Jeff Moss”)', () => {
    const q = speakersOf('Race\n\nTom Hale spoke in Dunmore.\n\n“We have a path to victory,” added his campaign manager Jeff Moss, speaking to reporters.');
    expect(q).toEqual([['We have a path to victory,', 'Jeff Moss']]);
  });
});

describe('organisation subjects and names', () => {
  it('reads an organisation subject before an irregular verb (“made”)', () => {
    const q = speakersOf(
      'Levy row\n\nThe Regional Water Council on Friday made a strong condemnation of the dumping to stop what it called “a clear threat to the river.”',
    );
    expect(q).toEqual([['a clear threat to the river.', 'the Regional Water Council']]);
  });

  it('never takes “Neither” or “Either” for the first word of a name', () => {
    const record = parseArticle({ id: 't', source: 'Race\n\nSupporters gathered.\n\nNeither Okafor nor Lindqvist attended the dinner in Dunmore.' });
    expect(record.people.map((p) => p.name)).not.toContain('Neither Okafor');
  });
});

describe('capitalised quotations with a sentence break', () => {
  it('reads “Like Oakland. Or Ferguson,” as speech, while “Mr. Hale,” and a one-line title stay no one’s words', () => {
    const q = speakersOf(
      'Crime\n\nHale joked that Dunmore was his answer.\n\n“Like Oakland. Or Ferguson,” Hale said.\n\nQuint calls him “Mr. Hale,” never Tom.',
    );
    expect(q).toEqual([
      ['Like Oakland. Or Ferguson,', 'Hale'],
      ['Mr. Hale,', null],
    ]);
  });
});

describe('a place after “of <town>,”', () => {
  it('is the end of the subject, not the speaker (“Ana Lopez of Dunmore, South Carolina says”)', () => {
    const q = speakersOf('Vote\n\nAna Lopez of Dunmore, South Carolina says she thinks Hale can win if he keeps “doing what he is doing.”');
    expect(q).toEqual([['doing what he is doing.', 'Ana Lopez']]);
  });
});

describe('a relative clause naming the source', () => {
  it('gives the quotation to the subject after “which”, not to the sentence’s subject', () => {
    const q = speakersOf('Dam\n\nTom Hale criticized the dam plan, which the Water Council called “extremely careless.”');
    expect(q).toEqual([['extremely careless.', 'the Water Council']]);
  });
});
