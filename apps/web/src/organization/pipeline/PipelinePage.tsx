import { ReactNode, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { graphql } from '../../gql';
import type { DesignRole, DesignStage } from '../../gql/graphql';
import { useMyOrganization } from '../organization-kind';

import {
  ALL_STAGES,
  cloneDefinition,
  Definition,
  errorsByPath,
  FieldErrorItem,
  fieldId,
  Gate,
  GATE_LABELS,
  GATE_TYPES,
  GateType,
  KIND_LABELS,
  newGate,
  newStage,
  Quorum,
  ROLE_LABELS,
  ROLES,
  STAGE_LABELS,
  StageKind,
  Transition,
} from './pipeline-model';
import { PipelineDiagram } from './PipelineDiagram';

import './PipelinePage.css';

const PipelineQuery = graphql(`
  query InstitutionPipelineEditor {
    institutionPipeline
    institutionPipelineVersions {
      version
      definition
      createdAt
      createdBy {
        id
        displayName
      }
    }
    organizationMembers {
      id
      displayName
      active
    }
  }
`);

const SavePipeline = graphql(`
  mutation SaveInstitutionPipeline($definition: JSON!) {
    updateInstitutionPipeline(definition: $definition)
  }
`);

type Errors = Map<string, string>;

/** A message under the field the API named (and `aria-describedby` pointing at it). */
function FieldMessage({ path, errors }: { path: string; errors: Errors }) {
  const message = errors.get(path);
  return message ? (
    <span className="field-error" id={`${fieldId(path)}-error`}>
      {message}
    </span>
  ) : null;
}

function invalid(path: string, errors: Errors) {
  return errors.has(path)
    ? { 'aria-invalid': true as const, 'aria-describedby': `${fieldId(path)}-error` }
    : {};
}

type Change = (edit: (draft: Definition) => void) => void;

function GateEditor(props: {
  gate: Gate;
  path: string;
  errors: Errors;
  change: (g: Gate) => void;
  remove: () => void;
}) {
  const { gate, path, errors, change, remove } = props;
  const quorumKind =
    gate.type === 'committeeVotes'
      ? typeof gate.quorum === 'string'
        ? gate.quorum
        : 'count' in gate.quorum
          ? 'count'
          : 'percent'
      : null;
  const quorumValue =
    gate.type === 'committeeVotes' && typeof gate.quorum === 'object'
      ? 'count' in gate.quorum
        ? gate.quorum.count
        : gate.quorum.percent
      : null;
  const quorumPath = `${path}.quorum.${quorumKind === 'count' ? 'count' : 'percent'}`;
  return (
    <li className="gate">
      <label>
        Gate
        <select
          id={fieldId(`${path}.type`)}
          value={gate.type}
          onChange={(e) => change(newGate(e.target.value as GateType))}
          {...invalid(`${path}.type`, errors)}
        >
          {GATE_TYPES.map((type) => (
            <option key={type} value={type}>
              {GATE_LABELS[type]}
            </option>
          ))}
        </select>
      </label>
      <FieldMessage path={`${path}.type`} errors={errors} />
      {gate.type === 'minimumContent' && (
        <>
          <label>
            Skills
            <input
              type="number"
              min={0}
              value={gate.skills}
              onChange={(e) => change({ ...gate, skills: Number(e.target.value) })}
              {...invalid(`${path}.skills`, errors)}
            />
          </label>
          <label>
            Outcomes
            <input
              type="number"
              min={0}
              value={gate.outcomes}
              onChange={(e) => change({ ...gate, outcomes: Number(e.target.value) })}
              {...invalid(`${path}.outcomes`, errors)}
            />
          </label>
        </>
      )}
      {gate.type === 'partnerEndorsements' && (
        <label>
          Minimum organizations (empty: every partner organization)
          <input
            type="number"
            min={1}
            value={gate.minimum ?? ''}
            onChange={(e) =>
              change(
                e.target.value === '' ? { type: gate.type } : { ...gate, minimum: Number(e.target.value) },
              )
            }
            {...invalid(`${path}.minimum`, errors)}
          />
        </label>
      )}
      {gate.type === 'committeeVotes' && (
        <>
          <label>
            Quorum
            <select
              value={quorumKind ?? 'majority'}
              onChange={(e) => {
                const kind = e.target.value;
                const quorum: Quorum =
                  kind === 'count' ? { count: 2 } : kind === 'percent' ? { percent: 50 } : (kind as Quorum);
                change({ ...gate, quorum });
              }}
            >
              <option value="majority">Majority</option>
              <option value="twoThirds">Two thirds</option>
              <option value="all">All members</option>
              <option value="count">A number of votes</option>
              <option value="percent">A share (%)</option>
            </select>
          </label>
          {quorumValue !== null && (
            <label>
              {quorumKind === 'count' ? 'Votes' : 'Percent of the committee'}
              <input
                id={fieldId(quorumPath)}
                type="number"
                value={Number.isNaN(quorumValue) ? '' : quorumValue}
                onChange={(e) =>
                  change({
                    ...gate,
                    quorum:
                      quorumKind === 'count'
                        ? { count: Number(e.target.value) }
                        : { percent: Number(e.target.value) },
                  })
                }
                {...invalid(quorumPath, errors)}
              />
            </label>
          )}
          <FieldMessage path={quorumPath} errors={errors} />
        </>
      )}
      <button type="button" className="link-button" onClick={remove}>
        Remove gate
      </button>
    </li>
  );
}

function TransitionEditor(props: {
  transition: Transition;
  path: string;
  errors: Errors;
  change: (edit: (t: Transition) => void) => void;
  remove: () => void;
}) {
  const { transition, path, errors, change, remove } = props;
  return (
    <li className="transition">
      <fieldset>
        <legend>To {STAGE_LABELS[transition.to]}</legend>
        <label>
          To stage
          <select
            id={fieldId(`${path}.to`)}
            value={transition.to}
            onChange={(e) => change((t) => (t.to = e.target.value as DesignStage))}
            {...invalid(`${path}.to`, errors)}
          >
            {ALL_STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <FieldMessage path={`${path}.to`} errors={errors} />
        <div
          role="group"
          aria-label="Roles"
          id={fieldId(`${path}.roles`)}
          {...invalid(`${path}.roles`, errors)}
        >
          {ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={transition.roles.includes(role)}
                onChange={(e) =>
                  change((t) => {
                    t.roles = e.target.checked ? [...t.roles, role] : t.roles.filter((r) => r !== role);
                  })
                }
              />
              {ROLE_LABELS[role]}
            </label>
          ))}
        </div>
        <FieldMessage path={`${path}.roles`} errors={errors} />
        <ul className="gates" aria-label="Gates">
          {transition.gates.map((gate, g) => (
            <GateEditor
              key={g}
              gate={gate}
              path={`${path}.gates[${g}]`}
              errors={errors}
              change={(next) => change((t) => (t.gates[g] = next))}
              remove={() => change((t) => t.gates.splice(g, 1))}
            />
          ))}
        </ul>
        <button type="button" onClick={() => change((t) => t.gates.push(newGate('rationale')))}>
          Add gate
        </button>{' '}
        <button type="button" className="link-button" onClick={remove}>
          Remove transition
        </button>
      </fieldset>
    </li>
  );
}

function StageEditor(props: {
  definition: Definition;
  index: number;
  errors: Errors;
  change: Change;
  members: Array<{ id: string; displayName: string }>;
}) {
  const { definition, index: i, errors, change, members } = props;
  const stage = definition.stages[i]!;
  const path = `stages[${i}]`;
  return (
    <li className="stage-card" aria-label={STAGE_LABELS[stage.stage]}>
      <h3>
        {i + 1}. {STAGE_LABELS[stage.stage]}
      </h3>
      <FieldMessage path={path} errors={errors} />
      <FieldMessage path={`${path}.stage`} errors={errors} />
      <div className="row">
        <label>
          Kind
          <select
            value={stage.kind}
            onChange={(e) => change((d) => (d.stages[i]!.kind = e.target.value as StageKind))}
          >
            {(Object.keys(KIND_LABELS) as StageKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={stage.snapshot}
            onChange={(e) => change((d) => (d.stages[i]!.snapshot = e.target.checked))}
          />
          Freeze a snapshot on entry
        </label>
        <button
          type="button"
          disabled={i <= 1}
          onClick={() => change((d) => d.stages.splice(i - 1, 0, ...d.stages.splice(i, 1)))}
        >
          Move up
        </button>
        <button
          type="button"
          disabled={i === 0 || i === definition.stages.length - 1}
          onClick={() => change((d) => d.stages.splice(i + 1, 0, ...d.stages.splice(i, 1)))}
        >
          Move down
        </button>
        {i > 0 && (
          <button type="button" className="link-button" onClick={() => change((d) => d.stages.splice(i, 1))}>
            Remove stage
          </button>
        )}
      </div>
      {stage.kind === 'parallelReview' && (
        <section aria-label={`Service units of ${STAGE_LABELS[stage.stage]}`}>
          <h4>Service units</h4>
          <FieldMessage path={`${path}.units`} errors={errors} />
          <ul>
            {stage.units.map((unit, k) => (
              <li key={k} className="unit">
                <label>
                  Unit name
                  <input
                    value={unit.name}
                    onChange={(e) =>
                      change((d) => {
                        const u = d.stages[i]!.units[k]!;
                        u.name = e.target.value;
                        u.key =
                          e.target.value
                            .toLowerCase()
                            .replace(/[^a-z0-9]+/g, '-')
                            .replace(/^-+|-+$/g, '') || u.key;
                      })
                    }
                    {...invalid(`${path}.units[${k}].name`, errors)}
                  />
                </label>
                <FieldMessage path={`${path}.units[${k}].key`} errors={errors} />
                <label>
                  Signed by
                  <select
                    multiple
                    value={unit.signers}
                    onChange={(e) =>
                      change(
                        (d) =>
                          (d.stages[i]!.units[k]!.signers = Array.from(e.target.selectedOptions).map(
                            (o) => o.value,
                          )),
                      )
                    }
                    {...invalid(`${path}.units[${k}].signers`, errors)}
                  >
                    {members.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.displayName}
                      </option>
                    ))}
                  </select>
                </label>
                <FieldMessage path={`${path}.units[${k}].signers`} errors={errors} />
                <button
                  type="button"
                  className="link-button"
                  onClick={() => change((d) => d.stages[i]!.units.splice(k, 1))}
                >
                  Remove unit
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              change((d) => {
                const n = d.stages[i]!.units.length + 1;
                d.stages[i]!.units.push({ key: `unit-${n}`, name: `Unit ${n}`, signers: [] });
              })
            }
          >
            Add unit
          </button>
        </section>
      )}
      <h4>Transitions</h4>
      <FieldMessage path={`${path}.transitions`} errors={errors} />
      <ul className="transitions">
        {stage.transitions.map((t, j) => (
          <TransitionEditor
            key={j}
            transition={t}
            path={`${path}.transitions[${j}]`}
            errors={errors}
            change={(edit) => change((d) => edit(d.stages[i]!.transitions[j]!))}
            remove={() => change((d) => d.stages[i]!.transitions.splice(j, 1))}
          />
        ))}
      </ul>
      {stage.kind !== 'final' && (
        <button
          type="button"
          onClick={() =>
            change((d) =>
              d.stages[i]!.transitions.push({
                to: (d.stages[i + 1] ?? d.stages[0]!).stage,
                roles: ['LEAD'],
                gates: [],
              }),
            )
          }
        >
          Add transition
        </button>
      )}
    </li>
  );
}

/** `/organization/pipeline`: an institution admin edits the approval pipeline. */
export function PipelinePage() {
  const me = useMyOrganization();
  const isAdmin = me?.orgRole === 'ADMIN';
  const [{ data, error, fetching }, reload] = useQuery({ query: PipelineQuery, pause: !isAdmin });
  const [save, sendSave] = useMutation(SavePipeline);
  const [draft, setDraft] = useState<Definition | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorItem[]>([]);
  const [notice, setNotice] = useState<ReactNode>(null);

  useEffect(() => {
    if (data && !draft) setDraft(cloneDefinition(data.institutionPipeline as Definition));
  }, [data, draft]);

  if (me && !isAdmin)
    return (
      <main className="page">
        <h1>Approval pipeline</h1>
        <p>Only your institution’s admins edit its pipeline.</p>
      </main>
    );
  if (error)
    return (
      <main className="page">
        <h1>Approval pipeline</h1>
        <p role="alert">{error.graphQLErrors[0]?.message ?? 'Could not load the pipeline.'}</p>
      </main>
    );
  if (!draft || fetching)
    return (
      <main className="page">
        <h1>Approval pipeline</h1>
        <p>Loading…</p>
      </main>
    );

  const errors = errorsByPath(fieldErrors);
  const change: Change = (edit) => {
    const next = cloneDefinition(draft);
    edit(next);
    setDraft(next);
  };
  const missingStages = ALL_STAGES.filter((s) => !draft.stages.some((d) => d.stage === s));

  async function submit() {
    setNotice(null);
    const result = await sendSave({ definition: draft });
    const first = result.error?.graphQLErrors[0];
    if (first?.extensions?.code === 'BAD_USER_INPUT') {
      setFieldErrors((first.extensions.fields as FieldErrorItem[]) ?? []);
      setNotice(<p role="alert">The pipeline was not saved: fix the fields marked below.</p>);
    } else if (first?.extensions?.code === 'PRECONDITION_FAILED') {
      setFieldErrors([]);
      const designs =
        (first.extensions.designs as Array<{ id: string; title: string; stage: DesignStage }>) ?? [];
      setNotice(
        <div role="alert">
          <p>{first.message}</p>
          <ul>
            {designs.map((d) => (
              <li key={d.id}>
                <Link to={`/designs/${d.id}`}>{d.title}</Link> ({STAGE_LABELS[d.stage]})
              </li>
            ))}
          </ul>
        </div>,
      );
    } else if (result.error) {
      setNotice(<p role="alert">{first?.message ?? 'The pipeline was not saved.'}</p>);
    } else {
      setFieldErrors([]);
      setNotice(<p role="status">Saved. Designs move to this version at their next transition.</p>);
      setDraft(cloneDefinition(result.data?.updateInstitutionPipeline as Definition));
      reload({ requestPolicy: 'network-only' });
    }
  }

  const unplaced = fieldErrors.filter((f) => !document.getElementById(`${fieldId(f.field)}-error`));
  return (
    <main className="page pipeline-page">
      <p>
        <Link to="/organization">← Organization</Link>
      </p>
      <h1>Approval pipeline</h1>
      {notice}
      {unplaced.length > 0 && (
        <ul className="field-error" aria-label="Other problems">
          {unplaced.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <label>
        Name
        <input
          id={fieldId('name')}
          value={draft.name}
          onChange={(e) => change((d) => (d.name = e.target.value))}
          {...invalid('name', errors)}
        />
      </label>
      <FieldMessage path="name" errors={errors} />
      <h2>Flow</h2>
      <PipelineDiagram definition={draft} />
      <h2>Stages in order</h2>
      <ol className="stage-list" aria-label="Pipeline stages">
        {draft.stages.map((s, i) => (
          <StageEditor
            key={s.stage}
            definition={draft}
            index={i}
            errors={errors}
            change={change}
            members={(data?.organizationMembers ?? []).filter((m) => m.active)}
          />
        ))}
      </ol>
      {missingStages.length > 0 && (
        <p>
          Add a stage:{' '}
          {missingStages.map((s) => (
            <button key={s} type="button" onClick={() => change((d) => d.stages.push(newStage(s)))}>
              {STAGE_LABELS[s]}
            </button>
          ))}
        </p>
      )}
      <section aria-label="From any stage">
        <h2>From any stage</h2>
        <ul className="transitions">
          {draft.fromAnyStage.map((t, j) => (
            <TransitionEditor
              key={j}
              transition={t}
              path={`fromAnyStage[${j}]`}
              errors={errors}
              change={(edit) => change((d) => edit(d.fromAnyStage[j]!))}
              remove={() => change((d) => d.fromAnyStage.splice(j, 1))}
            />
          ))}
        </ul>
        <button
          type="button"
          onClick={() =>
            change((d) => d.fromAnyStage.push({ to: 'ARCHIVED', roles: ['LEAD' as DesignRole], gates: [] }))
          }
        >
          Add a move from any stage
        </button>
      </section>
      <p>
        <button type="button" className="primary" onClick={() => void submit()} disabled={save.fetching}>
          Save as a new version
        </button>
      </p>
      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <ol className="versions" aria-label="Versions">
          {data?.institutionPipelineVersions.map((v) => (
            <li key={v.version}>
              {v.version === 0
                ? 'Version 0: the default pipeline'
                : `Version ${v.version}: ${(v.definition as Definition).name}, ${new Date(v.createdAt as string).toLocaleString()}${v.createdBy ? ` by ${v.createdBy.displayName}` : ''}`}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setFieldErrors([]);
                  setDraft(cloneDefinition(v.definition as Definition));
                }}
              >
                Load into the editor
              </button>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
