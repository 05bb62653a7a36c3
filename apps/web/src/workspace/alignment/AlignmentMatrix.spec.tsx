import { render, screen, within } from '@testing-library/react';

import { makeDesign, outcome, skill } from '../fields/test-design';

import { computeAlignment } from './alignment';
import { AlignmentMatrix } from './AlignmentMatrix';

const wiring = skill('s-wiring', 'Reads wiring diagrams', 'ESSENTIAL');
const safety = skill('s-safety', 'Lockout procedures', 'ESSENTIAL');
const meters = skill('s-meters', 'Uses a multimeter', 'IMPORTANT');
const reports = skill('s-reports', 'Writes shift reports', 'NICE_TO_HAVE');

function rowOf(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(name) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('computeAlignment', () => {
  it('has a column per outcome in their order, a row per skill, and a cell per pair', () => {
    const design = makeDesign({
      skills: [wiring, meters, reports],
      outcomes: [
        outcome('o-b', 2, 'Measure voltage safely', ['s-meters']),
        outcome('o-a', 1, 'Trace a fault through a wiring diagram', ['s-wiring', 's-meters']),
      ],
    });
    const alignment = computeAlignment(design);
    expect(alignment.columns.map((c) => [c.label, c.statement])).toEqual([
      ['O1', 'Trace a fault through a wiring diagram'],
      ['O2', 'Measure voltage safely'],
    ]);
    expect(alignment.rows.map((r) => [r.name, r.cells, r.gap, r.essentialGap])).toEqual([
      ['Reads wiring diagrams', [true, false], false, false],
      ['Uses a multimeter', [true, true], false, false],
      ['Writes shift reports', [false, false], true, false],
    ]);
    expect(alignment.gapCount).toBe(1);
    expect(alignment.essentialGapCount).toBe(0);
  });

  it("takes gaps from the design's coverage, essential gaps apart", () => {
    const design = makeDesign({ skills: [wiring, meters], outcomes: [] });
    const alignment = computeAlignment(design);
    expect(alignment.rows.map((r) => [r.skillId, r.gap, r.essentialGap])).toEqual([
      ['s-wiring', true, true],
      ['s-meters', true, false],
    ]);
    expect(alignment.essentialGapCount).toBe(1);
  });
});

describe('AlignmentMatrix', () => {
  it('is a table of skills × outcomes with ✓ "covers" where an outcome covers a skill', () => {
    const design = makeDesign({
      skills: [wiring, meters],
      outcomes: [
        outcome('o-1', 1, 'Trace a fault through a wiring diagram', ['s-wiring']),
        outcome('o-2', 2, 'Measure voltage safely', ['s-wiring', 's-meters']),
      ],
    });
    render(<AlignmentMatrix design={design} />);
    const table = screen.getByRole('table', { name: 'Alignment matrix' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Skill', 'O1', 'O2', 'Coverage']);
    expect(headers[1].getAttribute('title')).toBe('Trace a fault through a wiring diagram');
    expect(within(table).getByRole('columnheader', { name: 'O2: Measure voltage safely' })).toBeTruthy();

    const wiringCells = within(rowOf('Reads wiring diagrams')).getAllByRole('cell');
    expect(wiringCells.slice(0, 2).map((c) => c.textContent)).toEqual(['✓covers', '✓covers']);
    const meterCells = within(rowOf('Uses a multimeter')).getAllByRole('cell');
    expect(meterCells.slice(0, 2).map((c) => c.textContent)).toEqual(['', '✓covers']);
    expect(within(table).getAllByText('covers')).toHaveLength(3);
    expect(within(rowOf('Reads wiring diagrams')).getByRole('rowheader').textContent).toContain('Essential');
  });

  it('marks a skill no outcome covers as a gap, an essential one most', () => {
    const design = makeDesign({
      skills: [wiring, safety, meters, reports],
      outcomes: [outcome('o-1', 1, 'Trace a fault through a wiring diagram', ['s-wiring'])],
    });
    render(<AlignmentMatrix design={design} />);
    const table = screen.getByRole('table', { name: 'Alignment matrix' });

    const covered = rowOf('Reads wiring diagrams');
    expect(covered.className).not.toContain('ws-gap');
    expect(covered.textContent).not.toContain('Uncovered essential skill');

    const essentialGap = rowOf('Lockout procedures');
    expect(essentialGap.className).toContain('ws-gap-essential');
    expect(within(essentialGap).getByText('Uncovered essential skill')).toBeTruthy();

    for (const name of ['Uses a multimeter', 'Writes shift reports']) {
      const gap = rowOf(name);
      expect(gap.className).toContain('ws-gap');
      expect(gap.className).not.toContain('ws-gap-essential');
      expect(within(gap).getByText('Gap: not covered')).toBeTruthy();
      expect(gap.textContent).not.toContain('Uncovered essential skill');
    }
    expect(within(table).getAllByText('Uncovered essential skill')).toHaveLength(1);
    expect(screen.queryByText('Every skill is covered')).toBeNull();
    expect(screen.getByText(/3 of 4 skills are not covered/).textContent).toContain('1 essential');
  });

  it('says every skill is covered when there is no gap', () => {
    const design = makeDesign({
      skills: [wiring, reports],
      outcomes: [
        outcome('o-1', 1, 'Trace a fault', ['s-wiring']),
        outcome('o-2', 2, 'Write up the repair', ['s-reports']),
      ],
    });
    render(<AlignmentMatrix design={design} />);
    expect(screen.getByText('Every skill is covered')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Alignment matrix' });
    expect(within(table).queryByText('Uncovered essential skill')).toBeNull();
    expect(within(table).queryByText('Gap: not covered')).toBeNull();
    expect(table.querySelectorAll('tr.ws-gap')).toHaveLength(0);
  });

  it('follows the API coverage for gaps even when every outcome is listed', () => {
    // The API says the skill is uncovered (e.g. a link just removed): the matrix agrees with the gate.
    const design = makeDesign({
      skills: [wiring],
      outcomes: [outcome('o-1', 1, 'Trace a fault', ['s-wiring'])],
      coverage: { uncoveredSkills: [{ id: 's-wiring' }], uncoveredEssentialSkills: [{ id: 's-wiring' }] },
    });
    render(<AlignmentMatrix design={design} />);
    expect(within(rowOf('Reads wiring diagrams')).getByText('Uncovered essential skill')).toBeTruthy();
  });
});
