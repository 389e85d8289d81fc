import { extractConsequences } from '../../../src/extract/consequences/index.ts';
import { cueTable } from '../causes/helpers.ts';

cueTable('consequence.fire', extractConsequences, {
  positives: [
    ['The plane burst into flames after landing.', 'fire', 'The plane burst into flames'],
    ['The bus caught fire on the highway.', 'fire', 'The bus caught fire on the highway'],
    ['Passengers described a jolt followed by a fireball.', 'fire', 'Passengers described a jolt followed by a fireball'],
  ],
  negatives: [
    ['Staff took part in a fire drill on Tuesday.', 'fire', 'a fire drill is not a fire'],
    ['A fire truck rushed to the scene.', 'fire', 'a fire truck is not a fire'],
    ['The agency came under fire for its response.', 'fire', 'criticism'],
    ['Fire officials gave a briefing.', 'fire', 'officials, not a fire'],
  ],
});
