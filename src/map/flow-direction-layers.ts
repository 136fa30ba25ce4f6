// Direction layers: static arrowheads at the middle of each leg (they stay when motion is reduced) and
// the moving particles, whose positions come precomputed as binary attributes.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { FlowSegment } from '@/domain/flow-segments';
import { makeArrowheads, type Arrowhead, type Particles } from './flow-direction';
import type { FlowMeasure } from './flow-scale';
import { routeColor } from './route-colors';

export function makeArrowLayer(segments: readonly FlowSegment[], measure: FlowMeasure): TextLayer<Arrowhead> {
  return new TextLayer<Arrowhead>({
    id: 'flow-arrows',
    data: makeArrowheads(segments, measure),
    getText: () => '▶',
    getPosition: (a) => [a.position[0], a.position[1]],
    getAngle: (a) => a.angleDeg,
    getSize: 15,
    getColor: (a) => [...routeColor(a.route), 255],
    outlineWidth: 2,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    characterSet: ['▶'],
    fontFamily: '"DejaVu Sans", system-ui, sans-serif',
    sizeUnits: 'pixels',
  });
}

/** Particles as a point layer over binary attributes: per frame only the position buffer changes. */
export function makeParticleLayer(particles: Particles): ScatterplotLayer {
  return new ScatterplotLayer({
    id: 'flow-particles',
    data: {
      length: particles.length,
      attributes: {
        getPosition: { value: particles.positions, size: 2 },
        getFillColor: { value: particles.colors, size: 4 },
      },
    },
    radiusUnits: 'pixels',
    getRadius: 2.5,
  });
}
