import { describe, expect, it } from 'vitest';
import { orgKey } from '../../src/reconcile/merge.ts';

describe('orgKey', () => {
  it('an acronym and the full name of a known body are one organisation', () => {
    expect(orgKey('FAA')).toBe(orgKey('Federal Aviation Administration'));
    expect(orgKey('NTSB')).toBe(orgKey('National Transportation Safety Board'));
  });
  it('unknown names are keyed by their lower-cased spelling', () => {
    expect(orgKey('The Acme Freight Company')).toBe('acme freight company');
    expect(orgKey('FAA')).not.toBe(orgKey('Acme Freight'));
  });
});
