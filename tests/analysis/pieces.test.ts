/**
 * Wordings that hold more or less than one statement: a quotation that runs two statements together, a
 * reporter's sentence around a partial quote, the same short phrase quoted alone by two outlets, a one-word
 * quote that only happens to be in a longer statement. Invented stories; the expected groups are written from
 * reading the texts.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a quotation that runs two statements together', () => {
  const harbour = 'We will keep the night ferries running through the whole winter season for every island.';
  const fares = 'Nobody will pay more for a ticket to the mainland clinic or the secondary school before next autumn.';

  it('is split between the two statements that other outlets quote apart, each sentence once', () => {
    const { analysis } = story({
      a: ['Daily A', `Ferries\n\n“${harbour} ${fares}” transport minister Ilse Varga said on Monday.`],
      b: ['Daily B', `Ferries\n\n“${harbour}” transport minister Ilse Varga told the council.`],
      c: ['Daily C', `Ferries\n\n“${fares}” Ilse Varga, the transport minister, said.`],
    });
    const ferries = clusterOf(analysis, 'b', 'We will keep');
    const tickets = clusterOf(analysis, 'c', 'Nobody will pay');
    expect(ferries).toBeDefined();
    expect(tickets).not.toBe(ferries);
    expect(clusterOf(analysis, 'a', 'We will keep')).toBe(ferries);
    expect(clusterOf(analysis, 'a', 'Nobody will pay')).toBe(tickets);
    // Each sentence of A's quote is in one row only, and the two pieces point at the same quote.
    const pieces = analysis.clusters.flatMap((c) => c.members).filter((m) => m.article === 'a');
    expect(pieces.map((m) => m.text).sort()).toEqual([harbour, fares].sort());
    expect(new Set(pieces.map((m) => m.quote)).size).toBe(1);
  });

  it('stays whole when every outlet quotes the two sentences together', () => {
    const { analysis } = story({
      a: ['Daily A', `Ferries\n\n“${harbour} ${fares}” transport minister Ilse Varga said on Monday.`],
      b: ['Daily B', `Ferries\n\n“${harbour} ${fares}” Ilse Varga said.`],
    });
    const members = analysis.clusters.flatMap((c) => c.members);
    expect(members.map((m) => m.text)).toEqual([`${harbour} ${fares}`, `${harbour} ${fares}`]);
    expect(clusterOf(analysis, 'a', 'We will keep')).toBe(clusterOf(analysis, 'b', 'We will keep'));
  });
});

describe("a reporter's sentence around a partial quote", () => {
  it('carries the statement its own words report, beside the statement its quote belongs to', () => {
    const { analysis } = story({
      a: ['Daily A', 'Dam\n\n“The valley farms must get their water back before the planting season,” governor Rafael Ostrova said.'],
      b: ['Daily B', 'Dam\n\n“The new dam on the upper river will be finished, and that is certain,” governor Rafael Ostrova said.'],
      c: [
        'Daily C',
        'Dam\n\nThe two sides stayed apart, with governor Rafael Ostrova telling the board the valley farms must get their water back before planting and that the dam was “certain”.',
      ],
    });
    const water = clusterOf(analysis, 'a', 'The valley farms');
    expect(clusterOf(analysis, 'c', 'The two sides stayed apart')).toBe(water);
    // The quote itself ("certain") goes with the dam statement it is a word of.
    expect(clusterOf(analysis, 'c', 'certain')).toBe(clusterOf(analysis, 'b', 'The new dam'));
    expect(clusterOf(analysis, 'b', 'The new dam')).not.toBe(water);
  });

  it('gives way to its quote when the quote is grouped with the statement it reports', () => {
    const { analysis } = story({
      a: ['Daily A', 'Vote\n\n“The bridge tolls will be cut in half for residents from June,” mayor Petra Lindqvist said.'],
      b: ['Daily B', 'Vote\n\nMayor Petra Lindqvist said “the bridge tolls will be cut in half” for residents.'],
    });
    const b = analysis.clusters.flatMap((c) => c.members).filter((m) => m.article === 'b');
    expect(b.map((m) => m.kind)).toEqual(['partial']);
    expect(clusterOf(analysis, 'b', 'the bridge tolls')).toBe(clusterOf(analysis, 'a', 'The bridge tolls'));
  });
});

describe("a reporter's sentence that reports two statements", () => {
  it('keeps in a statement only the clauses that report it', () => {
    const { analysis } = story({
      a: ['Daily A', 'Port\n\n“The new container port will open to ships from every country next spring,” minister Carla Jensen said.'],
      b: ['Daily B', 'Port\n\n“Fishing families will be paid for every boat they lose to the works,” minister Carla Jensen said.'],
      c: [
        'Daily C',
        'Port\n\nMinister Carla Jensen said the new container port would open to ships from every country next spring, and said fishing families would be paid for each boat lost to the works.',
      ],
    });
    const port = clusterOf(analysis, 'a', 'The new container port');
    const boats = clusterOf(analysis, 'b', 'Fishing families');
    expect(port).not.toBe(boats);
    // C's sentence is in the port row only as far as it reports the port.
    const inPort = analysis.clusters.find((x) => x.id === port)!.members.find((m) => m.article === 'c')!;
    expect(inPort.text).toBe('Minister Carla Jensen said the new container port would open to ships from every country next spring,');
    expect(clusterOf(analysis, 'c', 'and said fishing families')).toBe(boats);
  });
});

describe('short quotes', () => {
  it('groups the same short phrase quoted alone by two outlets, with row ids apart from other rows', () => {
    const { analysis } = story({
      a: ['Daily A', 'Talks\n\nEnvoy Mara Quist said the talks were “brutally honest” and left early.'],
      b: ['Daily B', 'Talks\n\nThe meeting was “brutally honest”, envoy Mara Quist told reporters.'],
      c: ['Daily C', 'Talks\n\nEnvoy Mara Quist called the session “brutally honest” on Tuesday.'],
    });
    const id = clusterOf(analysis, 'a', 'brutally honest');
    expect(id).toBeDefined();
    expect(clusterOf(analysis, 'b', 'brutally honest')).toBe(id);
    expect(clusterOf(analysis, 'c', 'brutally honest')).toBe(id);
    const ids = analysis.clusters.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a one-word quote out of a statement that merely contains the word', () => {
    const { analysis } = story({
      a: ['Daily A', 'Summit\n\n“Well, look, the harbour deal is finished and the fishing fleets can sail again,” premier Odile Sarr said.'],
      b: ['Daily B', 'Summit\n\n“Well, the harbour deal is finished and the fishing fleets can sail again,” premier Odile Sarr said.'],
      c: ['Daily C', 'Summit\n\n“The harbour deal is finished and the fleets can sail again,” premier Odile Sarr said.'],
      d: ['Daily D', 'Summit\n\nAsked how the dinner went, premier Odile Sarr said it went “well”.'],
    });
    const deal = clusterOf(analysis, 'a', 'Well, look');
    expect(clusterOf(analysis, 'c', 'The harbour deal')).toBe(deal);
    expect(clusterOf(analysis, 'd', 'well')).not.toBe(deal);
  });

  it('puts a fragment that goes on from the quote before it in that quote’s statement', () => {
    const { analysis } = story({
      a: [
        'Daily A',
        'Mine\n\n“The old copper mine will close for good at the end of the year,” governor Nadia Sorel said, adding that the decision “is final and cannot be changed.”',
      ],
      b: [
        'Daily B',
        'Mine\n\n“The old copper mine will close for good at the end of the year,” governor Nadia Sorel said. “It is final and cannot be changed.”',
      ],
      c: ['Daily C', 'Mine\n\nGovernor Nadia Sorel said the old copper mine would close. Asked about jobs, she said the plan was “final”.'],
    });
    const mine = clusterOf(analysis, 'a', 'The old copper mine');
    expect(clusterOf(analysis, 'a', 'is final')).toBe(mine);
    // No words say C's "final" goes on from a quote: it stays out.
    expect(clusterOf(analysis, 'c', 'final')).not.toBe(mine);
  });

  it('reads the speaker of an unattributed fragment from its sentence', () => {
    const { analysis } = story({
      a: ['Daily A', 'Trade\n\nMinister Aiko Brandt said the trade talks were “some of the most productive and constructive we have had”.'],
      b: ['Daily B', 'Trade\n\nAiko Brandt also said that the talks she held with her counterpart were “constructive and fruitful,” aides added.'],
    });
    expect(clusterOf(analysis, 'b', 'constructive and fruitful')).toBe(clusterOf(analysis, 'a', 'some of the most'));
  });
});
