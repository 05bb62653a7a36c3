import { Injectable } from '@nestjs/common';

import type { UserObject } from '@mc/identity';
import { UserLoader } from '@mc/identity';

import { Comment } from './comments/comment.entity';
import { DesignLoaders } from './designs.loaders';
import {
  CommentObject,
  DesignEventObject,
  OutcomeObject,
  ParticipantObject,
  SkillObject,
} from './dto/design.objects';
import { toCommentObject, toOutcomeObject, toParticipantObject, toSkillObject } from './dto/design.records';
import { Outcome } from './outcomes/outcome.entity';
import { Skill } from './skills/skill.entity';

/** A design's skills and outcomes, linked both ways (`Skill.coveredBy`, `Outcome.skills`). */
export interface Alignment {
  skills: SkillObject[];
  outcomes: OutcomeObject[];
  skillById: Map<string, SkillObject & { coveredBy: OutcomeObject[] }>;
  outcomeById: Map<string, OutcomeObject & { skills: SkillObject[] }>;
}

/**
 * A design's nested lists as GraphQL records with their links already attached (author, mentions,
 * replies, a participant's user, an event's actor), built once per request from batched reads: the
 * fields are plain properties, so a read of 200 comments costs no per-comment resolver call.
 * These are read paths only: who may see the design was checked before any of this is reached.
 */
@Injectable()
export class DesignViews {
  private readonly commentLists = new WeakMap<object, Map<string, Promise<CommentObject[]>>>();
  private readonly alignments = new WeakMap<object, Map<string, Promise<Alignment>>>();

  constructor(
    private readonly loaders: DesignLoaders,
    private readonly users: UserLoader,
  ) {}

  /** Every comment of the design, oldest first, each with author, mentions and replies. */
  comments(request: object, designId: string): Promise<CommentObject[]> {
    return once(this.commentLists, request, designId, () => this.buildComments(request, designId));
  }

  /** The design's skills (oldest first) and outcomes (by position), linked, with each proposer. */
  alignment(request: object, designId: string): Promise<Alignment> {
    return once(this.alignments, request, designId, () => this.buildAlignment(request, designId));
  }

  /** One skill (a mutation's answer): its links are read when the query selects them. */
  skill(request: object, skill: Skill): SkillObject {
    const object = toSkillObject(skill) as SkillObject;
    lazy(object, 'proposedBy', async () => {
      const proposer = await this.users.load(request, skill.proposedById);
      if (!proposer) throw new Error(`skill ${skill.id} has no proposer`);
      return proposer;
    });
    lazy(
      object,
      'coveredBy',
      async () => (await this.alignment(request, skill.designId)).skillById.get(skill.id)?.coveredBy ?? [],
    );
    return object;
  }

  /** One outcome (a mutation's answer): its skills are read when the query selects them. */
  outcome(request: object, outcome: Outcome): OutcomeObject {
    const object = toOutcomeObject(outcome) as OutcomeObject;
    lazy(
      object,
      'skills',
      async () => (await this.alignment(request, outcome.designId)).outcomeById.get(outcome.id)?.skills ?? [],
    );
    return object;
  }

  /**
   * One comment (a mutation's answer): its links are read when the query selects them, in the
   * request's batched loaders.
   */
  comment(request: object, comment: Comment): CommentObject {
    const object = toCommentObject(comment) as CommentObject;
    lazy(object, 'author', async () => {
      const author = await this.users.load(request, comment.authorId);
      if (!author) throw new Error(`comment ${comment.id} has no author`);
      return author;
    });
    lazy(object, 'mentions', async () =>
      this.users.loadMany(request, await this.loaders.mentionsByComment.load(request, comment.id)),
    );
    lazy(object, 'replies', async () => {
      const all = await this.comments(request, comment.designId);
      return all.find((candidate) => candidate.id === comment.id)?.replies ?? [];
    });
    return object;
  }

  async participants(request: object, designId: string): Promise<ParticipantObject[]> {
    const participants = await this.loaders.participantsByDesign.load(request, designId);
    const users = await this.usersById(
      request,
      participants.map((p) => p.userId),
    );
    return participants.map((participant) => {
      const user = users.get(participant.userId);
      if (!user) throw new Error(`participant ${participant.userId} has no user`);
      return toParticipantObject(participant, user);
    });
  }

  /** A page of the design's log (`seq > afterSeq`, at most `limit`), each entry with its actor. */
  async events(
    request: object,
    designId: string,
    afterSeq: number,
    limit: number,
  ): Promise<DesignEventObject[]> {
    const events = await this.loaders.events(request, designId, afterSeq, limit);
    const actors = await this.usersById(
      request,
      events.flatMap((event) => (event.actorId ? [event.actorId] : [])),
    );
    return events.map((event) => ({
      seq: event.seq,
      type: event.type,
      data: event.data,
      at: event.at,
      designId: event.designId,
      actor: event.actorId ? (actors.get(event.actorId) ?? null) : null,
      actorId: event.actorId,
    }));
  }

  private async buildComments(request: object, designId: string): Promise<CommentObject[]> {
    const comments = await this.loaders.commentsByDesign.load(request, designId);
    const userIds: string[] = [];
    for (const comment of comments) userIds.push(comment.authorId, ...comment.mentionIds);
    const users = await this.usersById(request, userIds);
    const objects = new Map<string, CommentObject & { replies: CommentObject[] }>();
    for (const comment of comments) {
      const author = users.get(comment.authorId);
      if (!author) throw new Error(`comment ${comment.id} has no author`);
      const mentions: UserObject[] = [];
      for (const id of comment.mentionIds) {
        const mentioned = users.get(id);
        if (mentioned) mentions.push(mentioned);
      }
      // Built in place (no spread): hundreds of these per read.
      objects.set(comment.id, Object.assign(toCommentObject(comment), { author, mentions, replies: [] }));
    }
    // Oldest first: the comments come in (createdAt, id) order, and so do the replies pushed here.
    for (const object of objects.values()) {
      if (object.parentId) objects.get(object.parentId)?.replies.push(object);
    }
    return [...objects.values()];
  }

  private async buildAlignment(request: object, designId: string): Promise<Alignment> {
    const [skills, outcomes] = await Promise.all([
      this.loaders.skillsByDesign.load(request, designId),
      this.loaders.outcomesByDesign.load(request, designId),
    ]);
    const proposers = await this.usersById(
      request,
      skills.map((skill) => skill.proposedById),
    );
    const skillById = new Map<string, SkillObject & { coveredBy: OutcomeObject[] }>();
    for (const skill of skills) {
      const proposedBy = proposers.get(skill.proposedById);
      if (!proposedBy) throw new Error(`skill ${skill.id} has no proposer`);
      skillById.set(skill.id, Object.assign(toSkillObject(skill), { proposedBy, coveredBy: [] }));
    }
    const outcomeById = new Map<string, OutcomeObject & { skills: SkillObject[] }>();
    for (const outcome of outcomes) {
      outcomeById.set(outcome.id, Object.assign(toOutcomeObject(outcome), { skills: [] }));
    }
    const skillsOf = new Map<string, string[]>();
    const outcomesOf = new Map<string, string[]>();
    for (const outcome of outcomes) {
      skillsOf.set(outcome.id, outcome.skillIds);
      for (const skillId of outcome.skillIds) append(outcomesOf, skillId, outcome.id);
    }
    // Each list keeps the order of the other kind: coveredBy by position, an outcome's skills oldest first.
    for (const outcome of outcomeById.values()) {
      for (const skillId of skillsOf.get(outcome.id) ?? []) skillById.get(skillId)?.coveredBy.push(outcome);
    }
    for (const skill of skillById.values()) {
      for (const outcomeId of outcomesOf.get(skill.id) ?? []) outcomeById.get(outcomeId)?.skills.push(skill);
    }
    return { skills: [...skillById.values()], outcomes: [...outcomeById.values()], skillById, outcomeById };
  }

  private async usersById(request: object, ids: readonly string[]): Promise<Map<string, UserObject>> {
    const users = await this.users.loadMany(request, [...new Set(ids)]);
    return new Map(users.map((user) => [user.id, user]));
  }
}

function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/** `make()` once per request and key. */
function once<T>(
  cache: WeakMap<object, Map<string, Promise<T>>>,
  request: object,
  key: string,
  make: () => Promise<T>,
): Promise<T> {
  let values = cache.get(request);
  if (!values) {
    values = new Map();
    cache.set(request, values);
  }
  let value = values.get(key);
  if (!value) {
    value = make();
    values.set(key, value);
  }
  return value;
}

/** `object[key]` read once, when GraphQL (or anyone) first asks for it; skipped by JSON and spreads. */
function lazy<T extends object, K extends keyof T>(object: T, key: K, read: () => T[K]): void {
  let value: T[K] | undefined;
  let done = false;
  Object.defineProperty(object, key, {
    enumerable: false,
    get: () => {
      if (!done) {
        value = read();
        done = true;
      }
      return value;
    },
  });
}
