import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';

import { APP_CONFIG, PLATFORM_SIGNING_KEY } from '@mc/config';
import type { AppConfig, SigningKey } from '@mc/config';
import { DesignAccessPolicy, DesignContentReader } from '@mc/designs';
import type { AuthenticatedUser } from '@mc/identity';

import { Decision } from '../decisions/decision.entity';

import { buildEndorsementCredential } from './endorsement-credential';
import { standingEndorsements } from './standing-endorsements';

/**
 * Each partner organization's standing endorsement of a design as an Open Badges 3.0
 * EndorsementCredential, signed by the platform as a VC-JWT (EdDSA); the key's public half is
 * served at `/.well-known/jwks.json`.
 */
@Injectable()
export class EndorsementCredentialService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PLATFORM_SIGNING_KEY) private readonly key: SigningKey,
    private readonly dataSource: DataSource,
    private readonly access: DesignAccessPolicy,
    private readonly content: DesignContentReader,
  ) {}

  /**
   * One compact JWS per partner organization whose ENDORSE stands on the current revision, for
   * anyone who may see the design, in any stage: endorsements are recorded in partner review and
   * stand until the content changes (a new revision), so the list is empty before partner review
   * and again after an edit, and lasts through committee review, approval and publication.
   */
  async export(user: AuthenticatedUser, designId: string): Promise<string[]> {
    await this.access.visible(user, designId);
    // One snapshot of the design, its participants and its decisions, so they agree on the revision.
    const { content, participants, decisions } = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (manager) => {
        const content = await this.content.read(manager, designId);
        return {
          content,
          participants: await this.content.participants(manager, designId),
          decisions: await manager.getRepository(Decision).findBy({ designId, revision: content.revision }),
        };
      },
    );
    const endorsements = standingEndorsements({ revision: content.revision, participants, decisions });
    return Promise.all(
      endorsements.map(({ organization, decision }) => {
        const { credential, claims } = buildEndorsementCredential({
          publicUrl: this.config.PUBLIC_URL,
          design: { id: content.id, title: content.fields.title, revision: content.revision },
          endorser: organization,
          decision,
        });
        // No iat: Ed25519 signatures are deterministic, so the same endorsement always exports as
        // the same token. No exp: the credential has no validUntil (an endorsement of a revision
        // stays true of it; whether it still stands is this export's answer).
        return new SignJWT({ vc: credential })
          .setProtectedHeader({ alg: 'EdDSA', kid: this.key.kid, typ: 'JWT' })
          .setIssuer(claims.iss)
          .setJti(claims.jti)
          .setSubject(claims.sub)
          .setNotBefore(claims.nbf)
          .sign(this.key.privateKey);
      }),
    );
  }
}
