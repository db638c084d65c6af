/** Load the seed collection and the hand annotations (the helpers live with the eval script, which the tests share). */
export { ROOT, expectations, seedCorpus } from '../../scripts/eval/handsets.ts';
export { same, speakerKey, expectedSpeakerKey, type Expected, type ExpectedQuote } from '../../scripts/eval/annotations.ts';
