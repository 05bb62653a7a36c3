import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { ConflictDialog, ConflictValues } from './ConflictDialog';

function Harness({
  onKeepMine = jest.fn(),
  onTakeTheirs = jest.fn(),
}: {
  onKeepMine?: () => void;
  onTakeTheirs?: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Save
      </button>
      {open && (
        <ConflictDialog
          title="Title changed while you were editing"
          theirs={<p>Electrical Troubleshooting for Industry</p>}
          mine={<p>Industrial Electrical Troubleshooting</p>}
          onKeepMine={onKeepMine}
          onTakeTheirs={onTakeTheirs}
          onDismiss={() => setOpen(false)}
        />
      )}
    </>
  );
}

describe('ConflictDialog', () => {
  it('is a modal dialog with focus in it, showing theirs and mine side by side', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = screen.getByRole('dialog', { name: 'Title changed while you were editing' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const theirs = within(dialog).getByRole('region', { name: 'Theirs' });
    const mine = within(dialog).getByRole('region', { name: 'Mine' });
    expect(within(theirs).getByText('Electrical Troubleshooting for Industry')).toBeTruthy();
    expect(within(mine).getByText('Industrial Electrical Troubleshooting')).toBeTruthy();
  });

  it('calls back for "Keep mine" and "Take theirs"', async () => {
    const user = userEvent.setup();
    const onKeepMine = jest.fn();
    const onTakeTheirs = jest.fn();
    render(<Harness onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(onKeepMine).toHaveBeenCalledTimes(1);
    expect(onTakeTheirs).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    expect(onTakeTheirs).toHaveBeenCalledTimes(1);
    expect(onKeepMine).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape, choosing nothing, and gives focus back', async () => {
    const user = userEvent.setup();
    const onKeepMine = jest.fn();
    const onTakeTheirs = jest.fn();
    render(<Harness onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />);
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    expect(screen.getByRole('dialog')).toBeTruthy();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onKeepMine).not.toHaveBeenCalled();
    expect(onTakeTheirs).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(save);
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = screen.getByRole('dialog');
    for (let i = 0; i < 5; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('marks the rows where the two sides differ', () => {
    render(
      <ConflictValues
        rows={[
          { label: 'Name', value: 'Reads wiring diagrams' },
          { label: 'Priority', value: 'Essential', differs: true },
          { label: 'Description', value: '' },
        ]}
      />,
    );
    const priority = screen.getByText('Essential').closest('div');
    expect(priority?.className).toContain('ws-differs');
    expect(priority?.textContent).toContain('(differs)');
    expect(screen.getByText('Reads wiring diagrams').closest('div')?.className ?? '').not.toContain(
      'ws-differs',
    );
    expect(screen.getByText('Not set')).toBeTruthy();
  });
});
