/**
 * A short sentence that two or more outlets quote alone is a statement of its own: a longer quotation that ends
 * (or opens) with it gives it to that row and keeps the rest in its own statement. Invented story; the expected
 * rows are written from reading it.
 */
import { describe, expect, it } from 'vitest';
import { clusterOf, story } from './story.ts';

describe('a sentence quoted alone by several outlets', () => {
  it('leaves the longer quotation that ends with it', () => {
    const { analysis } = story({
      a: ['Harbour Post', 'Mayor quits\n\n“I am sad to give up the harbour office I loved so much. But those are the rules,” Mara Quell said.'],
      b: ['Coast Daily', 'Mayor to go\n\n“But those are the rules,” Mara Quell said.'],
      c: ['Bay Times', 'Port Elm news\n\n“Those are the rules,” Mara Quell told reporters.'],
      d: ['North Wire', 'Port Elm news\n\n“I am sad to give up the harbour office I loved so much,” Mara Quell said.'],
    });
    const rules = clusterOf(analysis, 'b', 'But those are the rules');
    const sad = clusterOf(analysis, 'd', 'I am sad');
    expect(rules).toBeDefined();
    expect(sad).toBeDefined();
    expect(rules).not.toBe(sad);
    expect(clusterOf(analysis, 'c', 'Those are the rules')).toBe(rules);
    expect(clusterOf(analysis, 'a', 'But those are the rules')).toBe(rules);
    expect(clusterOf(analysis, 'a', 'I am sad')).toBe(sad);
  });

  it('stays in the quotation when only one other outlet quotes it alone', () => {
    const { analysis } = story({
      a: ['Harbour Post', 'Mayor quits\n\n“I am sad to give up the harbour office I loved so much. But those are the rules,” Mara Quell said.'],
      b: ['Coast Daily', 'Mayor to go\n\n“But those are the rules,” Mara Quell said.'],
      d: ['North Wire', 'Port Elm news\n\n“I am sad to give up the harbour office I loved so much,” Mara Quell said.'],
    });
    expect(clusterOf(analysis, 'a', 'I am sad to give up the harbour office I loved so much. But those')).toBe(clusterOf(analysis, 'd', 'I am sad'));
  });
});
