import { fileStem } from './download-file';

describe('fileStem', () => {
  it('keeps letters and digits of the title, lower-cased, joined by dashes', () => {
    expect(fileStem('Solar Installation Basics')).toBe('solar-installation-basics');
    expect(fileStem('  Cloud Ops_101: Day 2!  ')).toBe('cloud-ops-101-day-2');
  });

  it('drops accents, and anything that could name another folder or a hidden file', () => {
    expect(fileStem('Électricité générale')).toBe('electricite-generale');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('.hidden')).toBe('hidden');
  });

  it('a title with nothing usable is "design"; a long one is cut at 60 characters', () => {
    expect(fileStem('<<<>>>')).toBe('design');
    expect(fileStem('a'.repeat(100))).toHaveLength(60);
    expect(fileStem(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});
