import { extractCauses } from '../../../src/extract/causes/index.ts';
import { cueTable } from './helpers.ts';

cueTable('cause.caused / led-to / contributed-to / to-blame (cause before cue)', extractCauses, {
  positives: [
    ['A gas leak caused the explosion.', 'caused', 'A gas leak'],
    ['The engine cover fell off and struck the wing flap, causing damage.', 'caused', 'The engine cover fell off and struck the wing flap'],
    ['Officials said a loose bolt caused the failure.', 'caused', 'a loose bolt'],
    ['Excessive speed led to the derailment.', 'caused', 'Excessive speed'],
    ['Pilot fatigue contributed to the crash.', 'contributed', 'Pilot fatigue'],
    ['The signal system was to blame for the collision.', 'to-blame', 'The signal system'],
    ['Folding wings deployed early, causing the ship to break up.', 'caused', 'Folding wings deployed early'],
    ['A fault that caused the crash was found in the wiring.', 'caused', 'A fault'],
    ['He said there were inflammable materials and chemicals that helped spread the flames.', 'contributed', 'inflammable materials and chemicals'],
    [
      "Early findings suggest that the ship's folding wings – designed to slow it down – deployed early, causing the ship to break up.",
      'caused',
      "the ship's folding wings – designed to slow it down – deployed early",
    ],
    ['Heavy seas, which could have caused the cargo to shift, battered the ship.', 'suspected', 'Heavy seas'],
  ],
  negatives: [
    ['The accident caused delays of up to two hours.', '*', '"caused delays": subject is the incident, delays are a consequence'],
    ['It caused major disruption.', '*', 'pronoun subject'],
    ['There was also a train collision at the same spot in 1882 which led to the death of a senator.', '*', 'the incident itself caused a consequence'],
    ['These could be factors contributing to this tragic event.', '*', 'reduced relative, pronoun'],
    ['Thanks to our readers for contributing to this post.', '*', 'not a clause'],
    ['The crew was not to blame.', '*', 'negated'],
    ['Investigators are trying to determine what caused the crash.', 'caused', 'wh-word: unknown cause instead'],
  ],
});
