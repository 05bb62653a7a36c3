/**
 * The Credential Engine CTDL description of a design (JSON-LD, `ceterms:MicroCredential`), for the
 * Credential Registry: its CTID (`ce-` + a name-based UUID of the design, the same at every export),
 * name and description as language maps, the public catalog page, owner and provider (the
 * institution), the notional hours as an estimated duration, and what a learner must show as
 * competencies of a condition profile: the learning outcomes, then the skills with their outside
 * framework codes. Only CTDL terms are used (tested against the CTDL term list). Pure.
 */
import { LEVEL_NOT_APPLICABLE } from '@mc/designs';

import type { DesignContent, SkillContent } from '../snapshots/design-content';

import { httpUrl, languageTag, oneLine, present, withoutEmpty } from './export-values';
import { catalogPageUrl, ctdlUrl, issuerProfileUrl } from './public-urls';
import { stableUuid } from './stable-uuid';

export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

export interface CtdlOptions {
  /** `PUBLIC_URL`: the `@id`, the catalog page and the institution's id are built on it. */
  publicUrl?: string;
}

/** The CTID of a design: stable, so a registry recognizes a re-export as the same credential. */
export function designCtid(designId: string): string {
  return `ce-${stableUuid(`ctdl:${designId}`)}`;
}

export function buildCtdlCredential(
  content: DesignContent,
  options: CtdlOptions = {},
): Record<string, unknown> {
  const publicUrl = options.publicUrl?.trim() || undefined;
  const { fields } = content;
  const language = languageTag(fields.language);
  // CTDL text is a language map; a design whose language is free text is written as English,
  // the language the product's forms are in.
  const text = (value: string): Record<string, string> => ({ [language ?? 'en']: value });
  const ctid = designCtid(content.id);
  const institution = withoutEmpty({
    '@type': 'ceterms:CredentialOrganization',
    '@id': publicUrl
      ? issuerProfileUrl(publicUrl, content.institution.id)
      : `urn:uuid:${content.institution.id}`,
    'ceterms:name': text(oneLine(content.institution.name)),
    // The issuer's country (ISO 3166-1 alpha-2, the first two letters of an ISO 3166-2 region).
    'ceterms:address': present(fields.issuerCountry)
      ? [{ '@type': 'ceterms:Place', 'ceterms:addressCountry': (fields.issuerCountry ?? '').slice(0, 2) }]
      : undefined,
  });
  const outcomes = [...content.outcomes].sort((a, b) => a.position - b.position);
  const requirements = [
    outcomes.length > 0 &&
      withoutEmpty({
        '@type': 'ceterms:ConditionProfile',
        'ceterms:name': text('Learning outcomes'),
        'ceterms:description': text('A learner demonstrates each of these learning outcomes.'),
        'ceterms:targetCompetency': outcomes.map((outcome) =>
          withoutEmpty({
            '@type': 'ceterms:CredentialAlignmentObject',
            'ceterms:targetNodeName': text(oneLine(outcome.statement)),
            'ceterms:targetNodeDescription': present(outcome.assessmentMethod)
              ? text(`Assessment: ${oneLine(outcome.assessmentMethod ?? '')}`)
              : undefined,
          }),
        ),
      }),
    content.skills.length > 0 &&
      withoutEmpty({
        '@type': 'ceterms:ConditionProfile',
        'ceterms:name': text('Skills'),
        'ceterms:description': text('The skills employer and community partners asked for.'),
        'ceterms:targetCompetency': content.skills.map((skill) => skillCompetency(skill, text)),
      }),
  ].filter((profile): profile is Record<string, unknown> => Boolean(profile));

  return withoutEmpty({
    '@context': CTDL_CONTEXT,
    '@id': publicUrl ? ctdlUrl(publicUrl, content.id) : `urn:uuid:${content.id}`,
    '@type': 'ceterms:MicroCredential',
    'ceterms:ctid': ctid,
    'ceterms:name': text(oneLine(fields.title)),
    'ceterms:description': text(present(fields.summary) ?? oneLine(fields.title)),
    'ceterms:subjectWebpage': publicUrl ? catalogPageUrl(publicUrl, content.id) : undefined,
    'ceterms:inLanguage': language ? [language] : undefined,
    'ceterms:ownedBy': [institution],
    'ceterms:offeredBy': [institution],
    'ceterms:estimatedDuration': fields.hours
      ? [
          {
            '@type': 'ceterms:DurationProfile',
            'ceterms:exactDuration': `PT${fields.hours}H`,
            'ceterms:description': text(`${fields.hours} hours of notional learning`),
          },
        ]
      : undefined,
    // A language map of lists, as CTDL writes keywords.
    'ceterms:keyword': present(fields.sector)
      ? { [language ?? 'en']: [oneLine(fields.sector ?? '')] }
      : undefined,
    'ceterms:requires': requirements,
    'ceterms:audienceLevelType': levelAlignment(fields.level, text),
  });
}

/**
 * The qualification level ("EQF 5") as the credential's audience level: CTDL takes a concept, so
 * the level is named in a `CredentialAlignmentObject` of its framework ("EQF"); "not applicable",
 * or no level, is left out.
 */
function levelAlignment(
  level: string | null,
  text: (value: string) => Record<string, string>,
): Record<string, unknown>[] | undefined {
  const named = present(level);
  if (!named || named === LEVEL_NOT_APPLICABLE) return undefined;
  const framework = named.split(' ')[0] ?? named;
  return [
    {
      '@type': 'ceterms:CredentialAlignmentObject',
      'ceterms:frameworkName': text(framework),
      'ceterms:targetNodeName': text(named),
    },
  ];
}

function skillCompetency(
  skill: SkillContent,
  text: (value: string) => Record<string, string>,
): Record<string, unknown> {
  const ref = skill.frameworkRef;
  return withoutEmpty({
    '@type': 'ceterms:CredentialAlignmentObject',
    'ceterms:targetNodeName': text(oneLine(skill.name)),
    'ceterms:targetNodeDescription': present(skill.description)
      ? text(oneLine(skill.description ?? ''))
      : undefined,
    // The outside framework entry (ESCO, O*NET, NOC): its code, framework name and URL.
    'ceterms:codedNotation': present(ref?.code),
    'ceterms:frameworkName': ref ? text(oneLine(ref.framework)) : undefined,
    'ceterms:targetNode': httpUrl(ref?.url),
  });
}
