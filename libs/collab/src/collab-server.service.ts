import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';

import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import {
  type Connection,
  type Document,
  type Extension,
  Hocuspocus,
  type onAuthenticatePayload,
  type onChangePayload,
  type onDisconnectPayload,
  type storePayload,
  type fetchPayload,
  type connectedPayload,
} from '@hocuspocus/server';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleInit,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

import {
  COLLAB_FIELDS,
  COLLAB_PATH,
  collabUserColor,
  parseCollabDocumentName,
  type CollabAwarenessUser,
  type CollabDocumentKind,
  type CollabFieldProblem,
  type CollabScope,
  type CollabServerMessage,
} from '@mc/collab-contract';
import { TransactionRunner, type Tx } from '@mc/database';
import {
  type CommittedDesignEvent,
  DesignEventBus,
  type DesignSignal,
  DesignSignals,
  DesignStage,
  LiveTextService,
  type LiveTexts,
} from '@mc/designs';
import { NotFoundError } from '@mc/errors';
import {
  type AuthenticatedUser,
  AuthGuard,
  type EndedSessions,
  MemberSignals,
  SessionSignals,
} from '@mc/identity';
import { BeforeLeavingDrafting } from '@mc/workflow';

import { COLLAB_OPTIONS, type CollabOptions } from './collab.options';
import { storableTexts } from './field-texts';
import { applyTextEdit } from './text-diff';

/** What a connection to one document carries (Hocuspocus' per-document `context`). */
interface ConnectionContext {
  user: AuthenticatedUser;
  awarenessUser: CollabAwarenessUser;
  expiresAt: number;
  kind: CollabDocumentKind;
  id: string;
  designId: string;
  /** The user's role may write this record (in DRAFTING). */
  writer: boolean;
}

/** What the server knows of each document open on this instance. */
interface OpenDocument {
  kind: CollabDocumentKind;
  id: string;
  designId: string;
  /** The record's texts as of the last time document and record agreed. */
  baseline: LiveTexts;
  /** Who changed the document since it was last stored. */
  actors: Set<string>;
  /** The problems last told to the writers (JSON), so they are told only on a change. */
  toldProblems: string;
}

/** A server-side edit (a GraphQL update applied to open editors): stored as Yjs state, not as typing. */
const SERVER_ORIGIN = { server: 'graphql' };

/**
 * Control messages between instances (Redis): re-check a design's connections, close a user's,
 * take in a committed server-side edit (a Yjs update, base64).
 */
type ControlMessage =
  | { type: 'stage'; designId: string; stage: DesignStage }
  | { type: 'update'; name: string; update: string }
  | { type: 'removed'; designId: string; userId: string }
  | { type: 'deactivated'; userId: string }
  | { type: 'sessions'; userId: string; sessionIds: EndedSessions };

const MAX_TIMER_MS = 2_147_483_647;

/**
 * Live co-editing (../shared/contract/collab.md): Hocuspocus on the API's own HTTP server at
 * `/collab`. Authentication inside the protocol (token, then the design access policy), writers
 * read-write only in DRAFTING, texts stored through the designs library after each burst, the
 * Yjs state kept in PostgreSQL, GraphQL updates applied to open documents.
 */
@Injectable()
export class CollabServer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Collab');
  readonly hocuspocus: Hocuspocus;
  private readonly wss: WebSocketServer;
  private readonly open = new Map<string, OpenDocument>();
  /** Designs out of DRAFTING: their connections are read-only whatever the role. */
  private readonly frozen = new Set<string>();
  /** Designs a transition is moving out of DRAFTING right now (until it settles). */
  private readonly leaving = new Set<string>();
  private readonly expiryTimers = new Map<Connection, NodeJS.Timeout>();
  private readonly unsubscribers: Array<() => void> = [];
  private redisClients: Redis[] = [];
  private control: { pub: Redis; sub: Redis; channel: string; self: string } | null = null;
  private httpServer: HttpServer | null = null;
  private stopping = false;
  /** Stores under way, awaited at shutdown. */
  private readonly storing = new Set<Promise<unknown>>();

  constructor(
    @Inject(COLLAB_OPTIONS) private readonly options: CollabOptions,
    private readonly adapterHost: HttpAdapterHost,
    private readonly auth: AuthGuard,
    private readonly live: LiveTextService,
    private readonly transactions: TransactionRunner,
    private readonly bus: DesignEventBus,
    private readonly members: MemberSignals,
    private readonly sessions: SessionSignals,
    private readonly leavingDrafting: BeforeLeavingDrafting,
    private readonly signals: DesignSignals,
  ) {
    const database = new Database({
      fetch: (payload) => this.fetch(payload),
      store: (payload) => this.store(payload),
    }) as Database & { priority: number };
    // Before the Redis extension (1000), whose store lock fails while Redis is down: storing in
    // PostgreSQL goes on through an outage (states are merged, texts compared under the design lock).
    database.priority = 1100;
    const extensions: Extension[] = [this.hooksExtension(), database];
    if (options.redisUrl) extensions.push(this.redisExtension(options.redisUrl));
    this.hocuspocus = new Hocuspocus({
      name: 'collab',
      quiet: true,
      debounce: options.storeDebounceMs,
      maxDebounce: options.storeMaxDebounceMs,
      extensions,
    });
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
    this.wss.on('connection', (ws, request: IncomingMessage) => {
      ws.on('error', () => ws.terminate());
      this.hocuspocus.handleConnection(ws, request);
    });
  }

  onModuleInit(): void {
    this.unsubscribers.push(this.bus.subscribe((event) => this.onDesignEvent(event)));
    // Inside the GraphQL update's transaction: its texts become one edit of the stored document.
    this.signals.register((tx, signal) => this.onSignal(tx, signal));
    this.members.onDeactivated((userId) => {
      this.closeUser(userId);
      this.broadcast({ type: 'deactivated', userId });
    });
    // A log-out (here, everywhere, or of one session) ends that session's collab connections too.
    this.sessions.onSessionsEnded((userId, sessionIds) => {
      this.closeSessions(userId, sessionIds);
      this.broadcast({ type: 'sessions', userId, sessionIds });
    });
    this.unsubscribers.push(
      this.leavingDrafting.register({
        beforeLeaving: (tx, designId) => this.flushDesign(tx, designId),
        settled: (designId) => this.settle(designId),
      }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.redisUrl) await this.connectControl(this.options.redisUrl);
    const server = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!server) return;
    this.httpServer = server;
    // Prepended: the upgrade is answered at once, before socket.io's engine (which destroys
    // upgrades it does not own after 1 s unless a byte was written) sees it.
    server.prependListener('upgrade', this.onUpgrade);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.httpServer?.off('upgrade', this.onUpgrade);
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    // No more input: every socket ends; then pending stores run now and are awaited.
    for (const client of this.wss.clients) client.terminate();
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(
      [...this.hocuspocus.documents.keys()].map((name) =>
        Promise.resolve(this.hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)).catch(
          (error: unknown) =>
            this.logger.error({ err: error, name }, 'storing a document at shutdown failed'),
        ),
      ),
    );
    await Promise.all([...this.storing]);
    this.wss.close();
    this.hocuspocus.closeConnections();
    // Documents unload (the Redis extension unsubscribes then) before Redis is let go.
    for (let waited = 0; this.hocuspocus.getDocumentsCount() > 0 && waited < 2_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
    this.expiryTimers.clear();
    await this.hocuspocus.hooks('onDestroy', { instance: this.hocuspocus }).catch(() => undefined);
    await Promise.all(
      [...this.redisClients, ...(this.control ? [this.control.pub, this.control.sub] : [])].map((c) =>
        c.quit().catch(() => c.disconnect()),
      ),
    );
  }

  /** Documents open on this instance (the benchmark's memory figure). */
  openDocumentCount(): number {
    return this.hocuspocus.getDocumentsCount();
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH && path !== `${COLLAB_PATH}/`) return;
    if (this.stopping) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit('connection', ws, request));
  };

  // ---- authentication and scopes ----

  private hooksExtension(): Extension {
    return {
      priority: 1000,
      onAuthenticate: (payload: onAuthenticatePayload) => this.authenticate(payload),
      connected: (payload: connectedPayload) => {
        this.armExpiry(payload.connection, payload.context as ConnectionContext);
        this.applyScope(payload.connection);
        return Promise.resolve();
      },
      onDisconnect: (payload: onDisconnectPayload) => {
        this.disarmFor(payload.document, payload.socketId);
        return Promise.resolve();
      },
      onChange: (payload: onChangePayload) => {
        const context = payload.context as Partial<ConnectionContext>;
        const open = this.open.get(payload.documentName);
        if (open && context.user) open.actors.add(context.user.id);
        return Promise.resolve();
      },
      afterLoadDocument: ({ document }) => {
        this.guardAwareness(document);
        return Promise.resolve();
      },
      afterUnloadDocument: ({ documentName }) => {
        this.open.delete(documentName);
        return Promise.resolve();
      },
    };
  }

  private async authenticate(payload: onAuthenticatePayload): Promise<ConnectionContext> {
    const authenticated = await this.auth.authenticateToken(payload.token);
    if (!authenticated) throw { reason: 'UNAUTHENTICATED' };
    const parsed = parseCollabDocumentName(payload.documentName);
    if (!parsed || payload.documentName !== `${parsed.kind}:${parsed.id}`) throw { reason: 'NOT_FOUND' };
    let access;
    try {
      access = await this.live.accessFor(authenticated.user, parsed.kind, parsed.id);
    } catch (error) {
      if (error instanceof NotFoundError) throw { reason: 'NOT_FOUND' };
      throw error;
    }
    const { user } = authenticated;
    const context: ConnectionContext = {
      user,
      awarenessUser: { id: user.id, displayName: user.displayName, color: collabUserColor(user.id) },
      expiresAt: authenticated.expiresAt.getTime(),
      kind: parsed.kind,
      id: parsed.id,
      designId: access.designId,
      writer: access.writer,
    };
    if (access.stage === DesignStage.DRAFTING) this.frozen.delete(access.designId);
    else this.frozen.add(access.designId);
    payload.connectionConfig.readOnly = !this.mayWrite(context);
    return context;
  }

  private mayWrite(context: ConnectionContext): boolean {
    return (
      context.writer &&
      !this.frozen.has(context.designId) &&
      !this.leaving.has(context.designId) &&
      Date.now() < context.expiresAt
    );
  }

  /** Sets the connection's scope from its context and the design's stage; tells it when it changed. */
  private applyScope(connection: Connection): void {
    const context = connection.context as ConnectionContext | undefined;
    if (!context?.user) return;
    const readOnly = !this.mayWrite(context);
    if (connection.readOnly === readOnly) return;
    connection.readOnly = readOnly;
    const scope: CollabScope = readOnly ? 'readonly' : 'read-write';
    this.tell(connection, { type: 'scope', scope });
  }

  private connectionsOfDesign(designId: string): Connection[] {
    const found: Connection[] = [];
    for (const document of this.hocuspocus.documents.values()) {
      if (this.open.get(document.name)?.designId !== designId) continue;
      for (const { connection } of document.connections.values()) found.push(connection);
    }
    return found;
  }

  private tell(connection: Connection, message: CollabServerMessage): void {
    connection.sendStateless(JSON.stringify(message));
  }

  /**
   * The `user` field of each client's awareness is the server's, from the token: fixed in the
   * server's copy on every change, before Hocuspocus encodes it for the other clients.
   */
  private guardAwareness(document: Document): void {
    document.awareness.on(
      'change',
      ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
        const entry = document.connections.get(origin as never);
        const context = entry?.connection.context as ConnectionContext | undefined;
        if (!context?.user) return;
        const expected = context.awarenessUser;
        for (const clientId of [...added, ...updated]) {
          const state = document.awareness.getStates().get(clientId);
          if (!state) continue;
          const user = state['user'] as Partial<CollabAwarenessUser> | undefined;
          if (
            user?.id === expected.id &&
            user.displayName === expected.displayName &&
            user.color === expected.color
          )
            continue;
          document.awareness.getStates().set(clientId, { ...state, user: expected });
        }
      },
    );
  }

  private armExpiry(connection: Connection, context: ConnectionContext): void {
    const remaining = context.expiresAt - Date.now();
    const timer = setTimeout(
      () => {
        if (Date.now() >= context.expiresAt) connection.close({ code: 4401, reason: 'UNAUTHENTICATED' });
        else this.armExpiry(connection, context);
      },
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
    timer.unref();
    this.expiryTimers.set(connection, timer);
  }

  private disarmFor(document: Document, socketId: string): void {
    for (const [connection, timer] of this.expiryTimers) {
      if (connection.document === document && connection.socketId === socketId) {
        clearTimeout(timer);
        this.expiryTimers.delete(connection);
      }
    }
  }

  private closeSessions(userId: string, sessionIds: EndedSessions): void {
    if (sessionIds === 'all') return this.closeUser(userId);
    const ended = new Set(sessionIds);
    for (const document of this.hocuspocus.documents.values()) {
      for (const { connection } of [...document.connections.values()]) {
        const context = connection.context as ConnectionContext | undefined;
        if (context?.user?.id !== userId || !ended.has(context.user.sessionId)) continue;
        connection.close({ code: 4401, reason: 'UNAUTHENTICATED' });
      }
    }
  }

  private closeUser(userId: string, designId?: string): void {
    for (const document of this.hocuspocus.documents.values()) {
      if (designId && this.open.get(document.name)?.designId !== designId) continue;
      for (const { connection } of [...document.connections.values()]) {
        const context = connection.context as ConnectionContext | undefined;
        if (context?.user?.id !== userId) continue;
        const reason = designId ? 'NOT_FOUND' : 'UNAUTHENTICATED';
        connection.close({ code: designId ? 4404 : 4401, reason });
      }
    }
  }

  // ---- events of the design log (after commit) and of the other instances ----

  private onDesignEvent(event: CommittedDesignEvent): void {
    try {
      if (event.type === 'stage.changed') {
        const stage = event.data['to'] as DesignStage;
        this.stageChanged(event.designId, stage);
        this.broadcast({ type: 'stage', designId: event.designId, stage });
      } else if (event.type === 'participant.removed') {
        const userId = (event.data['user'] as { id?: string } | undefined)?.id;
        if (!userId) return;
        this.closeUser(userId, event.designId);
        this.broadcast({ type: 'removed', designId: event.designId, userId });
      }
    } catch (error) {
      this.logger.error({ err: error, type: event.type }, 'applying a design event to live documents failed');
    }
  }

  private stageChanged(designId: string, stage: DesignStage): void {
    if (stage === DesignStage.DRAFTING) this.frozen.delete(designId);
    else this.frozen.add(designId);
    for (const connection of this.connectionsOfDesign(designId)) this.applyScope(connection);
  }

  /**
   * A GraphQL update (or an accepted suggestion) of a record's live texts, inside its transaction
   * (under the design's lock, which every store of typed text takes too): made once, here, as one
   * Yjs update of the document's stored state, a minimal edit from the text last stored to the new
   * one (typing not stored yet is concurrent to it, so it is kept). The stored state and texts take
   * it in the same transaction; after commit it goes into the document wherever it is open (this
   * instance and, through Redis, the others). A Yjs update applied twice changes nothing, so every
   * path may deliver it; a store merges the stored state first, so none can write the old text back.
   */
  private async onSignal(tx: Tx, signal: DesignSignal): Promise<void> {
    if (signal.type !== 'event') return;
    const { type, data } = signal.event;
    if (type !== 'design.updated' && type !== 'outcome.updated' && type !== 'skill.updated') return;
    // Live typing stored: the document already holds it.
    if (Array.isArray(data['actors'])) return;
    const id = data['id'] as string | undefined;
    if (!id) return;
    const kind = type.slice(0, type.indexOf('.')) as CollabDocumentKind;
    const changed = Array.isArray(data['changed']) ? (data['changed'] as string[]) : null;
    if (changed && !(COLLAB_FIELDS[kind] as readonly string[]).some((field) => changed.includes(field)))
      return;
    const name = `${kind}:${id}`;
    const [row] = (await tx.manager.query(
      `SELECT state, fields FROM collab_documents WHERE name = $1 FOR UPDATE`,
      [name],
    )) as Array<{ state: Buffer; fields: LiveTexts }>;
    // Never opened: it opens from the record's texts.
    if (!row) return;
    const fields: LiveTexts = { ...row.fields };
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, row.state);
      const before = Y.encodeStateVector(doc);
      let edited = false;
      doc.transact(() => {
        for (const field of COLLAB_FIELDS[kind] as readonly string[]) {
          if (!(field in data)) continue;
          const value = (data[field] as string | null | undefined) ?? null;
          if (changed ? !changed.includes(field) : value === (fields[field] ?? null)) continue;
          if (applyTextEdit(doc.getText(field), value ?? '')) edited = true;
          fields[field] = value;
        }
      });
      if (!edited && JSON.stringify(fields) === JSON.stringify(row.fields)) return;
      await tx.manager.query(
        `UPDATE collab_documents SET state = $2, fields = $3, updated_at = now() WHERE name = $1`,
        [name, Buffer.from(Y.encodeStateAsUpdate(doc)), JSON.stringify(fields)],
      );
      if (!edited) return;
      const update = Y.encodeStateAsUpdate(doc, before);
      tx.afterCommit(() => {
        void this.applyServerUpdate(name, update);
        this.broadcast({ type: 'update', name, update: Buffer.from(update).toString('base64') });
      });
    } finally {
      doc.destroy();
    }
  }

  /** A committed server-side edit into the document, if it is open (or opening) here. */
  private async applyServerUpdate(name: string, update: Uint8Array): Promise<void> {
    try {
      const document =
        this.hocuspocus.documents.get(name) ?? (await this.hocuspocus.loadingDocuments.get(name));
      if (document) Y.applyUpdate(document, update, SERVER_ORIGIN);
    } catch (error) {
      this.logger.error({ err: error, name }, 'applying a server-side edit to a live document failed');
    }
  }

  private broadcast(message: ControlMessage): void {
    const control = this.control;
    if (!control) return;
    control.pub
      .publish(control.channel, JSON.stringify({ from: control.self, message }))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'telling the other instances failed'));
  }

  private onControl(raw: string): void {
    let parsed: { from?: string; message?: ControlMessage };
    try {
      parsed = JSON.parse(raw) as typeof parsed;
    } catch {
      return;
    }
    const message = parsed.message;
    if (!message || parsed.from === this.control?.self) return;
    if (message.type === 'stage') this.stageChanged(message.designId, message.stage);
    else if (message.type === 'removed') this.closeUser(message.userId, message.designId);
    else if (message.type === 'deactivated') this.closeUser(message.userId);
    else if (message.type === 'sessions') this.closeSessions(message.userId, message.sessionIds);
    else if (message.type === 'update')
      void this.applyServerUpdate(message.name, Buffer.from(message.update, 'base64'));
  }

  // ---- transitions ----

  /** Before a transition leaves DRAFTING: no more typing, and what was typed is stored in its transaction. */
  private async flushDesign(tx: Tx, designId: string): Promise<void> {
    this.leaving.add(designId);
    for (const connection of this.connectionsOfDesign(designId)) this.applyScope(connection);
    for (const [name, open] of this.open) {
      if (open.designId !== designId) continue;
      const document = this.hocuspocus.documents.get(name);
      if (document) await this.storeIn(tx, name, open, document);
    }
  }

  /** After the transition: the stage as committed decides (back to writable if it failed). */
  private async settle(designId: string): Promise<void> {
    const stage = await this.live.stageOf(designId).catch(() => null);
    this.leaving.delete(designId);
    if (stage) this.stageChanged(designId, stage);
    else for (const connection of this.connectionsOfDesign(designId)) this.applyScope(connection);
  }

  // ---- persistence ----

  /** The document's Yjs state: stored, or made from the record's texts; changes made elsewhere merged in. */
  private async fetch(payload: fetchPayload): Promise<Uint8Array | null> {
    const name = payload.documentName;
    const parsed = parseCollabDocumentName(name);
    if (!parsed) throw { reason: 'NOT_FOUND' };
    // One transaction holding the design's lock (as every write of its content does), then the
    // row's: instances opening the same document at once agree on one initial state and take in a
    // change made elsewhere once, and no GraphQL update (which edits the row in its own
    // transaction) commits between reading the record and reading the row.
    const loaded = await this.transactions.run(async ({ manager }) => {
      const found = await this.live.locate(parsed.kind, parsed.id, manager);
      if (!found) return null;
      await manager.query(`SELECT 1 FROM designs WHERE id = $1 FOR UPDATE`, [found.designId]);
      const current = await this.live.locate(parsed.kind, parsed.id, manager);
      if (!current) return null;
      const initial = new Y.Doc();
      for (const field of COLLAB_FIELDS[parsed.kind] as readonly string[])
        applyTextEdit(initial.getText(field), current.texts[field] ?? '');
      await manager.query(
        `INSERT INTO collab_documents (name, design_id, state, fields) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING`,
        [name, current.designId, Buffer.from(Y.encodeStateAsUpdate(initial)), JSON.stringify(current.texts)],
      );
      const [row] = (await manager.query(
        `SELECT state, fields FROM collab_documents WHERE name = $1 FOR UPDATE`,
        [name],
      )) as Array<{ state: Buffer; fields: LiveTexts }>;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row!.state);
      let changed = false;
      for (const field of COLLAB_FIELDS[parsed.kind] as readonly string[]) {
        const stored = current.texts[field] ?? null;
        if ((row!.fields[field] ?? null) === stored) continue;
        // The record changed while the document was closed (or on another instance): merged in.
        if (applyTextEdit(doc.getText(field), stored ?? '')) changed = true;
      }
      const state = Y.encodeStateAsUpdate(doc);
      if (changed)
        await manager.query(
          `UPDATE collab_documents SET state = $2, fields = $3, updated_at = now() WHERE name = $1`,
          [name, Buffer.from(state), JSON.stringify(current.texts)],
        );
      doc.destroy();
      initial.destroy();
      return { record: current, state };
    });
    if (!loaded) throw { reason: 'NOT_FOUND' };
    const { record, state } = loaded;
    this.open.set(name, {
      kind: parsed.kind,
      id: parsed.id,
      designId: record.designId,
      baseline: { ...record.texts },
      actors: new Set(),
      toldProblems: '[]',
    });
    return state;
  }

  /**
   * Hocuspocus' store of a document (debounced). A failure (the database unreachable) is logged and
   * the document stays dirty: the next change, or the last client leaving, stores it again.
   */
  private async store(payload: storePayload): Promise<void> {
    const open = this.open.get(payload.documentName);
    if (!open) return;
    const work = this.transactions
      .run((tx) => this.storeIn(tx, payload.documentName, open, payload.document))
      .catch((error: unknown) =>
        this.logger.error({ err: error, name: payload.documentName }, 'storing a live document failed'),
      );
    this.storing.add(work);
    try {
      await work;
    } finally {
      this.storing.delete(work);
    }
  }

  /** The document's texts into the record (one change for the burst), its state into collab_documents. */
  private async storeIn(tx: Tx, name: string, open: OpenDocument, document: Y.Doc): Promise<void> {
    // The design's lock first (as every write of its content), then the stored state: what a
    // GraphQL update committed into it (and is maybe still on its way here) is taken in before the
    // texts are read, so they are never the texts that update replaced.
    await tx.manager.query(`SELECT 1 FROM designs WHERE id = $1 FOR UPDATE`, [open.designId]);
    const [row] = (await tx.manager.query(`SELECT state FROM collab_documents WHERE name = $1 FOR UPDATE`, [
      name,
    ])) as Array<{ state: Buffer }>;
    if (row) Y.applyUpdate(document, Y.diffUpdate(row.state, Y.encodeStateVector(document)), SERVER_ORIGIN);
    const raw: Record<string, string> = {};
    for (const field of COLLAB_FIELDS[open.kind] as readonly string[])
      raw[field] = document.getText(field).toString();
    const { texts, problems } = storableTexts(open.kind, raw);
    const actors = [...open.actors];
    open.actors.clear();
    try {
      const result = await this.live.store(open.kind, open.id, texts, actors, tx);
      if (result.texts) open.baseline = { ...result.texts };
      if (result.stored || result.reason === 'UNCHANGED' || result.reason === 'NOT_DRAFTING') {
        await this.saveRow(tx.manager, name, open.designId, Y.encodeStateAsUpdate(document), open.baseline);
      }
    } catch (error) {
      for (const actor of actors) open.actors.add(actor);
      throw error;
    }
    tx.afterCommit(() => this.tellProblems(name, open, problems));
  }

  private tellProblems(name: string, open: OpenDocument, problems: CollabFieldProblem[]): void {
    const json = JSON.stringify(problems);
    if (json === open.toldProblems) return;
    open.toldProblems = json;
    const document = this.hocuspocus.documents.get(name);
    if (!document) return;
    for (const { connection } of document.connections.values()) {
      if (!connection.readOnly) this.tell(connection, { type: 'fieldProblems', problems });
    }
  }

  /** Upsert, merged with what is stored (another instance's state is never lost). */
  private async saveRow(
    manager: Tx['manager'],
    name: string,
    designId: string,
    state: Uint8Array,
    fields: LiveTexts,
  ): Promise<void> {
    const [existing] = (await manager.query(`SELECT state FROM collab_documents WHERE name = $1 FOR UPDATE`, [
      name,
    ])) as Array<{ state: Buffer }>;
    const merged = existing ? Y.mergeUpdates([existing.state, state]) : state;
    await manager.query(
      `INSERT INTO collab_documents (name, design_id, state, fields, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, fields = EXCLUDED.fields, updated_at = now()`,
      [name, designId, Buffer.from(merged), JSON.stringify(fields)],
    );
  }

  // ---- Redis ----

  private redisClient(url: string): Redis {
    const client = new Redis(url, {
      maxRetriesPerRequest: 3,
      retryStrategy: (attempt) => Math.min(attempt * 100, 500),
    });
    // An outage is logged; it never ends the process.
    client.on('error', (error: Error) => this.logger.warn({ err: error.message }, 'collab Redis error'));
    // The Redis extension calls these without awaiting them (callback style, or fire and forget):
    // their promises get a handler, so a failure while Redis is down is no unhandled rejection.
    const guarded = client as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['publish', 'subscribe', 'unsubscribe']) {
      const original = guarded[method]!.bind(client);
      guarded[method] = (...args: unknown[]) => {
        const result = original(...args);
        if (result instanceof Promise)
          result.catch((error: unknown) =>
            this.logger.warn({ err: (error as Error).message, method }, 'collab Redis command failed'),
          );
        return result;
      };
    }
    this.redisClients.push(client);
    return client;
  }

  /**
   * `@hocuspocus/extension-redis`, its hooks guarded: while Redis is down their failures (a publish,
   * the store lock) are logged, never rejected into Hocuspocus (where nothing awaits some of them);
   * storing in PostgreSQL runs before them and goes on.
   */
  private redisExtension(url: string): Extension {
    const extension = new RedisExtension({
      prefix: `${this.options.redisPrefix}:collab`,
      createClient: () => this.redisClient(url),
    }) as unknown as Record<string, unknown>;
    for (const hook of [
      'afterLoadDocument',
      'onChange',
      'onAwarenessUpdate',
      'onStoreDocument',
      'afterStoreDocument',
      'beforeBroadcastStateless',
      'beforeUnloadDocument',
      'afterUnloadDocument',
      'onDestroy',
    ]) {
      const original = extension[hook];
      if (typeof original !== 'function') continue;
      extension[hook] = async (payload: unknown) => {
        try {
          return await (original as (payload: unknown) => Promise<unknown>).call(extension, payload);
        } catch (error) {
          const message = (error as { message?: string } | null)?.message;
          // An empty message is the extension's "another instance holds the store lock".
          if (message) this.logger.warn({ err: message, hook }, 'collab Redis hook failed');
          return undefined;
        }
      };
    }
    return extension as unknown as Extension;
  }

  private async connectControl(url: string): Promise<void> {
    const pub = this.redisClient(url);
    const sub = this.redisClient(url);
    const channel = `${this.options.redisPrefix}:collab:control`;
    sub.on('message', (received: string, raw: string) => {
      if (received === channel) this.onControl(raw);
    });
    await sub
      .subscribe(channel)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'collab control'));
    this.control = { pub, sub, channel, self: randomUUID() };
  }
}
