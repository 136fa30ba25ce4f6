// Direction of flow, animated on the GPU: a path layer over the flow legs whose fragment shader lights
// short comet-shaped dashes that travel along each leg. Attributes (positions, the fraction of the leg at
// each vertex, dashes per leg) are built once per set of segments; per frame only one uniform, the phase,
// changes, read from the clock in `draw`, so nothing is allocated and no layer props change per frame.
// The model is deck.gl's TripsLayer (per-vertex timestamps, one time uniform); written here because the
// geo-layers package would pull a large dependency tree into the map chunk for one small shader.
import type { DefaultProps } from '@deck.gl/core';
import { PathLayer, type PathLayerProps } from '@deck.gl/layers';

/** Seconds for a dash to travel from one dash position to the next one along its leg. */
export const FLOW_MOTION_PERIOD_S = 6;

const uniformBlock = `\
layout(std140) uniform flowMotionUniforms {
  float phase;
  float dashLength;
} flowMotion;
`;

/** The shader module holding the animation uniforms (std140 block, GLSL only: the app runs on WebGL2). */
const flowMotionUniforms = {
  name: 'flowMotion',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { phase: 'f32', dashLength: 'f32' },
} as const;

export type FlowMotionLayerProps<D> = PathLayerProps<D> & {
  /** Fraction (0..1) of the leg's length at each vertex of its path, in path order. */
  readonly getLegFractions: (d: D) => readonly number[];
  /** Dashes travelling the leg at once; 0 draws nothing for that leg. */
  readonly getDashCount: (d: D) => number;
  /** Length of one dash as a fraction of the gap between dashes (0..1). */
  readonly dashLength: number;
};

const defaultProps: DefaultProps<FlowMotionLayerProps<unknown>> = {
  getLegFractions: { type: 'accessor', value: () => [0, 1] },
  getDashCount: { type: 'accessor', value: () => 1 },
  dashLength: 0.12,
};

export class FlowMotionLayer<D> extends PathLayer<D, FlowMotionLayerProps<D>> {
  static override layerName = 'FlowMotionLayer';
  static override defaultProps = defaultProps as DefaultProps<PathLayerProps<unknown>>;

  override getShaders(): ReturnType<PathLayer['getShaders']> {
    // PathLayer types its shaders loosely; only `modules` is read here.
    const shaders = super.getShaders() as { readonly modules: readonly unknown[] };
    return {
      ...shaders,
      modules: [...shaders.modules, flowMotionUniforms],
      inject: {
        'vs:#decl':
          'in float instanceLegFractions;\nin float instanceNextLegFractions;\nin float instanceDashCounts;\nout float vLegFraction;\nout float vDashCount;',
        // vPathPosition.y runs from 0 to vPathLength along the current vertex-to-vertex piece.
        'vs:#main-end':
          'vLegFraction = instanceLegFractions + (instanceNextLegFractions - instanceLegFractions) * clamp(vPathPosition.y / max(vPathLength, 1e-6), 0.0, 1.0);\nvDashCount = instanceDashCounts;',
        'fs:#decl': 'in float vLegFraction;\nin float vDashCount;',
        // f runs 0..1 between dashes and moves forward with the phase; the dash's head (f = dashLength)
        // is opaque and its tail fades.
        'fs:DECKGL_FILTER_COLOR': `
  // Not at the leg's ends, where site symbols and labels sit (the dashes' canvas is above them).
  if (vDashCount < 0.5 || vLegFraction < 0.06 || vLegFraction > 0.94) discard;
  float f = fract(vLegFraction * vDashCount - flowMotion.phase);
  if (f > flowMotion.dashLength) discard;
  color.a *= f / flowMotion.dashLength;`,
      },
    };
  }

  override initializeState(): void {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      legFractions: {
        size: 1,
        accessor: 'getLegFractions',
        shaderAttributes: {
          instanceLegFractions: { vertexOffset: 0 },
          instanceNextLegFractions: { vertexOffset: 1 },
        },
      },
      instanceDashCounts: { size: 1, accessor: 'getDashCount' },
    });
  }

  override draw(options: Parameters<PathLayer['draw']>[0]): void {
    // The page's clock, not a per-layer start time: rebuilding the layer never sends the dashes back.
    const elapsedS = performance.now() / 1000;
    const phase = (elapsedS % FLOW_MOTION_PERIOD_S) / FLOW_MOTION_PERIOD_S;
    for (const model of this.getModels()) {
      model.shaderInputs.setProps({ flowMotion: { phase, dashLength: this.props.dashLength } });
    }
    super.draw(options);
  }
}
