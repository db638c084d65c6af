/**
 * An article and its machine rewrite, where the rewrite rewords the quotations too: the two quotations of one speaker
 * at one place of the two texts are one row, though they share too few words to be grouped on their own. Invented
 * story; the expected groups are written from reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

const asked = 'Families kept asking when they could borrow picture books again, and today we can finally say yes,';
const reworded =
  'Households saved inquiring after they might borrow picture tales again from us over the months, and right this moment, after so many lengthy and gloomy weeks, we are able to lastly reply yes,';

const original = [
  'Library reopens',
  'The town library in Brenholt reopened on Monday after eight months of repairs to its flooded basement and roof.',
  'Head librarian Oskar Vinter said the children’s room had been rebuilt with new shelves, soft chairs and reading lamps.',
  'Volunteers carried nearly four thousand books back from the school gym where they had been stored since March.',
  `“${asked}” Vinter told the Brenholt Courier.`,
  'The council paid for most of the work, with a local bakery donating the new carpet for the basement reading room.',
  'Opening hours will stay shorter until two more staff members are hired by the council in the spring.',
].join('\n\n');
const rewrite = [
  'Library reopens its doors',
  'The city library in Brenholt reopened on Monday following eight months of repairs to its flooded cellar and roof.',
  'Chief librarian Oskar Vinter stated the children’s area had been rebuilt with fresh shelves, comfortable chairs and reading lights.',
  'Helpers carried almost four thousand books back from the school gymnasium where they had been kept since March.',
  `“${reworded}” Vinter told the Brenholt Courier on Monday.`,
  'The council covered most of the work, with a nearby bakery giving the new carpet for the cellar reading room.',
  'Opening hours will remain shorter until two extra staff members are employed by the council in the spring.',
].join('\n\n');

describe('a quotation reworded by a machine rewrite', () => {
  const { analysis } = story({ a: ['Paper A', original], b: ['Site B', rewrite] });

  it('is one row with the quotation it stands for', () => {
    const books = clusterOf(analysis, 'a', 'Families kept asking');
    expect(books).toBeDefined();
    expect(clusterOf(analysis, 'b', 'Households saved')).toBe(books);
  });
});

describe('guard: the same quotations in two articles that are no rewrite of each other', () => {
  const { analysis } = story({
    a: ['Paper A', `Library reopens\n\n“${asked}” Oskar Vinter told the Brenholt Courier.`],
    b: ['Site B', `Books are back\n\n“${reworded}” Oskar Vinter said.`],
  });

  it('leaves them apart', () => {
    expect(clusterOf(analysis, 'b', 'Households saved')).not.toBe(clusterOf(analysis, 'a', 'Families kept asking'));
  });
});
