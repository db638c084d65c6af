/**
 * Grouping one statement across outlets that word it differently: fragments of a longer wording, reported
 * speech, two translations of one original, a machine rewrite that swaps words, the words given to a ministry
 * instead of the minister, and two different statements of one speaker kept apart. Invented stories; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import type { StatementCluster } from '../../src/lib/index.ts';
import { clusterOf, story } from './story.ts';

const cluster = (clusters: StatementCluster[], id: string | undefined) => clusters.find((c) => c.id === id)!;

describe('grouping that survives rewording', () => {
  it('puts fragments of a longer statement with it', () => {
    const { analysis } = story({
      a: [
        'Daily A',
        'Talks\n\n“We have made progress and reached agreement on some specific issues, and both delegations will keep talking next month in Geneva about tariffs, visas, fishing quotas and the disputed river border,” Foreign Minister Lena Hart said on Monday.',
      ],
      b: ['Daily B', 'Talks\n\nForeign Minister Lena Hart said the delegations had “made progress and reached agreement on some specific issues”.'],
      c: ['Daily C', 'Talks\n\nLena Hart, the foreign minister, told reporters the two delegations had “made progress”.'],
    });
    const id = clusterOf(analysis, 'a', 'We have made progress');
    expect(clusterOf(analysis, 'b', 'made progress and reached')).toBe(id);
    expect(clusterOf(analysis, 'c', 'made progress')).toBe(id);
    const b = cluster(analysis.clusters, id).members.find((m) => m.article === 'b')!;
    expect(b.match.reasons).toContain('fragment');
  });

  it('matches reported speech to the quote it reports', () => {
    const { analysis } = story({
      a: ['Daily A', 'Port\n\n“The port will reopen to all cargo ships on Friday once the repairs are finished,” harbour master Tomas Lind said.'],
      b: ['Daily B', 'Port\n\nHarbour master Tomas Lind said the port would reopen to cargo ships on Friday after repairs finished.'],
    });
    const id = clusterOf(analysis, 'a', 'The port will reopen');
    expect(clusterOf(analysis, 'b', 'Harbour master Tomas Lind said')).toBe(id);
    const b = cluster(analysis.clusters, id).members.find((m) => m.article === 'b')!;
    expect(b.kind).toBe('reported');
    expect(b.match.reasons[0]).toBe('reported');
  });

  it('groups two translations of one original through words of like meaning', () => {
    const { analysis } = story({
      a: [
        'Agency A',
        'Readout\n\n“China-Africa relations are healthy and steady, and China has no intention to replace anyone,” Foreign Ministry spokesperson Mao Ning said.',
      ],
      b: ['Agency B', 'Readout\n\n“China-Africa relations are sound and stable, and China does not seek to displace anyone,” spokesperson Mao Ning said.'],
    });
    const id = clusterOf(analysis, 'a', 'China-Africa relations');
    expect(id).toBeDefined();
    expect(clusterOf(analysis, 'b', 'China-Africa relations')).toBe(id);
    const c = cluster(analysis.clusters, id);
    const other = c.members.find((m) => m.match.reasons[0] !== 'representative')!;
    expect(other.match.reasons).toContain('synonyms');
    // Read off the two texts: healthy/sound, steady/stable, replace/displace (in whichever order the sides come).
    const pairs = other.match.synonyms.map((p) => [...p].sort().join('/')).sort();
    expect(pairs).toEqual(['displace/replace', 'healthy/sound', 'stable/steady']);
  });

  it('groups a machine rewrite that swaps words', () => {
    const { analysis } = story({
      a: ['Wire', 'Summit\n\n“Our talks were productive, and rivalry must not spiral into conflict,” President Ana Torres said.'],
      b: ['Rewrite', 'Summit\n\n“Our talks were fruitful, and rivalry must not turn into conflict,” President Ana Torres said.'],
    });
    const id = clusterOf(analysis, 'a', 'Our talks were');
    expect(clusterOf(analysis, 'b', 'Our talks were')).toBe(id);
    const other = cluster(analysis.clusters, id).members.find((m) => m.match.reasons[0] !== 'representative')!;
    expect(other.match.synonyms.map((p) => [...p].sort().join('/')).sort()).toEqual(['fruitful/productive', 'spiral/turn']);
  });

  it('groups the words of a minister with the same words given to the ministry', () => {
    const { analysis } = story({
      a: ['Daily A', 'Sanctions\n\n“We firmly oppose these unilateral sanctions and will take every necessary measure,” Foreign Minister Lena Hart said.'],
      b: [
        'Daily B',
        'Sanctions\n\n“We firmly oppose these unilateral sanctions and will take all necessary measures,” the foreign ministry said in a statement.',
      ],
    });
    const id = clusterOf(analysis, 'a', 'We firmly oppose');
    expect(clusterOf(analysis, 'b', 'We firmly oppose')).toBe(id);
    const c = cluster(analysis.clusters, id);
    expect(c.speaker?.name).toBe('Lena Hart');
    expect(c.members.find((m) => m.article === 'b')!.match.attributedTo).toMatch(/ministry/i);
  });

  it('keeps two different statements of one speaker apart', () => {
    const { analysis } = story({
      a: [
        'Daily A',
        'Trade\n\n“Our trade with Europe grew strongly this year, and exporters should be proud,” Trade Minister Omar Haddad said.\n\n“Our trade with Asia will grow strongly next year if the new agreement holds,” Mr. Haddad added.',
      ],
      b: [
        'Daily B',
        'Trade\n\n“Our trade with Europe grew strongly this year and exporters should be proud,” said Trade Minister Omar Haddad.\n\n“Our trade with Asia will grow strongly next year if the agreement holds,” he said.',
      ],
    });
    const europe = clusterOf(analysis, 'a', 'Our trade with Europe');
    const asia = clusterOf(analysis, 'a', 'Our trade with Asia');
    expect(europe).not.toBe(asia);
    expect(clusterOf(analysis, 'b', 'Our trade with Europe')).toBe(europe);
    expect(clusterOf(analysis, 'b', 'Our trade with Asia')).toBe(asia);
  });

  it('does not make two unrelated quotes synonyms of each other', () => {
    const { analysis } = story({
      a: ['Daily A', 'Weather\n\n“The storm will reach the coast by Friday evening,” forecaster Nina Ray said.'],
      b: ['Daily B', 'Weather\n\n“Farmers should harvest the wheat before the rain arrives,” forecaster Nina Ray said.'],
    });
    expect(clusterOf(analysis, 'a', 'The storm')).not.toBe(clusterOf(analysis, 'b', 'Farmers should'));
  });

  it('gives each row a confidence, 1 for a wording only one outlet carries', () => {
    const { analysis } = story({
      a: ['Daily A', 'Weather\n\n“The storm will reach the coast by Friday evening,” forecaster Nina Ray said.'],
      b: ['Daily B', 'Weather\n\n“The storm will reach the coast by Friday evening,” said forecaster Nina Ray.'],
    });
    const c = cluster(analysis.clusters, clusterOf(analysis, 'a', 'The storm'));
    expect(c.articleCount).toBe(2);
    expect(c.confidence).toBe(1);
    expect(c.members.map((m) => m.match.reasons[0]).sort()).toEqual(['representative', 'same-wording']);
  });
});
