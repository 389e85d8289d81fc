/**
 * chrono refiner (replaces chrono's ExtractTimezoneAbbrRefiner): a zone right after a time, from
 * our ZONES table, upper case only: "7:45 PM EST" → -05:00; "14:20 local time" → tagged local.
 * chrono's own table reads "at 10:00 wet roads" as WET and "CST" as ambiguous.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import * as lex from '../../../lexicons/dates.ts';
import { anyOf } from '../patterns.ts';

const ZONES = anyOf(Object.keys(lex.ZONES));
const ZONE_AFTER = new RegExp(`^\\s*,?\\s*(?:\\((${ZONES})\\)|(${ZONES}))(?![\\w])`);
const LOCAL_AFTER = new RegExp(`^\\s*,?\\s*${anyOf(lex.LOCAL_TIME_PHRASES)}(?![\\w])`, 'i');
export const LOCAL_TIME_TAG = 'factwire/local-time';

export const zoneRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.start.isCertain('hour') || r.start.isCertain('timezoneOffset')) continue;
      const suffix = context.text.slice(r.index + r.text.length);
      const zone = ZONE_AFTER.exec(suffix);
      if (zone) {
        const offset = lex.ZONES[zone[1] ?? zone[2]];
        r.text += zone[0];
        r.start.assign('timezoneOffset', offset);
        if (r.end?.isCertain('hour')) r.end.assign('timezoneOffset', offset);
        continue;
      }
      const local = LOCAL_AFTER.exec(suffix);
      if (local) {
        r.text += local[0];
        r.addTag(LOCAL_TIME_TAG);
      }
    }
    return results;
  },
};
