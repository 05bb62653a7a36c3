/**
 * The Open Badges 3.0 `EndorsementCredential` a partner organization's endorsement of a design is
 * exported as, and the VC-JWT claims that carry it (OB 3.0 §8.2 "JSON Web Token Proof Format").
 * Pure: the caller decides which endorsements stand and signs the result.
 */
import { inertMarkdown } from '../exports';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../exports/open-badge';
import { achievementUrl } from '../exports/public-urls';

export interface EndorsementCredentialInput {
  /** The API's public address (`PUBLIC_URL`): the subject is the Achievement served there. */
  publicUrl: string;
  design: { id: string; title: string; revision: number };
  endorser: { id: string; name: string };
  decision: { id: string; note: string | null; recordedAt: Date };
}

/** The registered JWT claims OB 3.0 derives from the credential, beside `vc`. */
export interface EndorsementClaims {
  iss: string;
  jti: string;
  sub: string;
  /** NumericDate (seconds) of `validFrom`. */
  nbf: number;
}

export function buildEndorsementCredential(input: EndorsementCredentialInput): {
  credential: Record<string, unknown>;
  claims: EndorsementClaims;
} {
  const { design, endorser, decision } = input;
  // JWT dates have whole seconds: validFrom is cut to the second so that it and nbf say the same.
  const nbf = Math.floor(decision.recordedAt.getTime() / 1000);
  const title = design.title.trim();
  const name = endorser.name.trim();
  const note = decision.note?.trim();
  const credential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    // One credential per standing decision: a changed note keeps the id and moves validFrom, which
    // is how OB 3.0 tells a newer version of the same credential; a new revision is a new decision.
    id: `urn:uuid:${decision.id}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: `${name} endorses ${title}`,
    description: `${name} endorses revision ${design.revision} of the micro-credential ${title}.`,
    // No URL serves a partner organization's profile: an http id that answered 404 would mislead.
    issuer: { id: `urn:uuid:${endorser.id}`, type: ['Profile'], name },
    validFrom: new Date(nbf * 1000).toISOString().replace('.000Z', 'Z'),
    credentialSubject: {
      id: achievementUrl(input.publicUrl, design.id),
      type: ['EndorsementSubject'],
      // OB 3.0 types the comment as Markdown, which wallets render: the note is made inert (SPEC:
      // no HTML or link injection in any export), so it renders as the partner wrote it.
      ...(note ? { endorsementComment: inertMarkdown(note) } : {}),
    },
  };
  return {
    credential,
    claims: { iss: credential.issuer.id, jti: credential.id, sub: credential.credentialSubject.id, nbf },
  };
}
