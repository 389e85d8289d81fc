import { describe, expect, it } from 'vitest';
import { chronoCasualNames, CHRONO_PARSERS, CHRONO_REFINERS, DROPPED_CHRONO_PARSERS, DROPPED_CHRONO_REFINERS } from '../../../src/extract/dates/chrono/configuration.ts';
import { militaryTimeParser } from '../../../src/extract/dates/chrono/military-time-parser.ts';
import { relativeParser } from '../../../src/extract/dates/chrono/relative-parser.ts';
import { spacedColonTimeParser } from '../../../src/extract/dates/chrono/spaced-colon-time-parser.ts';
import { zoneRefiner } from '../../../src/extract/dates/chrono/zone-refiner.ts';
import { dateParsers, dateRefiners } from '../../../src/extract/dates/index.ts';

describe('chrono configuration', () => {
  // If chrono renames a class, our drop list would silently keep it: fail here instead.
  it.each(Object.keys(DROPPED_CHRONO_PARSERS))('dropped parser %s exists in chrono', (name) => {
    expect(chronoCasualNames.parsers).toContain(name);
  });
  it.each(Object.keys(DROPPED_CHRONO_REFINERS))('dropped refiner %s exists in chrono', (name) => {
    expect(chronoCasualNames.refiners).toContain(name);
  });

  it('runs our parsers first and our zone refiner between the two date-time merges', () => {
    expect(CHRONO_PARSERS.slice(0, 3)).toEqual([relativeParser, spacedColonTimeParser, militaryTimeParser]);
    const names = CHRONO_REFINERS.map((r) => (r === zoneRefiner ? 'zoneRefiner' : r.constructor.name));
    const zone = names.indexOf('zoneRefiner');
    expect(names.indexOf('ENMergeDateTimeRefiner')).toBeLessThan(zone);
    expect(names.lastIndexOf('ENMergeDateTimeRefiner')).toBeGreaterThan(zone);
    expect(names).not.toContain('ExtractTimezoneAbbrRefiner');
    expect(names).not.toContain('ENMergeDateRangeRefiner');
  });
});

describe('run order', () => {
  it('is the documented list', () => {
    expect(dateParsers.map((p) => p.id)).toEqual(['date.chrono', 'date.year', 'date.quarter', 'date.duration', 'date.period', 'date.vague-duration', 'date.set', 'date.vague-ref', 'date.anaphoric', 'date.decade', 'date.season']);
    const ids = dateRefiners.map((r) => r.id);
    expect(ids.indexOf('date.remove-overlaps')).toBeLessThan(ids.indexOf('date.explicit'));
    expect(ids.indexOf('date.anchor')).toBeGreaterThan(ids.indexOf('date.relative'));
    expect(ids[ids.length - 1]).toBe('date.drop-unresolved');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
