/**
 * No dependence on the machine clock or time zone: the same input gives the same output under
 * any TZ (Node reads process.env.TZ again when it is set), and twice in a row.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { seedText } from '../../helpers.ts';
import { ExtractDoc } from '../../../src/extract/doc.ts';
import { extractDates } from '../../../src/extract/dates/index.ts';

const SEED = seedText();
const MORE = 'It leaked yesterday at 9 p.m. EST. The crew met last week and will meet next Saturday. '
  + 'On Feb. 11 at 0412 GMT it fell; three years ago today it flew. In Q3 profits fell for two months. '
  + 'On Dec. 31 at 11:30 p.m. local time the year ended. It happened Jan. 1 at 00:30 JST.';
const run = (): string =>
  JSON.stringify([extractDates(ExtractDoc.fromText(SEED, '2023-02-13')), extractDates(ExtractDoc.fromText(MORE, '2023-01-01')), extractDates(ExtractDoc.fromText(MORE, null))]);

describe('determinism', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same output under every time zone', () => {
    process.env.TZ = 'UTC';
    const reference = run();
    process.env.TZ = 'Asia/Tokyo';
    expect(new Date(Date.UTC(2023, 0, 1)).getTimezoneOffset(), 'this runtime switches TZ').toBe(-540);
    for (const tz of ['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
      process.env.TZ = tz;
      expect(run(), tz).toBe(reference);
    }
  });

  it('gives the same output twice', () => {
    expect(run()).toBe(run());
  });
});
