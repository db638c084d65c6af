/**
 * Grouping round 29: one speaker named by a longer and a shorter form of a name, the words left out being given names
 * written after the family name or the links and a parent's name of a name of descent (src/lib/merge.ts). Invented
 * story: a harbour strike in the river town of Oldmere.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

/** The person ids the speakers of an article's quotes carry after the story's people are merged. */
const speakerIds = (records: ReturnType<typeof story>['records'], article: string) =>
  records.find((r) => r.id === article)!.quotes.map((q) => q.speaker?.personId ?? null);

describe('one speaker named by a longer and a shorter form of the name', () => {
  it('joins a name of descent without its links and a parent’s name to the full one', () => {
    const { analysis, records } = story({
      a: ['Wire A', 'Oldmere strike\n\n“The quay will stay shut until the owners sit down with us,” union leader Tariq bin Salem al-Hadrani said on Monday.'],
      b: ['Paper B', 'Dockers hold out\n\n“The quay will stay shut until the owners come to the table,” Tariq al-Hadrani said.'],
    });
    expect(speakerIds(records, 'b')).toEqual(speakerIds(records, 'a'));
    const row = clusterOf(analysis, 'a', 'The quay will');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'The quay will')).toBe(row);
  });

  it('joins the parent’s name and the family name, the given name left out, to the one full name it fits', () => {
    const { records } = story({
      a: ['Wire A', 'Oldmere strike\n\n“Not one crane will move this week,” union leader Tariq bin Salem al-Hadrani said on Monday.'],
      b: ['Paper B', 'Dockers hold out\n\n“Not a single crane is going to move this week,” Salem al-Hadrani told reporters.'],
    });
    expect(speakerIds(records, 'b')).toEqual(speakerIds(records, 'a'));
  });

  it('joins a longer name of descent, with a grandparent’s name too, to the shorter full name most outlets write', () => {
    const { records } = story({
      a: ['Wire A', 'Oldmere strike\n\n“Not one crane will move this week,” union leader Tariq bin Salem al-Hadrani said on Monday.'],
      b: ['Paper B', 'Cranes idle\n\n“The cranes stay still all week,” Tariq bin Salem al-Hadrani said. Tariq bin Salem al-Hadrani left at noon.'],
      c: ['Site C', 'Dockers hold out\n\n“No crane will move this week,” Tariq bin Salem bin Nasser al-Hadrani said.'],
    });
    expect(speakerIds(records, 'c')).toEqual(speakerIds(records, 'a'));
  });

  it('joins a shorter form with the article written apart to the full name, however the outlets write the article', () => {
    const { records } = story({
      a: ['Wire A', 'Oldmere strike\n\n“Not one crane will move this week,” union leader Tariq bin Salem al-Hadrani said on Monday.'],
      b: ['Paper B', 'Cranes idle\n\nTariq bin Salem Al Hadrani, the union leader, said the cranes would stay still.'],
      c: ['Site C', 'Dockers hold out\n\nTariq Al Hadrani said no crane would move this week. Tariq Al Hadrani left at noon.'],
    });
    const people = (article: string) => records.find((r) => r.id === article)!.people.map((p) => p.id);
    expect(people('b')).toEqual(speakerIds(records, 'a'));
    expect(people('c')).toEqual(speakerIds(records, 'a'));
  });

  it('joins a name without the given names written after the family name to the full one', () => {
    const { analysis, records } = story({
      a: ['Wire A', 'Oldmere strike\n\n“The ferries will keep running for the islanders,” harbour master Colin Fung Wai-lok said on Monday.'],
      b: ['Paper B', 'Ferries sail\n\n“Islanders can count on the ferries to keep running,” Colin Fung told reporters.'],
    });
    expect(speakerIds(records, 'b')).toEqual(speakerIds(records, 'a'));
    const row = clusterOf(analysis, 'a', 'The ferries will');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Islanders can count')).toBe(row);
  });

  it('guard: a shorter name that fits two full names of the story goes to neither', () => {
    const { records } = story({
      a: [
        'Wire A',
        'Oldmere strike\n\n“The quay will stay shut,” union leader Tariq bin Salem al-Hadrani said. His cousin Omar bin Salem al-Hadrani runs the tug fleet.',
      ],
      b: ['Paper B', 'Dockers hold out\n\n“The tugs stay in port,” Salem al-Hadrani said.'],
    });
    const ids = speakerIds(records, 'b');
    expect(ids).not.toContain('tariq-bin-salem-al-hadrani');
    expect(ids).not.toContain('omar-bin-salem-al-hadrani');
  });
});

describe('a quote of a copy in another language that the parser gave nobody', () => {
  /** Ragna Eik's warning, another remark in a second English article, and a French copy with a quote of nobody's. */
  const articles = (french: string): Record<string, [string, string]> => ({
    a: ['Wire A', 'Oldmere strike\n\n“The situation in Oldmere remains critical and dangerous for the dockers’ families,” nurse Ragna Eik said on Monday.'],
    b: ['Paper B', 'Oldmere dockers strike\n\n“We will not sign anything before the vote on Friday,” union leader Ines Halvorsrud said.'],
    c: ['Journal C', `Grève à Oldmere\n\nLes dockers d’Oldmere sont en grève depuis lundi.\n\n${french}`],
  });

  it('joins the English statement whose quoted words it shares cognates with', () => {
    const { analysis } = story(articles('« La situation reste critique et dangereuse pour les familles des dockers. »'));
    const row = clusterOf(analysis, 'a', 'The situation');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'La situation')).toBe(row);
  });

  it('guard: stays apart when it shares only the story’s own words with a statement', () => {
    const { analysis } = story(articles('« Les dockers d’Oldmere resteront en grève tout l’hiver. »'));
    const row = clusterOf(analysis, 'c', 'Les dockers d’Oldmere resteront');
    expect(row).toBeDefined();
    expect(analysis.clusters.find((c) => c.id === row)!.articleCount).toBe(1);
  });
});

/** Each title or spelling disagreement: its subject and the versions with their articles. */
const named = (a: ReturnType<typeof story>['analysis'], kind: 'title' | 'spelling'): [string, string[]][] =>
  a.disagreements
    .filter((d) => d.kind === kind)
    .map((d) => [d.subject, d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(', ')})`).sort()]);

describe('an office or a name as a copy in another language writes it', () => {
  it('does not set an office only copies in another language give against the English one', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nGovernor Pieter Mol met the dockers on Monday.'],
      b: ['Paper B', 'Dockers meet the governor\n\nGovernor Pieter Mol promised to mediate.'],
      c: [
        'Diario C',
        'Huelga en Oldmere\n\nEl gobernador de Oldmere, Pieter Mol, se reunió el lunes con los estibadores del puerto, que están en huelga desde la semana pasada.',
      ],
    });
    expect(named(analysis, 'title')).toEqual([]);
  });

  it('guard: still sets a former holder in English against the holder', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nGovernor Pieter Mol met the dockers on Monday.'],
      b: ['Paper B', 'Dockers meet the governor\n\nFormer Governor Pieter Mol promised to mediate.'],
      c: [
        'Diario C',
        'Huelga en Oldmere\n\nEl gobernador de Oldmere, Pieter Mol, se reunió el lunes con los estibadores del puerto, que están en huelga desde la semana pasada.',
      ],
    });
    expect(named(analysis, 'title').map(([subject]) => subject)).toEqual(['office of Pieter Mol']);
  });

  it('reads a rank’s abbreviation as the rank', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nStaff Sergeant Ragna Eik of the harbour police was hurt at the gates.'],
      b: ['Paper B', 'Gate clashes\n\nStaff Sgt Ragna Eik was hurt in the clashes and kept in hospital overnight.'],
    });
    expect(named(analysis, 'title')).toEqual([]);
  });

  it('takes a given name written as an initial for no other spelling', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nUnion leader Ines Halvorsrud met the port company on Monday.'],
      b: ['Journal B', 'Grève à Oldmere\n\nLa dirigeante syndicale Ines Halvorsrud a rencontré la direction du port lundi. M. Halvorsrud a refusé.'],
      c: ['Paper C', 'Talks fail\n\nIines Halvorsrud, the union leader, left the talks early.'],
    });
    expect(named(analysis, 'spelling').filter(([, versions]) => versions.some((v) => v.startsWith('M.')))).toEqual([]);
  });
});

describe('a surname written with one letter in place of another', () => {
  it('is a spelling disagreement where the parser did not take it for the person', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nUnion leader Ines Halvorsrud met the port company on Monday.'],
      b: ['Paper B', 'Talks fail\n\nInes Halvorsrud left the talks early on Monday.'],
      c: ['Site C', 'Strike goes on\n\nOf the nine demands, Halvorsred dropped two.'],
    });
    expect(named(analysis, 'spelling')).toEqual([['spelling of Ines Halvorsrud', ['Halvorsred (c)', 'Halvorsrud (a, b)']]]);
  });

  it('guard: a shorter surname one letter off is not read as a slip', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nUnion leader Ines Mollen met the port company on Monday.'],
      b: ['Paper B', 'Talks fail\n\nInes Mollen left the talks early on Monday.'],
      c: ['Site C', 'Strike goes on\n\nOf the nine demands, Mallen dropped two.'],
    });
    expect(named(analysis, 'spelling')).toEqual([]);
  });
});

describe('a report of a copy in another language that no row holds', () => {
  /** Two English reports of Ragna Eik's warning, a French copy reporting her, and four reports of other things. */
  const articles = (french: string): Record<string, [string, string]> => ({
    a: ['Wire A', 'Oldmere strike\n\nNurse Ragna Eik said the hospital was running out of medical supplies.'],
    b: ['Paper B', 'Clinic busy\n\nRagna Eik told reporters the hospital was short of medical supplies.'],
    c: [
      'Journal C',
      `Grève à Oldmere\n\nLes dockers d’Oldmere sont en grève depuis lundi et le port est à l’arrêt.\n\n${french}\n\nLes négociations avec la compagnie du port doivent reprendre jeudi à la mairie.`,
    ],
    d: ['Site D', 'Ferries sail\n\nPieter Mol said the island ferries would keep sailing from the old pier.'],
    e: ['Site E', 'Union vote\n\nInes Halvorsrud said the union would vote on the offer on Friday.'],
    f: ['Site F', 'Cranes idle\n\nThe cranes at the container terminal stood still for a third day.'],
    g: ['Site G', 'Lorries wait\n\nA queue of lorries stretched along the ring road into the port.'],
  });

  it('joins its speaker’s English reports it shares cognates with', () => {
    const { analysis } = story(articles('Ragna Eik, infirmière en chef, a déclaré que l’hôpital manquait de matériel médical.'));
    const row = clusterOf(analysis, 'a', 'Nurse Ragna Eik');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Ragna Eik')).toBe(row);
    expect(clusterOf(analysis, 'c', 'Ragna Eik')).toBe(row);
  });

  it('guard: stays apart when it shares only names with them', () => {
    const { analysis } = story(articles('Ragna Eik, infirmière en chef, a déclaré que les dockers d’Oldmere resteraient en grève tout l’hiver.'));
    const row = clusterOf(analysis, 'a', 'Nurse Ragna Eik');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'c', 'Ragna Eik')).not.toBe(row);
  });
});

describe('a phrase quoted alone with and without its word of degree', () => {
  it('is one row of its speaker', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nHarbour master Pieter Mol called the night blockade “truly reckless” on Monday.'],
      b: ['Paper B', 'Blockade criticised\n\nThe blockade was “reckless,” Pieter Mol said, as lorries queued on the ring road.'],
    });
    const row = clusterOf(analysis, 'a', 'truly reckless');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'b', 'reckless')).toBe(row);
  });

  it('guard: stays two rows when two speakers say them', () => {
    const { analysis } = story({
      a: ['Wire A', 'Oldmere strike\n\nHarbour master Pieter Mol called the night blockade “truly reckless” on Monday.'],
      b: ['Paper B', 'Blockade criticised\n\nThe blockade was “reckless,” union leader Ines Halvorsrud said, as lorries queued on the ring road.'],
    });
    expect(clusterOf(analysis, 'b', 'reckless')).not.toBe(clusterOf(analysis, 'a', 'truly reckless'));
  });
});
