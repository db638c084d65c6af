/**
 * Disagreements about places, sayers and participants: the place of one event, a statement an office reports
 * and the person makes, and one outlet naming a different participant. Invented stories; the expected
 * versions are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { story } from './story.ts';

const summary = (a: ReturnType<typeof story>['analysis'], kind: string) =>
  a.disagreements.filter((d) => d.kind === kind).map((d) => d.versions.map((v) => `${v.value} (${v.sources.map((s) => s.article).join(',')})`).join(' | '));

describe('the place of one event', () => {
  it('finds a press conference put in two places, with both sentences', () => {
    const { analysis } = story({
      a: ['Daily A', 'Visit\n\nPrime minister Elena Vask will speak at a press conference in Tallinn after the talks.'],
      b: ['Daily B', 'Visit\n\nElena Vask told a press conference at the Kadriorg Palace that the talks went well.'],
    });
    expect(summary(analysis, 'venue')).toEqual(['Tallinn (a) | Kadriorg Palace (b)']);
    const d = analysis.disagreements.find((x) => x.kind === 'venue')!;
    expect(d.compatible).toBe(false);
    expect(d.versions[1]!.sources[0]!.sentence).toContain('told a press conference at the Kadriorg Palace');
  });

  it('says nothing when an outlet puts one place inside the other, or the other place is an earlier event', () => {
    const { analysis } = story({
      a: ['Daily A', 'Visit\n\nElena Vask will speak at a press conference in Tallinn after the talks. The Kadriorg Palace in Tallinn was closed.'],
      b: ['Daily B', 'Visit\n\nElena Vask told a press conference at the Kadriorg Palace that the talks went well.'],
      c: ['Daily C', 'Visit\n\nElena Vask held her last press conference in Riga in 2022.'],
    });
    expect(summary(analysis, 'venue')).toEqual([]);
  });
});

describe('who made a statement', () => {
  it('finds an office reporting what a person said, against the person saying it', () => {
    const { analysis } = story({
      a: ['Daily A', 'Dam\n\nThe Interior Ministry said Daniel Kovac raised the flooding of the lower valley farms and the missing compensation payments.'],
      b: ['Daily B', 'Dam\n\nDaniel Kovac said he raised the flooding of the lower valley farms and the missing compensation payments.'],
    });
    expect(summary(analysis, 'attribution')).toEqual(['The Interior Ministry (a) | Daniel Kovac (b)']);
    expect(analysis.disagreements.find((d) => d.kind === 'attribution')!.compatible).toBe(true);
  });
});

describe('who took part', () => {
  const usual = (outlet: string) =>
    [outlet, 'Summit\n\nPresident Anna Holm met President Teo Marr on Friday. The meeting between Holm and Marr lasted an hour.'] as [string, string];

  it('finds the one outlet that names another president at the meeting', () => {
    const { analysis } = story({
      a: usual('Daily A'),
      b: usual('Daily B'),
      c: usual('Daily C'),
      d: ['Daily D', 'Summit\n\nThe long-awaited meeting between President Anna Holm and President Viktor Lund on Friday was short.'],
    });
    expect(summary(analysis, 'participant')).toEqual(['Teo Marr (a,b,c) | Viktor Lund (d)']);
  });

  it('leaves alone a second meeting with someone of another office', () => {
    const { analysis } = story({
      a: usual('Daily A'),
      b: usual('Daily B'),
      c: usual('Daily C'),
      d: ['Daily D', 'Summit\n\nPresident Anna Holm also met Finance Minister Viktor Lund on Friday.'],
    });
    expect(summary(analysis, 'participant')).toEqual([]);
  });
});
