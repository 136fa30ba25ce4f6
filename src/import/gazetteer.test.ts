import { describe, expect, it } from 'vitest';
import type { RouteInfo } from '@/domain/event-table';
import { buildGazetteer, lookUpPlace, placeKey } from './gazetteer';
import { GAZETTEER_PLACES } from './gazetteer-places';

const ROUTE: RouteInfo = {
  id: 'r',
  name: 'R',
  hasCorridor: true,
  derived: false,
  path: [
    [69.2, 34.5],
    [105.0, -6.9],
    [105.7, -10.5],
  ],
  stages: [
    { name: 'Kabul', role: 'origin', vertex: 0, mode: 'air' },
    { name: 'Teluk Ciletuh (Sukabumi)', role: 'embarkation', vertex: 1, mode: 'sea' },
    { name: 'Christmas Island', role: 'destination', vertex: 2, mode: undefined },
  ],
};

describe('the gazetteer', () => {
  it('has about sixty places of the region, each with plausible coordinates and a country code', () => {
    expect(GAZETTEER_PLACES.length).toBeGreaterThanOrEqual(60);
    for (const place of GAZETTEER_PLACES) {
      expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
      expect(place.country).toMatch(/^[A-Z]{3}$/);
    }
    const keys = GAZETTEER_PLACES.map((p) => placeKey(p.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds built-in places by name, alias, ignoring case, accents, "(…)" and ", country"', () => {
    const g = buildGazetteer(null);
    expect(lookUpPlace(g, 'Christmas Island')).toMatchObject({ lat: -10.42, lon: 105.68, from: 'built-in' });
    expect(lookUpPlace(g, 'pulau christmas')?.name).toBe('Christmas Island (Flying Fish Cove)');
    expect(lookUpPlace(g, 'ASHMORE REEF, Australia')?.name).toBe('Ashmore Reef');
    expect(lookUpPlace(g, 'Kupang (NTT)')?.name).toBe('Kupang (West Timor)');
    expect(lookUpPlace(g, 'Cocos (Keeling) Is. (West Island)')?.lat).toBe(-12.19);
    expect(lookUpPlace(g, 'Atlantis')).toBeNull();
  });

  it('prefers the stages of the loaded routes file', () => {
    const g = buildGazetteer([ROUTE]);
    expect(lookUpPlace(g, 'Kabul')).toMatchObject({ lon: 69.2, lat: 34.5, from: 'routes' });
    expect(lookUpPlace(g, 'teluk ciletuh')).toMatchObject({ lon: 105.0, lat: -6.9, from: 'routes' });
    expect(lookUpPlace(g, 'Jakarta')?.from).toBe('built-in');
  });
});
