import { describe, expect, it } from 'vitest';
import { appositionRole, roleApposition } from '../../../src/extract/people/apposition.ts';
import { docOf, expectValidSpans } from './helpers.ts';

const run = (rule: typeof appositionRole, text: string) => {
  const doc = docOf(text);
  const found = rule.extract(doc);
  expectValidSpans(doc, found);
  return found.map((m) => [m.text, m.role, m.affiliation]);
};

describe('person.apposition-role (NAME, ROLE)', () => {
  const positives: [string, [string, string, string | undefined]][] = [
    [
      "Sergei Volkov, head of Roscosmos' crewed programs later clarified the cause.",
      ['Sergei Volkov', "head of Roscosmos' crewed programs", 'Roscosmos'],
    ],
    ['John Smith, 46, a conductor from Yonkers, was hurt.', ['John Smith', 'conductor', undefined]],
    ['"We are looking," said Maria Lopez, a spokesperson for Delta Air Lines.', ['Maria Lopez', 'spokesperson', 'Delta Air Lines']],
    ['Capt. Lena Ortiz, the ferry\'s master, said the vessel lost power.', ['Lena Ortiz', 'master', undefined]],
    ['Jane Roe, an NTSB investigator, said the data was clear.', ['Jane Roe', 'investigator', 'NTSB']],
    ['Lars Berg, the commanding officer, was injured.', ['Lars Berg', 'commanding officer', undefined]],
    ['Ken Doe, director of the Office of Rail Safety, spoke.', ['Ken Doe', 'director of the Office of Rail Safety', 'Office of Rail Safety']],
    ['Joel Roe, ISS program manager, said.', ['Joel Roe', 'ISS program manager', undefined]], // the station is no affiliation
  ];
  it.each(positives)('%s', (text, expected) => expect(run(appositionRole, text)).toEqual([expected]));

  const negatives: [string, string][] = [
    ['The ship carried Ivanov, Orlov, and NASA astronaut Frank Rubio.', 'a list, not an apposition'],
    ['According to Volkov, the experts will examine the materials.', 'a plural is no one\'s role'],
    ['According to Volkov, the pilot had slowed down.', 'a clause after a fronted phrase'],
    ['Amtrak, the operator, said the train was late.', 'an organisation is not a person'],
    ['Hebridean Link, the operator, said the ferry was safe.', 'no person word: a company'],
    ['Moscow, the capital, was quiet.', 'a place is not a person'],
    ['Jane Roe, 46, of Yonkers, was hurt.', 'an age and a hometown state no role'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(appositionRole, text)).toEqual([]));
});

describe('person.role-apposition (ROLE, NAME)', () => {
  const positives: [string, [string, string, string | undefined]][] = [
    ["The ship's master, Lars Berg, declined to comment.", ['Lars Berg', 'master', undefined]],
    ["But the train's operator, William Doe, told investigators the brakes failed.", ['William Doe', 'operator', undefined]],
    ['One of the assistant conductors of the train, Maria Roe, was treated.', ['Maria Roe', 'assistant conductors', undefined]],
    ['It injured the commanding officer, Cmdr. Bryce Doe, who was evacuated.', ['Bryce Doe', 'commanding officer', undefined]],
    ["NASA's chief engineer, Jane Roe, said.", ['Jane Roe', 'chief engineer', 'NASA']],
  ];
  it.each(positives)('%s', (text, expected) => expect(run(roleApposition, text)).toEqual([expected]));

  const negatives: [string, string][] = [
    ['It docked to its mother ship, WhiteKnightTwo.', 'the title must head the phrase: "mother ship"'],
    ['When the pilot landed, Jane Roe clapped.', 'a clause before the comma'],
    ['The pilot, Flight 12 crew said, was fine.', 'no name after the comma'],
  ];
  it.each(negatives)('nothing in: %s (%s)', (text) => expect(run(roleApposition, text)).toEqual([]));
});
