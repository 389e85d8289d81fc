import { describe, expect, it } from 'vitest';
import { titlePrefix } from '../../../src/extract/people/title-prefix.ts';
import { docOf, expectValidSpans } from './helpers.ts';

const run = (text: string) => {
  const doc = docOf(text);
  const found = titlePrefix.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => [m.text, m.role, m.affiliation]);
};

describe('person.title-prefix', () => {
  // [sentence, [name, role, affiliation]]
  const positives: [string, [string, string, string | undefined]][] = [
    ['The crew included NASA astronaut Frank Rubio.', ['Frank Rubio', 'astronaut', 'NASA']],
    ['Transportation Secretary Pete Buttigieg visited the site.', ['Pete Buttigieg', 'Transportation Secretary', undefined]],
    ['Capt. Ana Ruiz landed the plane.', ['Ana Ruiz', 'captain', undefined]],
    ['Gov. Cuomo said the line would reopen.', ['Cuomo', 'governor', undefined]],
    ['NTSB investigator Jon Park said the brakes were checked.', ['Jon Park', 'investigator', 'NTSB']],
    ['First Officer Mark Chen was at the controls.', ['Mark Chen', 'first officer', undefined]],
    ['San Francisco police spokesman Albert Doe said.', ['Albert Doe', 'San Francisco police spokesman', undefined]],
    ['the agency\'s head Yuri Volkov said.', ['Yuri Volkov', 'head', undefined]],
    ['Passenger Frank Tate said it was fast.', ['Frank Tate', 'passenger', undefined]],
    ['Cmdr. Bryce Doe was injured.', ['Bryce Doe', 'commander', undefined]],
    ['her husband William told reporters.', ['William', 'husband', undefined]],
  ];
  it.each(positives)('%s', (text, expected) => expect(run(text)).toEqual([expected]));

  const negatives: [string, string][] = [
    ['The Roscosmos head said it was their priority.', 'a title with no name after it'],
    ['The pilot Monday said nothing.', 'a weekday is not a name'],
    ['NTSB investigators would examine the track.', 'no name'],
    ['The driver Flight 1282 was', 'a designation is not a name'],
    ['The astronaut NASA chose was young.', 'an organisation is not a name'],
    ['Officials told passenger Houston nothing.', 'a lone city is not a name'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(text)).toEqual([]));
});
