import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import { DesignFields } from '../fields/DesignFields';
import { makeDesign, mockClient, partProps } from '../fields/test-design';
import { ReadinessAdvice } from '../stage/ReadinessAdvice';

import { draftReadiness, readyReadiness } from './readiness-fixture';
import { ReadinessPanel } from './ReadinessPanel';

function renderWithFields(design = makeDesign()) {
  const mock = mockClient(() => ({ data: { updateDesign: design } }));
  render(
    <Provider value={mock.client}>
      <ReadinessPanel design={design} />
      <DesignFields {...partProps(design)} />
    </Provider>,
  );
  return screen.getByRole('region', { name: 'Readiness' });
}

describe('ReadinessPanel', () => {
  it('lists only what is missing, framework by framework, each with the API’s message', () => {
    const panel = renderWithFields();
    expect(within(panel).getByRole('status').textContent).toMatch(/Not ready yet/);
    const groups = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(['EU Council Recommendation, Annex I', 'B.C. Micro-Credential Framework']);
    const items = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Country or region of the issuer: Set the issuing country or region as a code, such as CA or CA-BC.',
      'Level: Set the qualification level, or mark it "not applicable".',
      'Form of participation: Say how learners take part.',
      'Aligned with industry, employer or community needs: At least one partner organization must endorse the current version in partner review.',
      'Recognized: Give a credit value or describe the pathways.',
    ]);
    expect(within(panel).queryByText('Title')).toBeNull();
  });

  it('each item with a field is a link that puts the keyboard on that field’s Edit button', async () => {
    const panel = renderWithFields();
    const link = within(panel).getByRole('link', { name: 'Country or region of the issuer' });
    expect(link.getAttribute('href')).toBe('#design-field-issuerCountry');
    await userEvent.click(link);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Edit Country or region of the issuer' }),
    );
    await userEvent.click(within(panel).getByRole('link', { name: 'Form of participation' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Form of participation' }));
  });

  it('a reader who may not edit lands on the field itself', async () => {
    const panel = renderWithFields(makeDesign({ myRole: 'EMPLOYER_PARTNER' }));
    await userEvent.click(within(panel).getByRole('link', { name: 'Level' }));
    expect(document.activeElement?.id).toBe('design-field-level');
  });

  it('an item no field meets (a partner’s endorsement) is named, not linked', () => {
    const panel = renderWithFields();
    expect(
      within(panel).queryByRole('link', { name: 'Aligned with industry, employer or community needs' }),
    ).toBeNull();
    expect(within(panel).getByText('Aligned with industry, employer or community needs')).toBeTruthy();
  });

  it('a ready design says so and lists nothing', () => {
    const panel = renderWithFields(makeDesign({ readiness: readyReadiness() }));
    expect(within(panel).getByRole('status').textContent).toMatch(/Every EU Annex I element/);
    expect(within(panel).queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('ReadinessAdvice (the stage bar)', () => {
  it('counts the missing EU elements ready waits for (not the level) and links to the panel', () => {
    render(<ReadinessAdvice readiness={draftReadiness()} />);
    expect(screen.getByText(/Readiness \(advice\): 2 EU Annex I elements missing/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See what is missing' }).getAttribute('href')).toBe(
      '#design-readiness',
    );
  });

  it('says when every element is met', () => {
    render(<ReadinessAdvice readiness={readyReadiness()} />);
    expect(screen.getByText(/every EU Annex I element this design can carry is met/)).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
