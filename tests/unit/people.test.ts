/**
 * The people stage on invented sentences, one test per failure shape seen on real news (issue #10): names in
 * headline case and capitals, organisations and places that contain a name, a surname after the full name,
 * names with no title or speech verb near them. Every sentence and name here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/lib/parse/people.ts';

/** Each person found, with the text of every mention as `block:text`. */
function people(blocks: string[]): Record<string, string[]> {
  const { people: found, mentions } = findPeople(blocks);
  return Object.fromEntries(
    found.map((p, i) => [p.name, mentions.filter((m) => m.person === i).map((m) => `${m.block}:${blocks[m.block]!.slice(m.start, m.end)}`)]),
  );
}

describe('names in headlines', () => {
  it('ends a name before a headline-case verb', () => {
    expect(people(['Mayor Jeanne Dupont Makes Surprise Visit to Flooded Town', 'Mayor Jeanne Dupont toured the river bank on Sunday.'])).toEqual({
      'Jeanne Dupont': ['0:Jeanne Dupont', '1:Jeanne Dupont'],
    });
    expect(people(['Okafor Joked About the Weather', 'Chidi Okafor opened the fair.'])).toEqual({ 'Chidi Okafor': ['0:Okafor', '1:Chidi Okafor'] });
  });

  it('finds a known name written in capitals', () => {
    expect(people(['DUPONT BACK IN PARLIAMENT AFTER LONG ILLNESS', 'Jeanne Dupont returned to her seat on Tuesday.'])).toEqual({
      'Jeanne Dupont': ['0:DUPONT', '1:Jeanne Dupont'],
    });
    expect(people(['JEANNE DUPONT RETURNS', 'Jeanne Dupont returned to her seat on Tuesday.'])).toEqual({
      'Jeanne Dupont': ['0:JEANNE DUPONT', '1:Jeanne Dupont'],
    });
  });
});

describe('organisations, venues, teams and places that contain a name', () => {
  it('leaves out a centre, a hotel and a league named after someone', () => {
    expect(people(['She spoke at the Yale Paul Tsai China Center on Tuesday.'])).toEqual({});
    expect(people(['The dinner was held at the Marguerite Okafor Hotel near the station.'])).toEqual({});
    expect(people(['The deal was announced by Major League Baseball.'])).toEqual({});
  });

  it('leaves out firms named by two surnames or everyday words', () => {
    expect(people(['Advanced Medical reported higher profits, and Goldman Sachs advised on the sale.'])).toEqual({});
  });

  it('reads two census surnames as a person when the first is a rare one there (a given name elsewhere)', () => {
    expect(people(['The award went to Zdenek Kowalczyk, and Goldman Sachs advised.'])).toEqual({ 'Zdenek Kowalczyk': ['0:Zdenek Kowalczyk'] });
  });

  it('leaves out sports clubs and places that start like names', () => {
    expect(people(['Hapoel Tel Aviv beat Borussia Dortmund and the Boston Red Sox lost.'])).toEqual({});
    expect(people(['She moved from Las Cruces to San Diego in June.'])).toEqual({});
  });

  it('keeps nationality words, days and months out of the name', () => {
    expect(people(['Brazilian striker Ana Lima scored on Monday in March.'])).toEqual({ 'Ana Lima': ['0:Ana Lima'] });
  });
});

describe('names with no cue nearby', () => {
  it('reads a surname alone after the full name as the same person', () => {
    expect(people(['Ingrid Solberg opened the bakery in 2019. Solberg now employs six people.'])).toEqual({
      'Ingrid Solberg': ['0:Ingrid Solberg', '0:Solberg'],
    });
  });

  it('finds a listed given name or surname with no title or speech verb', () => {
    expect(people(['The prize went to Oluwaseun Adeyemi after a long vote.'])).toEqual({ 'Oluwaseun Adeyemi': ['0:Oluwaseun Adeyemi'] });
  });

  it('reads initials before a surname as a name', () => {
    expect(people(['J. Okonkwo scored twice and A. Lindqvist once.'])).toEqual({ 'J. Okonkwo': ['0:J. Okonkwo'], 'A. Lindqvist': ['0:A. Lindqvist'] });
  });

  it('keeps joined initials in the name, but wants a title or role with them', () => {
    expect(people(['Prime Minister K.R. Venkataraman arrived late.'])).toEqual({ 'K.R. Venkataraman': ['0:K.R. Venkataraman'] });
    expect(people(['The bank hired R.T. Hollings & Co. to advise it.'])).toEqual({});
  });

  it('takes a role word just before a name or in apposition, not across a sentence', () => {
    expect(people(['Her daughter, Kaylin, climbed aboard.'])).toEqual({ Kaylin: ['0:Kaylin'] });
    expect(people(['“Ask the farmers. Ask them what they want.”'])).toEqual({});
  });

  it('reads a country in brackets after a full name, as in results lists', () => {
    expect(people(['Lena Vasquez-Ortiz (Spain) beat Mira Tanaka (Japan) 6-3 6-4.'])).toEqual({
      'Lena Vasquez-Ortiz': ['0:Lena Vasquez-Ortiz'],
      'Mira Tanaka': ['0:Mira Tanaka'],
    });
  });
});

describe('name boundaries', () => {
  it('ends a name before "of" and the place or outlet the person comes from', () => {
    expect(people(['Rep. Dale Orvik of Montana and Mirela Vukasin of Croatia spoke first.'])).toEqual({
      'Dale Orvik': ['0:Dale Orvik'],
      'Mirela Vukasin': ['0:Mirela Vukasin'],
    });
    expect(people(['“We are ready,” said Teodor Plesca of the Riverside Gazette.'])).toEqual({ 'Teodor Plesca': ['0:Teodor Plesca'] });
  });

  it('keeps titles, firms and places joined by "of" whole', () => {
    expect(people(['The Bank of Lisbon and the Gulf of Mexico were named, and the Secretary of State left.'])).toEqual({});
  });

  it('keeps a middle initial inside the name', () => {
    expect(people(['“It was close,” said Orla T. Brennick, who chairs the board.'])).toEqual({ 'Orla T. Brennick': ['0:Orla T. Brennick'] });
  });

  it('reads a title word that is a surname after a given name as the surname', () => {
    expect(people(['“No,” said Amy Judge, a lawyer for the family. Howard Dean answered later.'])).toEqual({
      'Amy Judge': ['0:Amy Judge'],
      'Howard Dean': ['0:Howard Dean'],
    });
  });

  it('leaves a describing word at the start of a sentence out of the name', () => {
    expect(people(['Unseeded Petra Wierzba won in straight sets. Comedian Rosalind Achebe hosted.'])).toEqual({
      'Petra Wierzba': ['0:Petra Wierzba'],
      'Rosalind Achebe': ['0:Rosalind Achebe'],
    });
  });

  it('keeps a hyphenated title and a nationality after a describing word out of the name', () => {
    expect(people(['“Soon,” said Undersecretary-General Xoliswa Ndabeni.', 'Second-ranked Austrian Petra Wierzba lost.'])).toEqual({
      'Xoliswa Ndabeni': ['0:Xoliswa Ndabeni'],
      'Petra Wierzba': ['1:Petra Wierzba'],
    });
  });

  it('leaves out a group named by a place and a plural, and a demonym before a name', () => {
    expect(people(['“Yes,” said South Carolina Republicans.', '“Maybe,” said Kentuckian Petra Wierzba.'])).toEqual({
      'Petra Wierzba': ['1:Petra Wierzba'],
    });
  });

  it('leaves out a road named after someone, also after Jr.', () => {
    expect(people(['Traffic slowed on Martin Luther King Jr. Boulevard and on Rosa Parks Boulevard.'])).toEqual({});
  });
});

describe('speech verbs and "according to" before a name', () => {
  it('reads the name after a closing quotation and "said" as a person', () => {
    expect(people(['“The water is safe,” said Ikenna Obradovic. According to Sunniva Haugland, it was not.'])).toEqual({
      'Ikenna Obradovic': ['0:Ikenna Obradovic'],
      'Sunniva Haugland': ['0:Sunniva Haugland'],
    });
  });
});

describe('a surname with a cue vouches for the full name', () => {
  it('takes a full name with no cue when its surname later says something or has an honorific', () => {
    expect(people(['Xoliswa Ndabeni will open the port on Monday.', '“The ships are ready,” Ndabeni said.'])).toEqual({
      'Xoliswa Ndabeni': ['0:Xoliswa Ndabeni', '1:Ndabeni'],
    });
    expect(people(['Tadeusz Wroblewicz met the board.', 'Mr. Wroblewicz left early.'])).toEqual({
      'Tadeusz Wroblewicz': ['0:Tadeusz Wroblewicz', '1:Wroblewicz'],
    });
  });

  it('takes a surname-first name when its first word later says something', () => {
    expect(
      people([
        'Mayor Ana Lopes and Malaysia’s Qiu Haoran opened the trade fair in the old harbour hall on Monday after a year of delays.',
        '“The halls are full,” Qiu said through an interpreter.',
      ]),
    ).toEqual({
      'Ana Lopes': ['0:Ana Lopes'],
      'Qiu Haoran': ['0:Qiu Haoran', '1:Qiu'],
    });
  });

  it('reads two capitals without full stops before a surname as initials', () => {
    expect(people(['Asked by Herald reporter TJ Okonkwo whether the plan would pass, the mayor said it would.'])).toEqual({
      'TJ Okonkwo': ['0:TJ Okonkwo'],
    });
    // Without a role or title, letters before a name are a club or a firm ("FC Linz", "OM Gruppen").
    expect(people(['The harbour fund will lend money to FC Linz and OM Gruppen next year.'])).toEqual({});
  });

  it('reads two capitals after a capitalised title as initials, the title left out of the name', () => {
    expect(people(['The plan was backed by Deputy Mayor RJ Tembo and the harbour board.'])).toEqual({ 'RJ Tembo': ['0:RJ Tembo'] });
  });

  it('does not carry a name across the full stop after a title written in full', () => {
    // "Mr. Mayor." ends a sentence; "Gov." is a title written short and goes on to the name.
    expect(people(['The envoy said, “Welcome, Mr. Mayor. Thank you for the invitation.”'])).toEqual({});
    expect(people(['The plan was signed by Gov. Ana Lindqvist on Friday.'])).toEqual({ 'Ana Lindqvist': ['0:Ana Lindqvist'] });
  });

  it('leaves out an adjective or a hyphenated description that opens the sentence before a given name', () => {
    expect(people(['Defiant Maria Lindqvist said she would stay.'])).toEqual({ 'Maria Lindqvist': ['0:Maria Lindqvist'] });
    expect(people(['Scandal-hit Maria Lindqvist said she would stay.'])).toEqual({ 'Maria Lindqvist': ['0:Maria Lindqvist'] });
  });

  it('reads a given and a family name before an everyday word in a title-case headline as a person, not a business', () => {
    expect(people(['Maria Lindqvist’s Resignation Statement In Full', 'Lindqvist spoke for six minutes.'])).toEqual({
      'Maria Lindqvist': ['0:Maria Lindqvist', '1:Lindqvist'],
    });
    expect(people(['The cake came from Lindqvist’s Bakery on Main Street.'])).toEqual({});
  });

  it('takes a full name with no cue of its own when it stands in a list with two people found on their own evidence', () => {
    expect(people(['The race could include Chancellor Ngozi Okafor, Defence Secretary Tom Hale, Dumindu Wickramaratne and Pradeep Sooriyabandara.'])).toEqual({
      'Ngozi Okafor': ['0:Ngozi Okafor'],
      'Tom Hale': ['0:Tom Hale'],
      'Dumindu Wickramaratne': ['0:Dumindu Wickramaratne'],
      'Pradeep Sooriyabandara': ['0:Pradeep Sooriyabandara'],
    });
    // With one person only, the list vouches for nobody else.
    expect(people(['The race could include Chancellor Ngozi Okafor, Dumindu Wickramaratne and Pradeep Sooriyabandara.'])).toEqual({
      'Ngozi Okafor': ['0:Ngozi Okafor'],
    });
  });

  it('reads an Irish head of government’s title as a title', () => {
    expect(people(['Taoiseach Ciarán Duffy said the talks would go on.'])).toEqual({ 'Ciarán Duffy': ['0:Ciarán Duffy'] });
  });

  it('does not start a name with an -ing word that opens the sentence', () => {
    expect(people(['Deputy Mayor Ngozi Okafor spoke first.', 'Rebuking Okafor, the harbour board said the plan was late.'])).toEqual({
      'Ngozi Okafor': ['0:Ngozi Okafor', '1:Okafor'],
    });
  });

  it('does not make a person of a month written short', () => {
    expect(people(['The mayor speaks at the harbour in Lagos, Nigeria, Friday, Nov, 15, 2024, after the vote.'])).toEqual({});
  });

  it('does not take a headline’s surname and the next word as one name', () => {
    expect(people(['Council backs Okonkwo Lagos harbour plan.', 'Okonkwo said on Friday the harbour would open in May.'])).toEqual({});
  });

  it('does not make a person of a single word that only says something', () => {
    expect(people(['“Profits rose,” Vartiainen said.'])).toEqual({});
    expect(people(['Ilkka Vartiainen Holdings grew.', 'Police said the plant was closed.'])).toEqual({});
  });
});

describe('roles before a name', () => {
  it('reads a trade or role word just before a name as a cue', () => {
    expect(people(['The video showed cleric Xoliswa Ndabeni and columnist Ilkka Vartiainen.'])).toEqual({
      'Xoliswa Ndabeni': ['0:Xoliswa Ndabeni'],
      'Ilkka Vartiainen': ['0:Ilkka Vartiainen'],
    });
  });

  it('does not read a verb that looks like a plural role as one', () => {
    expect(people(['Carver Tech hosts Kaldor Lakeside on Tuesday.'])).toEqual({});
  });
});
