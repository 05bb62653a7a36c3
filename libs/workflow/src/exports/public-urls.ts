/**
 * The public addresses built on `PUBLIC_URL`: where each export of a published design is served
 * without a login, and so the ids those exports carry (an id that is a URL should answer).
 */
function base(publicUrl: string): string {
  return publicUrl.trim().replace(/\/+$/, '');
}

/** The Open Badges 3.0 Achievement of a design: its `id`. */
export function achievementUrl(publicUrl: string, designId: string): string {
  return `${base(publicUrl)}/credentials/${encodeURIComponent(designId)}/achievement.json`;
}

/** The CASE 1.1 package of a design: the CFDocument's `uri`, and the base of its items' uris. */
export function casePackageUrl(publicUrl: string, designId: string): string {
  return `${base(publicUrl)}/credentials/${encodeURIComponent(designId)}/case.json`;
}

/** The CTDL `ceterms:MicroCredential` of a design: its `@id`. */
export function ctdlUrl(publicUrl: string, designId: string): string {
  return `${base(publicUrl)}/credentials/${encodeURIComponent(designId)}/ctdl.json`;
}

/** The OB 3.0 issuer `Profile` of an institution: the Achievement creator's `id`. */
export function issuerProfileUrl(publicUrl: string, institutionId: string): string {
  return `${base(publicUrl)}/credentials/issuers/${encodeURIComponent(institutionId)}.json`;
}

/** The public catalog page of a published design in the web app (CTDL `subjectWebpage`). */
export function catalogPageUrl(publicUrl: string, designId: string): string {
  return `${base(publicUrl)}/catalog/${encodeURIComponent(designId)}`;
}
