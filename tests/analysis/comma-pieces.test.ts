/**
 * One outlet quotes two remarks of one speaker as one quotation; another quotes them as two, the first cut by a
 * comma before "I" ("On behalf of …, I offer …"), a comma nobody else cuts at. The two remarks are two statements:
 * the comma-cut quote, whole in one of them, is a wording of its own there. Invented story; the expected groups are
 * written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const wreck =
  'The sunken ferry Marlen Star was located by a remote diving robot sixty metres below the surface of the northern channel on Thursday evening.\n\nDivers from the naval reserve inspected the broken hull overnight and recovered a damaged cabin door near the stern.';
const lift = 'Salvage crews plan to lift the wreck from the seabed next spring once winter storms have passed over the channel.';
const together = `Ferry search ends\n\n${wreck}\n\n“On behalf of the harbour police and the whole lifeboat service I offer my heartfelt sympathy to the relatives. I can only guess how long these nights have been for them and I trust that this finding brings a little peace in these bleak days,” Harbour Chief Anneli Voss said.\n\n${lift}`;
const apart =
  'Wreck of ferry found\n\n“On behalf of the harbour police and the whole lifeboat service, I offer my heartfelt sympathy to the relatives,” Harbour Chief Anneli Voss said on Friday.\n\n“I can only guess how long these nights have been for them and I trust that this finding brings a little peace, in these bleak days,” Voss added.';

/** A machine rewrite of the first article, sentence for sentence, that reports the first remark in its own words. */
const rewrite =
  'Ferry wreck located\n\nThe sunken ferry Marlen Star was found by a remote underwater robot sixty metres beneath the surface of the northern channel on Thursday night.\n\nNaval reserve divers examined the broken hull during the night and retrieved a damaged cabin door close to the stern.\n\nVoss extended her heartfelt sympathy to the grieving relatives.\n\nSalvage teams intend to raise the wreck from the seabed next spring after the winter storms have passed over the channel.';

describe('a quotation cut at a comma nobody else cuts at', () => {
  it('stands as a wording of its own: the remarks quoted together elsewhere are two statements', () => {
    const { analysis } = story({ a: ['Wire A', together], b: ['Paper B', apart] });
    const sympathy = clusterOf(analysis, 'b', 'On behalf');
    const peace = clusterOf(analysis, 'b', 'I can only');
    expect(sympathy).toBeDefined();
    expect(peace).toBeDefined();
    expect(sympathy).not.toBe(peace);
    expect(clusterOf(analysis, 'a', 'On behalf')).toBe(sympathy);
    expect(clusterOf(analysis, 'a', 'I can only')).toBe(peace);
  });

  it('gives the sentence a rewrite puts in place of the split quotation to the piece it shares words with', () => {
    const { analysis } = story({ a: ['Wire A', together], b: ['Paper B', apart], c: ['Copy C', rewrite] });
    const sympathy = clusterOf(analysis, 'b', 'On behalf');
    expect(sympathy).not.toBe(clusterOf(analysis, 'b', 'I can only'));
    expect(clusterOf(analysis, 'c', 'Voss extended')).toBe(sympathy);
  });
});
