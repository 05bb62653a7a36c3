/**
 * An entry of the design's log as a sentence: "Ana proposed the skill “Wiring”", "Ben moved the
 * design to Partner review: <rationale>". `data` is the changed record as the API returns it
 * (libs/designs and libs/workflow services), read defensively: an unknown type or shape still
 * gives a sentence.
 */
import type { DesignStage } from '../../gql/graphql';
import { STAGE_LABELS } from '../../ui/StageBadge';
import { roleLabel } from '../people/role-labels';

export interface LogEntry {
  seq: number;
  type: string;
  actor: { id: string; displayName: string } | null;
  data: unknown;
  at: string;
}

/** Names of the design's current items, for entries that carry only an id. */
export interface ItemNames {
  skills: ReadonlyMap<string, string>;
  outcomes: ReadonlyMap<string, string>;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  sector: 'sector',
  targetLearners: 'target learners',
  prerequisites: 'prerequisites',
  hours: 'hours',
  deliveryMode: 'delivery mode',
  language: 'language',
  assessmentApproach: 'assessment approach',
  participationForm: 'form of participation',
  qualityAssurance: 'quality assurance',
  creditValue: 'credit value',
  stackability: 'stackability',
  price: 'price',
  validityPeriod: 'validity period',
  issuerCountry: 'country or region of the issuer',
  level: 'level',
};

const DECISIONS: Record<string, string> = {
  ENDORSE: 'endorsed the design',
  REQUEST_CHANGES: 'requested changes',
  APPROVE: 'voted to approve the design',
  REJECT: 'voted to reject the design',
  ABSTAIN: 'abstained',
};

const MAX_QUOTE = 90;

function record(data: unknown): Record<string, unknown> {
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`;
}

function stageLabel(value: unknown): string {
  return typeof value === 'string' && value in STAGE_LABELS
    ? STAGE_LABELS[value as DesignStage]
    : String(value ?? 'another stage');
}

function fieldList(names: string[]): string {
  const labels = names.map((n) => FIELD_LABELS[n] ?? n);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function targetPhrase(data: Record<string, unknown>, names: ItemNames): string {
  const id = text(data['targetId']);
  switch (data['targetType']) {
    case 'SKILL': {
      const name = id ? names.skills.get(id) : undefined;
      return name ? `the skill ${quote(name)}` : 'a skill';
    }
    case 'OUTCOME': {
      const statement = id ? names.outcomes.get(id) : undefined;
      return statement ? `the outcome ${quote(statement)}` : 'an outcome';
    }
    default:
      return 'the design';
  }
}

/** The entry as one sentence, starting with who made the change. */
export function eventSentence(entry: LogEntry, names: ItemNames): string {
  const who = entry.actor?.displayName ?? 'The system';
  const data = record(entry.data);
  const skill = text(data['name']);
  const statement = text(data['statement']);
  switch (entry.type) {
    case 'design.created': {
      const source = text(record(data['derivedFrom'])['title']);
      if (data['kind'] === 'REVISION') return `${who} started a new revision of the published design`;
      return source ? `${who} started this design from “${source}”` : `${who} started this design`;
    }
    case 'design.updated': {
      const changed = Array.isArray(data['changed'])
        ? data['changed'].filter((c): c is string => typeof c === 'string')
        : [];
      return changed.length ? `${who} changed the ${fieldList(changed)}` : `${who} updated the design`;
    }
    case 'participant.joined': {
      const user = record(data['user']);
      const name = text(user['displayName']) ?? who;
      const role = roleLabel(text(data['role']));
      return role ? `${name} joined as ${role.toLowerCase()}` : `${name} joined the design`;
    }
    case 'participant.removed': {
      const user = record(data['user']);
      const name = text(user['displayName']) ?? 'someone';
      return `${who} removed ${name} from the design`;
    }
    case 'invitation.resent':
    case 'invitation.revoked': {
      const email = text(record(data['invitation'])['email']) ?? 'someone';
      return entry.type === 'invitation.resent'
        ? `${who} sent a new invitation link to ${email}`
        : `${who} withdrew the invitation of ${email}`;
    }
    case 'skill.proposed':
      return skill ? `${who} proposed the skill ${quote(skill)}` : `${who} proposed a skill`;
    case 'skill.updated':
      return skill ? `${who} changed the skill ${quote(skill)}` : `${who} changed a skill`;
    case 'skill.removed':
      return skill ? `${who} removed the skill ${quote(skill)}` : `${who} removed a skill`;
    case 'outcome.added':
      return statement ? `${who} added the outcome ${quote(statement)}` : `${who} added an outcome`;
    case 'outcome.updated':
      return statement ? `${who} changed the outcome ${quote(statement)}` : `${who} changed an outcome`;
    case 'outcome.removed':
      return `${who} removed an outcome`;
    case 'comment.added': {
      const body = text(data['body']);
      const verb = data['parentId'] ? 'replied to a comment on' : 'commented on';
      return `${who} ${verb} ${targetPhrase(data, names)}${body ? `: ${quote(body)}` : ''}`;
    }
    case 'comment.resolved':
      return data['resolved'] === false ? `${who} reopened a comment` : `${who} resolved a comment`;
    case 'suggestion.added':
    case 'suggestion.accepted':
    case 'suggestion.rejected': {
      const field = FIELD_LABELS[String(data['field'])] ?? String(data['field'] ?? 'a field');
      const where = data['targetType'] === 'DESIGN' ? 'the design' : targetPhrase(data, names);
      const proposed = text(data['proposedText']);
      const note = text(data['decisionNote']);
      if (entry.type === 'suggestion.added')
        return `${who} suggested new wording for the ${field} of ${where}${proposed ? `: ${quote(proposed)}` : ''}`;
      const verb = entry.type === 'suggestion.accepted' ? 'accepted' : 'rejected';
      return `${who} ${verb} a suggestion for the ${field} of ${where}${note ? `: ${quote(note)}` : ''}`;
    }
    case 'decision.recorded': {
      const kind = text(data['kind']);
      const phrase = (kind && DECISIONS[kind]) ?? 'recorded a decision';
      const note = text(data['note']);
      const revision = typeof data['revision'] === 'number' ? ` (revision ${data['revision']})` : '';
      return `${who} ${phrase}${revision}${note ? `: ${quote(note)}` : ''}`;
    }
    case 'stage.changed': {
      const rationale = text(data['rationale']);
      return `${who} moved the design to ${stageLabel(data['to'])}${rationale ? `: ${rationale}` : ''}`;
    }
    default:
      return `${who}: ${entry.type}`;
  }
}
