/**
 * A fact a statement reports, stated plainly (no speech verb) by an article and by its machine rewrite: each plain
 * sentence alone shares too few words with the statement to be taken as a repeat, but the two stand at one place of
 * two texts that are one text reworded, and each reports the statement as reported speech would. Invented story; the
 * expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const ministry =
  'Relief for flooded farms\n\nThe grants can pay for temporary shelter and roof repairs, cheap loans to cover uninsured crop losses and other help for farm owners, the farming ministry said on Monday.';
const partial =
  'Flood aid approved\n\nThe ministry listed “grants for temporary shelter and roof repairs, cheap loans to cover uninsured crop losses, and other programmes to help farm owners recover.”';
const original = (aid: string) =>
  `Minister signs flood order\n\nMinister Hedda Sorvik signed a relief order for the flooded Tarrow valley on Sunday after the river burst its banks near Kellin.\n\n${aid}\n\nThe Tarrow valley lost most of its barley harvest, and several bridges near Kellin were swept away by the water.\n\nVolunteers from nearby villages filled sandbags through the night to protect the old mill and the school.`;
const rewrite = (aid: string) =>
  `Flood order signed\n\nMinister Hedda Sorvik put her name to a relief order for the flooded Tarrow valley on Sunday after the river overflowed its banks close to Kellin.\n\n${aid}\n\nThe Tarrow valley lost the bulk of its barley harvest, and a number of bridges close to Kellin were carried away by the water.\n\nVolunteers from neighbouring villages filled sandbags all night to shield the old mill and the school.`;

describe('a fact stated plainly by an article and its rewrite', () => {
  it('joins the statement both sentences report', () => {
    const { analysis } = story({
      b: ['Wire B', ministry],
      d: ['Paper D', partial],
      a: ['Site A', original('The relief order signed by the minister will pay for temporary shelter, roof repairs and uninsured crop losses in the valley.')],
      c: [
        'Copy C',
        rewrite('The relief order by the minister will unlock money for temporary shelter options, roof repairs and help with uninsured crop losses.'),
      ],
    });
    const row = clusterOf(analysis, 'b', 'The grants');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'd', 'grants for')).toBe(row);
    expect(clusterOf(analysis, 'a', 'The relief order signed')).toBe(row);
    expect(clusterOf(analysis, 'c', 'The relief order by')).toBe(row);
  });

  it('leaves out a pair that shares only a word or two with it', () => {
    const { analysis } = story({
      b: ['Wire B', ministry],
      d: ['Paper D', partial],
      a: ['Site A', original('Farm owners in the valley expect the water to recede by the end of the week.')],
      c: ['Copy C', rewrite('Farm owners in the valley hope the water will go down before the week is out.')],
    });
    const row = clusterOf(analysis, 'b', 'The grants');
    expect(clusterOf(analysis, 'a', 'Farm owners')).not.toBe(row);
    expect(clusterOf(analysis, 'c', 'Farm owners')).not.toBe(row);
  });
  it('leaves out a pair whose numbers the statement does not hold: an earlier toll is another fact', () => {
    const toll =
      'Toll rises in Tarrow valley\n\nAt least 212 people were killed and 340 injured when the swollen river burst its banks near Kellin and swept through three villages, the interior ministry said on Tuesday.';
    const tollCopy =
      'Flood toll climbs\n\nThe interior ministry said at least 212 people had been killed and 340 injured when the swollen river burst its banks near Kellin and swept through three villages.';
    const { analysis } = story({
      b: ['Wire B', toll],
      d: ['Paper D', tollCopy],
      a: ['Site A', original('At least 103 people were killed and 150 others injured after the river burst its banks near Kellin early on Sunday morning.')],
      c: ['Copy C', rewrite('At least 103 people were killed and 150 others hurt when the river burst its banks close to Kellin before dawn on Sunday.')],
    });
    const row = clusterOf(analysis, 'b', 'At least 212');
    expect(row).toBeDefined();
    expect(clusterOf(analysis, 'd', 'The interior ministry')).toBe(row);
    expect(clusterOf(analysis, 'a', 'At least 103')).not.toBe(row);
    expect(clusterOf(analysis, 'c', 'At least 103')).not.toBe(row);
  });
});
