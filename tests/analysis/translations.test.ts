/**
 * A statement copied in another language: a French outlet's wording of a spokesman's words shares no English word
 * with the English outlets' wordings, but keeps the ship's name, the number and most long words' first letters
 * (`évacuation` / `evacuation`). Invented story.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const english = (outlet: string) =>
  [
    outlet,
    'Ferry evacuated\n\nAll passengers left the ferry safely on Sunday. “The ferry Aurora carried 1,250 passengers and the evacuation operation ended without serious injuries,” said port spokesman Dario Kessler. Kessler said the port would reopen on Monday.',
  ] as [string, string];

describe('a statement in another language', () => {
  it('joins the English wordings it translates, saying so', () => {
    const { analysis } = story({
      a: english('A'),
      b: english('B'),
      c: [
        'C',
        'Évacuation du ferry\n\nLe porte-parole du port, Dario Kessler, a déclaré : « Le ferry Aurora transportait 1.250 passagers et l’opération d’évacuation s’est terminée sans blessures graves ». Il a ajouté que le port rouvrira lundi.',
      ],
    });
    const row = clusterOf(analysis, 'a', 'The ferry Aurora');
    expect(row).toBeDefined();
    const cluster = analysis.clusters.find((c) => c.id === row)!;
    const french = cluster.members.find((m) => m.article === 'c');
    expect(french?.text).toContain('Le ferry Aurora transportait');
    expect(french?.match.reasons).toContain('translation');
    // Its other sentence, about the port, is not that statement.
    expect(cluster.members.some((m) => m.text.includes('rouvrira'))).toBe(false);
  });

  it('does not join a sentence that only names the story’s people and places', () => {
    const { analysis } = story({
      a: english('A'),
      b: english('B'),
      c: ['C', 'Le port\n\nSelon Dario Kessler, le ferry Aurora restera à quai jusqu’à nouvel ordre au port de Marsal.'],
    });
    const row = clusterOf(analysis, 'a', 'The ferry Aurora');
    expect(analysis.clusters.find((c) => c.id === row)!.members.some((m) => m.article === 'c')).toBe(false);
  });
});
