import { describe, expect, it } from 'vitest';
import { inCredit, inVehicleName } from '../../src/assemble/orgs.ts';
import type { NamedMention } from '../../src/extract/types.ts';

const org = (text: string, whole: string, ruleId = 'org.compromise'): NamedMention => {
  const start = whole.indexOf(text);
  return { kind: 'organization', text, name: text, start, end: start + text.length, ruleId, sentence: 0 };
};

describe('inCredit', () => {
  it.each([
    ['The driver (via Instagram) was named on Monday.', 'Instagram', true],
    ['(Staff / Acme Maps)', 'Acme Maps', true],
    ['The National Safety Office (NSO) said the line was closed.', 'NSO', false],
    ['Acme Rail said the line was closed (for now).', 'Acme Rail', false],
  ])('%s [%s] → %s', (text, name, expected) => expect(inCredit(text, org(name, text))).toBe(expected));
});

describe('inVehicleName', () => {
  const text = 'The tanker Orion Star hit the pier.';
  const vehicle = { start: text.indexOf('Orion Star'), end: text.indexOf('Orion Star') + 10, generic: false };
  it('a guessed organisation inside a named vehicle is part of its name', () => {
    expect(inVehicleName(org('Orion', text), [vehicle])).toBe(true);
  });
  it('an organisation found by the lexicon or a suffix stays ("Amtrak" in "Amtrak train 89")', () => {
    expect(inVehicleName(org('Orion', text, 'org.lexicon'), [vehicle])).toBe(false);
  });
  it('a generic vehicle phrase names nothing', () => {
    expect(inVehicleName(org('Orion', text), [{ ...vehicle, generic: true }])).toBe(false);
  });
});
