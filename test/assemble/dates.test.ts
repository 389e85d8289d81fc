import { describe, expect, it } from 'vitest';
import { dateRole } from '../../src/assemble/dates.ts';
import { extractDates } from '../../src/extract/dates/index.ts';
import { doc } from '../helpers.ts';

/** Role (and event) of the first date of a one-sentence text that states the incident. */
function role(text: string, states = true) {
  const d = doc(text, '2026-03-14');
  const m = extractDates(d)[0];
  const g = dateRole(d, m, states);
  return g.event ? `${g.role}:${g.event}` : g.role;
}

describe('dateRole', () => {
  it.each([
    ['The ferry ran aground on Thursday near the pier.', 'occurred'],
    ['The ferry ran aground, the coastguard said Thursday.', 'reported'],
    ['The name of the victim of the crash emerged on Saturday.', 'reported'],
    ['The pilot fell asleep before the crash, sources claimed today.', 'reported'],
    ['Tomorrow marks the one-year anniversary of the derailment.', 'other:anniversary'],
    ['The club, pictured here in 2009, was levelled in the blast.', 'other:photo'],
    ['The capsule, which launched on Sept. 21, leaked coolant.', 'other:launch'],
  ])('%s → %s', (text, expected) => {
    expect(role(text)).toBe(expected);
  });

  it('does not let an event cue reach across a clause ("pictured in 2019, sank on Tuesday")', () => {
    const d = doc('The freighter, pictured here in 2019, sank on Tuesday.', '2026-03-14');
    const tuesday = extractDates(d).find((m) => m.text === 'Tuesday')!;
    expect(dateRole(d, tuesday, true).role).toBe('occurred');
  });
});
