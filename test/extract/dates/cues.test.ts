import { describe, expect, it } from 'vitest';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { tenseAround, type Tense } from '../../../src/extract/dates/cues.ts';

/** Tense around the first occurrence of `target` in `text`. */
const tense = (text: string, target: string): Tense => {
  const doc = ExtractDoc.fromText(text, '2023-02-13');
  const at = text.indexOf(target);
  return tenseAround(doc, at, at + target.length);
};

describe('tenseAround', () => {
  it.each<[string, string, Tense]>([
    ['NASA will launch the ship on Saturday.', 'Saturday', 'future'],
    ['On Saturday the crew will unload the ship.', 'Saturday', 'future'],
    ['The launch is scheduled for Saturday.', 'Saturday', 'future'],
    ['NASA plans to launch the ship Saturday.', 'Saturday', 'future'],
    ["They're expected to dock Saturday.", 'Saturday', 'future'],
    ['The crew won’t dock until Saturday.', 'Saturday', 'future'],
    ['The crew will dock on Dec. 14 at noon.', 'Dec. 14', 'future'], // "Dec." ends a naive fragment
    ['NASA said Saturday it will investigate.', 'Saturday', 'past'],
    ['The launch was scheduled for Saturday.', 'Saturday', 'past'],
    ['The planned spacewalk on Dec. 14 was canceled.', 'Dec. 14', 'past'],
    ['The ship docked Saturday.', 'Saturday', 'past'],
    ['The leak began Saturday; engineers will inspect it.', 'Saturday', 'past'],
    ["NASA's planned spacewalk on Saturday.", 'Saturday', 'unknown'],
    ['"We will not rest," the chair told reporters Monday.', 'Monday', 'past'], // the quote is another clause
    ['The chair told reporters Monday that "we will not rest."', 'Monday', 'past'],
    ['NASA said the crew will return Saturday.', 'Saturday', 'future'], // "will" between verb and date
    ['Officials said in a statement Monday that it was safe.', 'Monday', 'past'],
    ['Saturday.', 'Saturday', 'unknown'],
  ])('%s [%s] → %s', (text, target, expected) => {
    expect(tense(text, target)).toBe(expected);
  });
});

describe('tenseAround: the nearest governing words first', () => {
  it.each<[string, string, Tense]>([
    // the verb before the date governs it; a future cue later in the clause is about something else
    ['Shares closed at a low on Monday, amid worries that the state will step in.', 'Monday', 'past'],
    ['Ports stay closed until Friday, officials say.', 'Friday', 'future'],
    ['The ports were closed until Friday.', 'Friday', 'past'],
    ['The sale should be completed in October.', 'October', 'future'],
    ['The deal may be signed on March 3, an official said.', 'March 3', 'future'],
    ['The line wants to cut 40 stops by early June.', 'early June', 'future'],
    ['A hearing has been scheduled for June 3.', 'June 3', 'future'],
    ['A hearing had been scheduled for June 3.', 'June 3', 'past'],
    ['It is to be held on October 12 in Lisbon.', 'October 12', 'future'],
  ])('%s [%s] → %s', (text, target, expected) => {
    expect(tense(text, target)).toBe(expected);
  });
});
