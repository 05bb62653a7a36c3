import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { ParseUuidPipe } from '@mc/errors';
import type { AuthenticatedUser } from '@mc/identity';
import { CurrentUser, UserLoader, UserObject } from '@mc/identity';

import { DesignAccessPolicy } from '../access/design-access.policy';
import { CommentTarget } from '../designs.enums';
import { DesignLoaders } from '../designs.loaders';
import { DesignObject } from '../dto/design.objects';
import { SuggestChangeInput } from '../dto/suggestion.inputs';
import { SuggestionObject, SuggestionPermissionsObject } from '../dto/suggestion.objects';

import { SuggestionStatus } from './suggestion.entity';
import { toSuggestionObject } from './suggestion.records';
import { SuggestionService } from './suggestion.service';

@Resolver(() => SuggestionObject)
export class SuggestionResolver {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly loaders: DesignLoaders,
    private readonly users: UserLoader,
    private readonly policy: DesignAccessPolicy,
  ) {}

  @Mutation(() => SuggestionObject)
  async suggestChange(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SuggestChangeInput,
  ): Promise<SuggestionObject> {
    const { suggestion, currentText } = await this.suggestions.suggest(user, input);
    return toSuggestionObject(suggestion, currentText);
  }

  @Mutation(() => SuggestionObject)
  async acceptSuggestion(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
  ): Promise<SuggestionObject> {
    const { suggestion, currentText } = await this.suggestions.accept(user, id);
    return toSuggestionObject(suggestion, currentText);
  }

  @Mutation(() => SuggestionObject)
  async rejectSuggestion(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }, ParseUuidPipe) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<SuggestionObject> {
    const { suggestion, currentText } = await this.suggestions.reject(user, id, note ?? null);
    return toSuggestionObject(suggestion, currentText);
  }

  @ResolveField(() => UserObject)
  async author(@Parent() suggestion: SuggestionObject, @Context('req') request: object): Promise<UserObject> {
    const user = await this.users.load(request, suggestion.authorId);
    if (!user) throw new Error(`suggestion ${suggestion.id} has no author`);
    return user;
  }

  @ResolveField(() => UserObject, { nullable: true })
  async decidedBy(
    @Parent() suggestion: SuggestionObject,
    @Context('req') request: object,
  ): Promise<UserObject | null> {
    return suggestion.decidedById ? this.users.load(request, suggestion.decidedById) : null;
  }

  @ResolveField(() => SuggestionPermissionsObject, {
    description: 'What the caller may do with this suggestion now (the same rules the mutations enforce).',
  })
  async myPermissions(
    @Parent() suggestion: SuggestionObject,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') request: object,
  ): Promise<SuggestionPermissionsObject> {
    const [access, skills] = await Promise.all([
      this.loaders.access(request, user, suggestion.designId),
      this.loaders.skillsByDesign.load(request, suggestion.designId),
    ]);
    if (suggestion.status !== SuggestionStatus.OPEN) return { canAccept: false, canReject: false };
    const skill =
      suggestion.targetType === CommentTarget.SKILL ? skills.find((s) => s.id === suggestion.targetId) : null;
    const target = { type: suggestion.targetType, skill };
    return {
      canAccept: this.policy.suggestionRefusal(access, target, 'accept') === null && !suggestion.outdated,
      canReject: this.policy.suggestionRefusal(access, target, 'reject') === null,
    };
  }
}

/** `Design.suggestions`: on the design's resolver type, batched through the loaders. */
@Resolver(() => DesignObject)
export class DesignSuggestionsResolver {
  constructor(private readonly loaders: DesignLoaders) {}

  @ResolveField(() => [SuggestionObject], {
    description: 'Suggestions for its text fields and those of its skills and outcomes, oldest first.',
  })
  async suggestions(
    @Parent() design: DesignObject,
    @Context('req') request: object,
    @Args('status', { type: () => SuggestionStatus, nullable: true }) status: SuggestionStatus | null,
  ): Promise<SuggestionObject[]> {
    const [suggestions, skills, outcomes] = await Promise.all([
      this.loaders.suggestionsByDesign.load(request, design.id),
      this.loaders.skillsByDesign.load(request, design.id),
      this.loaders.outcomesByDesign.load(request, design.id),
    ]);
    const records = new Map<string, Record<string, unknown>>([
      [`${CommentTarget.DESIGN}:${design.id}`, design as unknown as Record<string, unknown>],
      ...skills.map(
        (s) => [`${CommentTarget.SKILL}:${s.id}`, s as unknown as Record<string, unknown>] as const,
      ),
      ...outcomes.map(
        (o) => [`${CommentTarget.OUTCOME}:${o.id}`, o as unknown as Record<string, unknown>] as const,
      ),
    ]);
    return suggestions.flatMap((suggestion) => {
      if (status && suggestion.status !== status) return [];
      // A removed skill's or outcome's suggestions go with it.
      const record = records.get(`${suggestion.targetType}:${suggestion.targetId}`);
      if (!record) return [];
      return [toSuggestionObject(suggestion, (record[suggestion.field] as string | null) ?? null)];
    });
  }
}
