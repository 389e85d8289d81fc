import { describe, expect, it } from 'vitest';
import type { ReconciledIncident } from '../../src/schema/index.ts';
import { dayLabel, occurrence, timeline, timePoint } from '../../src/report/timeline.ts';

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

describe('timePoint', () => {
  it.each([
    ['2023-02-11', '2023-02-11', 'day'],
    ['2022-12-14T19:45-05:00', '2022-12-14', 'time'],
    ['2026-01-28T00:00', '2026-01-28', 'time'],
    ['2025-05', '2025-05-01', 'month'],
    ['2025', '2025-01-01', 'year'],
    ['2026-W13', '2026-03-23', 'week'],
    ['2021-W01', '2021-01-04', 'week'],
  ])('%s → %s (%s)', (value, first, granularity) => {
    expect(timePoint(value)).toEqual({ day: day(first), granularity });
  });

  it.each(['XXXX-12-14', 'XXXX-WXX-2', 'PT10H', '2023-02-30', '2023-13', '2026-W54', 'yesterday', ''])('%s is undated (negative case)', (value) => {
    expect(timePoint(value)).toBeNull();
  });

  it('dayLabel reads a day number back', () => expect(dayLabel(day('2024-02-29'))).toBe('2024-02-29'));
});

const inc = (id: string, dates: { value: string; role?: 'occurred' | 'reported' | 'other'; preferred?: boolean }[]): ReconciledIncident =>
  ({ id, dates: dates.map((d) => ({ role: 'occurred', ...d })), members: [] }) as unknown as ReconciledIncident;

describe('occurrence', () => {
  it('takes the preferred value when sources disagree', () => {
    expect(occurrence(inc('a', [{ value: '2025-11-15', preferred: false }, { value: '2025-11-15T14:40', preferred: true }, { value: '2025-11-16', preferred: false }]))).toBe('2025-11-15T14:40');
  });
  it('takes the most specific value when they agree', () => {
    expect(occurrence(inc('a', [{ value: '2022-12' }, { value: '2022-12-14T19:45-05:00' }, { value: '2022-12-14' }]))).toBe('2022-12-14T19:45-05:00');
  });
  it('ignores reported and other dates (negative case)', () => {
    expect(occurrence(inc('a', [{ value: '2023-02-13', role: 'reported' }, { value: '2023-02-20', role: 'other' }]))).toBeNull();
  });
});

describe('timeline', () => {
  it('orders by day, puts undated last, breaks ties by value then id', () => {
    const order = timeline([inc('undated', []), inc('late', [{ value: '2026-03' }]), inc('b', [{ value: '2016-02-01' }]), inc('a', [{ value: '2016-02' }]), inc('noyear', [{ value: 'XXXX-12-14' }])]).map((e) => e.incident.id);
    expect(order).toEqual(['a', 'b', 'late', 'noyear', 'undated']);
  });
});
