import type { DesignStage } from '../../gql/graphql';

import { Definition, gateText, STAGE_LABELS } from './pipeline-model';

const BOX_W = 130;
const BOX_H = 44;
const GAP = 50;
const TOP = 90;

/**
 * The flow as a diagram: stages left to right in order, forward moves as arcs above, moves back
 * as arcs below, each labelled with its roles and gates; moves from any stage are noted below.
 */
export function PipelineDiagram({ definition }: { definition: Definition }) {
  const index = new Map<DesignStage, number>(definition.stages.map((s, i) => [s.stage, i]));
  const width = Math.max(1, definition.stages.length) * (BOX_W + GAP) + GAP;
  const arrows = definition.stages.flatMap((s, i) =>
    s.transitions
      .filter((t) => index.has(t.to))
      .map((t, j) => ({ from: i, to: index.get(t.to) as number, key: `${i}-${j}`, t })),
  );
  const maxSpan = Math.max(1, ...arrows.map((a) => Math.abs(a.to - a.from)));
  const height = TOP * 2 + BOX_H + 20 * maxSpan;
  const centre = (i: number) => GAP + i * (BOX_W + GAP) + BOX_W / 2;
  return (
    <figure className="pipeline-diagram">
      <svg
        role="img"
        aria-labelledby="pipeline-diagram-title"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="pipeline-diagram-title">
          {`Flow of ${definition.name}: ${definition.stages.map((s) => STAGE_LABELS[s.stage]).join(', ')}`}
        </title>
        <defs>
          <marker
            id="pipeline-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        {arrows.map(({ from, to, key, t }) => {
          const forward = to > from;
          const span = Math.abs(to - from);
          const x1 = centre(from) + (forward ? 10 : -10);
          const x2 = centre(to) + (forward ? -10 : 10);
          const y = forward ? TOP : TOP + BOX_H;
          const bend = forward ? y - 24 - 14 * span : y + 24 + 14 * span;
          const label = [t.roles.join(', '), ...t.gates.map(gateText)].join(' · ');
          return (
            <g key={key} className={forward ? 'arc forward' : 'arc back'} data-testid={`arc-${key}`}>
              <path
                d={`M${x1},${y} Q${(x1 + x2) / 2},${bend} ${x2},${y}`}
                fill="none"
                stroke="currentColor"
                markerEnd="url(#pipeline-arrow)"
              />
              <text x={(x1 + x2) / 2} y={forward ? bend + 6 : bend - 2} textAnchor="middle" fontSize="10">
                {label}
              </text>
            </g>
          );
        })}
        {definition.stages.map((s, i) => (
          <g key={s.stage} className={`stage kind-${s.kind}`} data-testid={`node-${s.stage}`}>
            <rect x={GAP + i * (BOX_W + GAP)} y={TOP} width={BOX_W} height={BOX_H} rx="6" />
            <text x={centre(i)} y={TOP + 20} textAnchor="middle" fontSize="12">
              {STAGE_LABELS[s.stage]}
            </text>
            <text x={centre(i)} y={TOP + 35} textAnchor="middle" fontSize="9">
              {s.kind === 'parallelReview' ? `units: ${s.units.map((u) => u.name).join(', ')}` : s.kind}
            </text>
          </g>
        ))}
      </svg>
      {definition.fromAnyStage.length > 0 && (
        <figcaption>
          From every stage but the final ones:{' '}
          {definition.fromAnyStage
            .map(
              (t) =>
                `to ${STAGE_LABELS[t.to]} (${[t.roles.join(', '), ...t.gates.map(gateText)].join(' · ')})`,
            )
            .join('; ')}
        </figcaption>
      )}
    </figure>
  );
}
