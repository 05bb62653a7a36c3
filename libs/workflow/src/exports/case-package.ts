/**
 * The IMS (1EdTech) CASE 1.1 `CFPackage` of a design, for competency tools and registries: the
 * design as the `CFDocument`, its learning outcomes and skills as `CFItem`s, and as
 * `CFAssociation`s each item's place in the document (`isChildOf`), the alignment (an outcome
 * `isRelatedTo` each skill it covers) and a skill's outside framework entry (`exactMatchOf` its
 * ESCO / O*NET / NOC URL, where one is given). Identifiers are name-based UUIDs of the records, so
 * every export names a record the same way. Pure: the caller reads the content and the access.
 */
import type { DesignContent, OutcomeContent, SkillContent } from '../snapshots/design-content';

import { httpUrl, languageTag, oneLine, present, withoutEmpty } from './export-values';
import { casePackageUrl } from './public-urls';
import { stableUuid } from './stable-uuid';

export interface CasePackageOptions {
  /** `PUBLIC_URL`: uris point into the package served there. Without it they are `urn:uuid:` URNs. */
  publicUrl?: string;
  /** When the design last changed: CASE requires a `lastChangeDateTime` on every record. */
  lastChange: Date;
}

type Link = { title: string; identifier: string; uri: string };

const ITEM_TYPES = {
  outcome: {
    code: 'LearningOutcome',
    title: 'Learning Outcome',
    description: 'What a learner can do on completion.',
  },
  skill: {
    code: 'Skill',
    title: 'Skill',
    description: 'A skill the job needs, proposed by an employer or community partner.',
  },
} as const;

/** CASE adoption statuses for the design's stage. */
const ADOPTION_STATUS: Record<string, string> = {
  DRAFTING: 'Draft',
  PARTNER_REVIEW: 'Draft',
  COMMITTEE_REVIEW: 'Draft',
  APPROVED: 'Adopted',
  PUBLISHED: 'Adopted',
  ARCHIVED: 'Deprecated',
};

export function buildCasePackage(
  content: DesignContent,
  options: CasePackageOptions,
): Record<string, unknown> {
  const publicUrl = options.publicUrl?.trim() || undefined;
  const lastChangeDateTime = options.lastChange.toISOString();
  const { fields } = content;
  const language = languageTag(fields.language);
  const documentId = stableUuid(`case:document:${content.id}`);
  const uriOf = (identifier: string): string =>
    publicUrl
      ? identifier === documentId
        ? casePackageUrl(publicUrl, content.id)
        : `${casePackageUrl(publicUrl, content.id)}#${identifier}`
      : `urn:uuid:${identifier}`;
  const link = (title: string, identifier: string): Link => ({ title, identifier, uri: uriOf(identifier) });

  const itemTypes = Object.values(ITEM_TYPES).map((type) => {
    const identifier = stableUuid(`case:item-type:${type.code}`);
    return { ...type, identifier, link: link(type.title, identifier) };
  });
  const [outcomeType, skillType] = itemTypes;
  const outcomeId = (outcome: OutcomeContent) => stableUuid(`case:outcome:${outcome.id}`);
  const skillId = (skill: SkillContent) => stableUuid(`case:skill:${skill.id}`);

  const title = oneLine(fields.title);
  const document = link(title, documentId);
  const outcomes = [...content.outcomes].sort((a, b) => a.position - b.position);
  const outcomeItems = outcomes.map((outcome) =>
    withoutEmpty({
      identifier: outcomeId(outcome),
      uri: uriOf(outcomeId(outcome)),
      fullStatement: outcome.statement.trim(),
      CFItemType: outcomeType.title,
      CFItemTypeURI: outcomeType.link,
      listEnumeration: String(outcome.position),
      humanCodingScheme: `LO${outcome.position}`,
      notes: [
        `Bloom's taxonomy level: ${outcome.bloomLevel}.`,
        present(outcome.assessmentMethod) ? `Assessment: ${oneLine(outcome.assessmentMethod ?? '')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      language,
      lastChangeDateTime,
    }),
  );
  const skillItems = content.skills.map((skill) => {
    const ref = skill.frameworkRef;
    return withoutEmpty({
      identifier: skillId(skill),
      uri: uriOf(skillId(skill)),
      fullStatement: skill.name.trim(),
      alternativeLabel: present(ref?.label),
      CFItemType: skillType.title,
      CFItemTypeURI: skillType.link,
      // The outside framework's code, as the framework writes it (ESCO, O*NET, NOC).
      humanCodingScheme: present(ref?.code),
      conceptKeywords: ref ? [ref.framework.trim()].filter(Boolean) : undefined,
      notes: [present(skill.description), `Priority: ${skill.priority}.`].filter(Boolean).join(' '),
      language,
      lastChangeDateTime,
    });
  });

  const association = (
    kind: string,
    origin: Link,
    destination: Link & { targetType?: string },
    sequenceNumber?: number,
  ) => {
    const identifier = stableUuid(`case:association:${kind}:${origin.identifier}:${destination.uri}`);
    return withoutEmpty({
      identifier,
      associationType: kind,
      uri: uriOf(identifier),
      originNodeURI: origin,
      destinationNodeURI: destination,
      sequenceNumber,
      lastChangeDateTime,
    });
  };
  const outcomeLink = (outcome: OutcomeContent) => link(oneLine(outcome.statement), outcomeId(outcome));
  const skillLink = (skill: SkillContent) => link(oneLine(skill.name), skillId(skill));
  const skillsById = new Map(content.skills.map((skill) => [skill.id, skill]));

  const associations = [
    ...outcomes.map((outcome, index) => association('isChildOf', outcomeLink(outcome), document, index + 1)),
    ...content.skills.map((skill, index) =>
      association('isChildOf', skillLink(skill), document, outcomes.length + index + 1),
    ),
    // The alignment: the skills each outcome covers.
    ...outcomes.flatMap((outcome) =>
      outcome.skillIds.flatMap((id) => {
        const skill = skillsById.get(id);
        return skill ? [association('isRelatedTo', outcomeLink(outcome), skillLink(skill))] : [];
      }),
    ),
    // A skill's entry in an outside framework, where the reference gives its URL.
    ...content.skills.flatMap((skill) => {
      const ref = skill.frameworkRef;
      const url = httpUrl(ref?.url);
      if (!ref || !url) return [];
      return [
        association('exactMatchOf', skillLink(skill), {
          title: oneLine(present(ref.label) ?? skill.name),
          identifier: `${ref.framework.trim()}:${ref.code.trim()}`,
          uri: url,
        }),
      ];
    }),
  ];

  return withoutEmpty({
    CFDocument: withoutEmpty({
      identifier: documentId,
      uri: document.uri,
      caseVersion: '1.1',
      creator: oneLine(content.institution.name),
      publisher: oneLine(content.institution.name),
      title,
      description: present(fields.summary),
      subject: present(fields.sector) ? [oneLine(fields.sector ?? '')] : undefined,
      language,
      version: String(content.revision),
      adoptionStatus: ADOPTION_STATUS[content.stage] ?? 'Draft',
      lastChangeDateTime,
      // CASE has no property for the issuer's country or the qualification level: notes carry them.
      notes: documentNotes(fields),
    }),
    CFItems: [...outcomeItems, ...skillItems],
    CFAssociations: associations,
    CFDefinitions: {
      CFItemTypes: itemTypes.map((type) => ({
        identifier: type.identifier,
        uri: type.link.uri,
        title: type.title,
        description: type.description,
        hierarchyCode: type.code,
        typeCode: type.code,
        lastChangeDateTime,
      })),
    },
  });
}

/** The issuer's country or region and the qualification level, where set, as the document's notes. */
function documentNotes(fields: DesignContent['fields']): string | undefined {
  const notes = [
    present(fields.issuerCountry) ? `Issuer country or region: ${fields.issuerCountry}.` : undefined,
    present(fields.level) ? `Qualification level: ${oneLine(fields.level ?? '')}.` : undefined,
  ].filter((note): note is string => note !== undefined);
  return notes.length > 0 ? notes.join(' ') : undefined;
}
