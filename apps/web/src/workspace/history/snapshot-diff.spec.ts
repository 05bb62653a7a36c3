import { fieldLabel, readableValue, wordDiff } from './snapshot-diff';

describe('snapshot comparison words', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Build a safe circuit', 'Build a tested safe circuit board')).toEqual([
      { text: 'Build a ', change: 'same' },
      { text: 'tested ', change: 'added' },
      { text: 'safe circuit', change: 'same' },
      { text: ' board', change: 'added' },
    ]);
    expect(wordDiff('same', 'same')).toEqual([{ text: 'same', change: 'same' }]);
  });

  it('names fields as the form does', () => {
    expect(fieldLabel('assessmentApproach')).toBe('Assessment approach');
    expect(fieldLabel('validityPeriod')).toBe('Validity period');
    expect(fieldLabel('bloomLevel')).toBe('Bloom level');
    expect(fieldLabel('somethingNew')).toBe('Something new');
  });

  it('shows ids as the names of the skills they are, and an item as labelled lines, never JSON', () => {
    const names = new Map([['3f1c0d2e-0000-4000-8000-000000000001', 'Wiring']]);
    expect(readableValue(['3f1c0d2e-0000-4000-8000-000000000001'], names)).toBe('Wiring');
    const shown = readableValue(
      {
        id: 'x',
        statement: 'Wire a panel',
        bloomLevel: 'APPLY',
        skillIds: ['3f1c0d2e-0000-4000-8000-000000000001'],
        createdAt: '2025-01-01',
      },
      names,
    );
    expect(shown).toBe('Statement: Wire a panel\nBloom level: Apply\nSkills: Wiring');
    expect(shown).not.toMatch(/[{}"]/);
    expect(readableValue(null, names)).toBe('—');
  });
});
