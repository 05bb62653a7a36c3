import {
  collabDocumentName,
  COLLAB_FIELDS,
  COLLAB_FIELD_LIMITS,
  parseCollabDocumentName,
} from './collab-documents';

const ID = '0b7a4a4e-6f2b-4c1e-9d1a-3c2e5f6a7b8c';

describe('collab document names', () => {
  it('round-trip kind and id', () => {
    for (const kind of ['design', 'outcome', 'skill'] as const) {
      expect(parseCollabDocumentName(collabDocumentName(kind, ID))).toEqual({ kind, id: ID });
    }
  });

  it('name nothing for unknown kinds, missing or malformed ids', () => {
    for (const name of [
      '',
      'design',
      'design:',
      `comment:${ID}`,
      'design:123',
      `design:${ID}x`,
      ` design:${ID}`,
    ]) {
      expect(parseCollabDocumentName(name)).toBeNull();
    }
  });

  it('has a limit for every field', () => {
    for (const [kind, fields] of Object.entries(COLLAB_FIELDS)) {
      const limits = COLLAB_FIELD_LIMITS[kind as keyof typeof COLLAB_FIELD_LIMITS] as Record<string, number>;
      expect(Object.keys(limits).sort()).toEqual([...fields].sort());
    }
  });
});
