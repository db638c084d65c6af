/**
 * Italian and Portuguese copies of a statement are told from English by their function words too (`il`, `della`,
 * `che`; `os`, `dos`, `não`), so they join the English wordings they translate on names, numbers and long words'
 * first letters, as French, German and Spanish copies do. Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const english = (outlet: string) =>
  [
    outlet,
    'Ferry evacuated\n\nAll passengers left the ferry safely on Sunday. “The ferry Aurora carried 1,250 passengers and the evacuation operation ended without serious injuries,” said port spokesman Dario Kessler. Kessler said the port would reopen on Monday.',
  ] as [string, string];

describe('a statement in Italian or Portuguese', () => {
  it('joins the English wordings it translates', () => {
    const { analysis } = story({
      a: english('A'),
      b: english('B'),
      c: [
        'C',
        'Traghetto evacuato\n\nIl portavoce del porto, Dario Kessler, ha dichiarato: «Il traghetto Aurora trasportava 1.250 passeggeri e l’operazione di evacuazione si è conclusa senza feriti gravi».',
      ],
      d: [
        'D',
        'Balsa evacuada\n\nO porta-voz do porto, Dario Kessler, disse: «O ferry Aurora transportava 1.250 passageiros e a operação de evacuação terminou sem feridos sérios».',
      ],
    });
    const row = clusterOf(analysis, 'a', 'The ferry Aurora');
    expect(row).toBeDefined();
    const members = analysis.clusters.find((c) => c.id === row)!.members;
    expect(members.find((m) => m.article === 'c')?.match.reasons).toContain('translation');
    expect(members.find((m) => m.article === 'd')?.match.reasons).toContain('translation');
  });
});
