import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { DesignLoaders, DesignObject } from '@mc/designs';
import { OrganizationLoader, UserLoader } from '@mc/identity';

import { ReadinessFramework, ReadinessObject } from '../dto/readiness.objects';
import { WorkflowLoaders } from '../workflow.loaders';

import { computeReadiness } from './readiness';
import { endorsingOrganizations } from './readiness-facts';

/**
 * `Design.readiness`. Its parent is a design the caller may see (every path to a Design checks
 * that), and everything it reads goes through the request's loaders, so a list of designs costs
 * one query per kind, not one per design.
 */
@Resolver(() => DesignObject)
export class ReadinessResolver {
  constructor(
    private readonly designs: DesignLoaders,
    private readonly workflow: WorkflowLoaders,
    private readonly users: UserLoader,
    private readonly organizations: OrganizationLoader,
  ) {}

  @ResolveField(() => ReadinessObject, {
    description: 'Which EU Annex I elements and B.C. framework characteristics the design meets.',
  })
  async readiness(@Parent() design: DesignObject, @Context('req') request: object): Promise<ReadinessObject> {
    const [outcomes, skills, alignment, participants, decisions, institution] = await Promise.all([
      this.designs.outcomesByDesign.load(request, design.id),
      this.designs.skillsByDesign.load(request, design.id),
      this.designs.alignmentByDesign.load(request, design.id),
      this.designs.participantsByDesign.load(request, design.id),
      this.workflow.decisionsByDesign.load(request, design.id),
      this.organizations.load(request, design.institutionId),
    ]);
    const standing = decisions.filter((d) => d.revision === design.revision);
    const endorserIds = new Set(standing.map((d) => d.userId));
    const partners = await Promise.all(
      participants
        .filter((p) => endorserIds.has(p.userId))
        .map(async (p) => {
          const user = await this.users.load(request, p.userId);
          const organization = user ? await this.organizations.load(request, user.organizationId) : null;
          return { userId: p.userId, role: p.role, organizationName: organization?.name ?? '' };
        }),
    );
    const readiness = computeReadiness({
      fields: design,
      institutionName: institution?.name ?? '',
      outcomes: outcomes.map((o) => ({
        skillIds: alignment.filter((link) => link.outcomeId === o.id).map((link) => link.skillId),
      })),
      skillCount: skills.length,
      endorsingOrganizations: endorsingOrganizations(standing, partners),
    });
    return {
      ready: readiness.ready,
      items: readiness.items.map((i) => ({ ...i, framework: ReadinessFramework[i.framework] })),
    };
  }
}
