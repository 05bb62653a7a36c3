/**
 * The Open Badges 3.0 `Achievement` (JSON-LD) a design is published as: what the credential says
 * a learner achieved, its criteria (the outcomes), its alignments (the skills' framework
 * references) and who created it (the institution). Pure: the caller reads the content and decides
 * whether the design may be exported.
 */
import { LEVEL_NOT_APPLICABLE } from '@mc/designs';

import type { DesignContent, OutcomeContent, SkillContent } from '../snapshots/design-content';

import { languageTag, present, withoutEmpty } from './export-values';
import { inline } from './markdown-text';
import { achievementUrl, issuerProfileUrl } from './public-urls';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface OpenBadgeOptions {
  /**
   * The API's public address (`PUBLIC_URL`, `https://badges.example.org`): the achievement's id is
   * the URL that serves it there. Without it the id is a `urn:uuid:` URN.
   */
  publicUrl?: string;
}

export function buildOpenBadgeAchievement(
  content: DesignContent,
  options: OpenBadgeOptions = {},
): Record<string, unknown> {
  const publicUrl = options.publicUrl?.trim() || undefined;
  const { fields } = content;
  const title = fields.title.trim();
  return withoutEmpty({
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: publicUrl ? achievementUrl(publicUrl, content.id) : `urn:uuid:${content.id}`,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: title,
    description: present(fields.summary) ?? title,
    criteria: { narrative: criteriaNarrative(title, content.outcomes, fields) },
    alignment: content.skills.flatMap((skill) => alignmentOf(skill) ?? []),
    creator: withoutEmpty({
      // The issuer profile route serves it once the institution has a published design.
      id: publicUrl
        ? issuerProfileUrl(publicUrl, content.institution.id)
        : `urn:uuid:${content.institution.id}`,
      type: ['Profile'],
      name: present(content.institution.name),
      address: issuerAddress(fields.issuerCountry),
    }),
    tag: distinct([fields.sector, ...content.skills.map((skill) => skill.name), levelTag(fields.level)]),
    // OB 3.0 wants a language code: a free-text language ("English") is left out, not guessed.
    inLanguage: languageTag(fields.language),
    // SPEC: the credit value goes in creditsAvailable, and only where one is set (0 is set).
    creditsAvailable: fields.creditValue ?? undefined,
    fieldOfStudy: present(fields.sector),
    // The design's revision, so a re-published achievement can be told from the one it replaces.
    version: String(content.revision),
  });
}

/**
 * The issuer's country (and region, for an ISO 3166-2 code) as the creator's OB 3.0 `Address`:
 * `addressCountryCode` takes the alpha-2 code, `addressRegion` the subdivision code ("CA-BC").
 */
function issuerAddress(issuerCountry: string | null): Record<string, unknown> | undefined {
  const code = present(issuerCountry);
  if (!code) return undefined;
  return withoutEmpty({
    type: ['Address'],
    addressCountryCode: code.slice(0, 2),
    addressRegion: code.length > 2 ? code : undefined,
  });
}

/** OB 3.0 has no level property: the level ("EQF 5") is a tag, and "not applicable" none. */
function levelTag(level: string | null): string | null {
  return level === LEVEL_NOT_APPLICABLE ? null : level;
}

/**
 * The OB 3.0 issuer `Profile` of an institution, served at its id
 * (`PUBLIC_URL/credentials/issuers/<id>.json`) once the institution has published a design: what a
 * verifier finds when it follows an Achievement's `creator.id`.
 */
export function buildIssuerProfile(
  institution: { id: string; name: string },
  publicUrl: string,
): Record<string, unknown> {
  return withoutEmpty({
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: issuerProfileUrl(publicUrl, institution.id),
    type: ['Profile'],
    name: present(institution.name),
  });
}

/**
 * Markdown: one sentence, then the outcome statements numbered in position order, then what the
 * EU Annex I asks a description to say and OB 3.0 has no property for (notional workload, type of
 * assessment, form of participation, type of quality assurance), each where the design sets it.
 */
function criteriaNarrative(
  title: string,
  outcomes: OutcomeContent[],
  fields: DesignContent['fields'],
): string {
  const facts = [
    fields.hours ? `Notional learning time: ${fields.hours} hours.` : undefined,
    labelled('Assessment', fields.assessmentApproach),
    labelled('Form of participation', fields.participationForm),
    labelled('Quality assurance', fields.qualityAssurance),
  ].filter((line): line is string => line !== undefined);
  const time = facts.length > 0 ? ['', ...facts] : [];
  const ordered = [...outcomes].sort((a, b) => a.position - b.position);
  if (ordered.length === 0) return [`Complete ${inline(title)} and its assessment.`, ...time].join('\n');
  const items = ordered.map((outcome, index) => {
    const method = present(outcome.assessmentMethod);
    const statement = inline(outcome.statement);
    return `${index + 1}. ${statement}${method ? ` (assessment: ${inline(method)})` : ''}`;
  });
  return [
    'To earn this micro-credential, a learner demonstrates each of these learning outcomes:',
    '',
    ...items,
    ...time,
  ].join('\n');
}

function labelled(label: string, value: string | null): string | undefined {
  const text = present(value);
  return text ? `${label}: ${inline(text)}` : undefined;
}

function alignmentOf(skill: SkillContent): Record<string, unknown> | null {
  const ref = skill.frameworkRef;
  if (!ref) return null;
  return withoutEmpty({
    type: ['Alignment'],
    targetName: present(ref.label) ?? skill.name.trim(),
    // The schema requires targetUrl, and it must be a URI: without a url the reference becomes a URN.
    targetUrl:
      present(ref.url) ??
      `urn:x-framework:${encodeURIComponent(ref.framework.trim())}:${encodeURIComponent(ref.code.trim())}`,
    targetCode: present(ref.code),
    targetFramework: present(ref.framework),
    targetDescription: present(skill.description),
  });
}

/** Present values, first spelling kept, compared case-insensitively. */
function distinct(values: Array<string | null>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const text = present(value);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    result.push(text);
  }
  return result;
}
