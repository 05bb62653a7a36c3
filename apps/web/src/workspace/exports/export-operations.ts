import { graphql } from '../../gql';

/** The design's exports, each asked for when its file is downloaded (never cached: always current). */
export const ExportBadge = graphql(`
  query ExportBadge($designId: ID!) {
    exportOpenBadge(designId: $designId)
  }
`);

export const ExportBriefMarkdown = graphql(`
  query ExportBriefMarkdown($designId: ID!) {
    exportBrief(designId: $designId)
  }
`);

export const ExportCasePackage = graphql(`
  query ExportCasePackage($designId: ID!) {
    exportCase(designId: $designId)
  }
`);

export const ExportCtdlCredential = graphql(`
  query ExportCtdlCredential($designId: ID!) {
    exportCtdl(designId: $designId)
  }
`);
