import { describe, expect, it } from 'vitest';
import { compromisePeople } from '../../../src/extract/people/compromise-people.ts';
import { docOf, expectValidSpans } from './helpers.ts';

const names = (text: string) => {
  const doc = docOf(text);
  const found = compromisePeople.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => m.text);
};

describe('person.compromise', () => {
  // [sentence, names expected]
  const positives: [string, string[]][] = [
    ['Capt. Lena Ortiz said the ferry lost power.', ['Lena Ortiz']], // title cut off
    ['Transportation Secretary Pete Buttigieg visited.', ['Pete Buttigieg']],
    ['The spacewalk involving Sergey Ivanov and Dmitri Orlov was canceled.', ['Sergey Ivanov', 'Dmitri Orlov']],
    ['Whitney Houston sang.', ['Whitney Houston']], // a city as a surname after a first name
    ['Frank Rubio\'s suit was checked.', ['Frank Rubio']], // possessive dropped
    ['The board, led by Anna de Vries, met.', ['Anna de Vries']], // particle inside a name
    ['It hit the runway at Jorge Almeida ("Portela" to locals) at noon.', ['Jorge Almeida']], // a bracket ends the name
  ];
  it.each(positives)('%s', (text, expected) => expect(names(text)).toEqual(expected));

  // sentences where compromise reads a person that is not one
  const negatives: [string, string][] = [
    ['The hatch between the station and the Progress MS-21 had been locked.', 'designation: "Progress MS"'],
    ['They were preparing the EVA-56 spacewalk.', 'designation: "EVA"'],
    ['The controllers in both Houston and Moscow noticed the leak.', 'a city coordinated with a city'],
    ['The accident in Chester was the latest.', 'a lone word after "in"'],
    ['The destroyer USS John Doe was struck.', 'a ship named after a person'],
    ['It is an Arleigh Burke-class destroyer.', 'a class name'],
    ['The Fitzgerald returned to port.', '"the" before a bare name'],
    ['It joined the Ronald Reagan Strike Group.', 'an organisation named after a person'],
    ['The jet stopped at Mitchell airport.', 'a facility named after a person, lowercase facility word'],
  ];
  it.each(negatives)('no person in: %s (%s)', (text) => expect(names(text)).toEqual([]));
});
