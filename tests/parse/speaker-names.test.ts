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
});

describe('joint subjects', () => {
  it('gives words two people agreed on to the source the sentence closes with, not to the second person', () => {
    const q = speakersOf(
      'Buses\n\nMayor Tomas Brandt and Mayor Ilse Vogel also agreed on Monday that the two cities would “share one bus network” as well as hold planning talks, according to the regional council.',
    );
    expect(q).toEqual([['share one bus network', 'the regional council']]);
  });
});
