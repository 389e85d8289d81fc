import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.investigation / consequence.inspection', extractConsequences, {
  positives: [
    ['Roscosmos has already launched an investigation into the leak.', 'investigation', 'Roscosmos has already launched an investigation into the leak'],
    ['The NTSB is investigating.', 'investigation', 'The NTSB is investigating'],
    ['According to the director, the experts will examine the materials.', 'investigation', 'the experts will examine the materials'],
    ['The Navy opened a probe into the collision.', 'investigation', 'The Navy opened a probe into the collision'],
    ['Investigators from the NTSB were en route.', 'investigation', 'Investigators from the NTSB were en route'],
    ['Amtrak said investigators from the National Transportation Safety Board were en route.', 'investigation', 'Amtrak said investigators from the National Transportation Safety Board were en route'],
    ['The safety council would be in charge of the probe.', 'investigation', 'The safety council would be in charge of the probe'],
    ['The FAA ordered inspections of all similar aircraft.', 'inspection', 'The FAA ordered inspections of all similar aircraft'],
  ],
  negatives: [
    ['She works in investigative journalism.', 'investigation', 'not an investigation'],
    ['Regulators have not opened an investigation.', 'investigation', 'negated'],
    ['She recalled the moment the train stopped.', 'inspection', 'memory, not a recall'],
  ],
});
