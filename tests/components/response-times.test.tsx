import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { ResponseTimesSection } from '../../components/sequences/ResponseTimesSection';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { saveCapture } from '../../lib/db/save-capture';
import { freshDb } from '../unit/helpers/db';

const MIN = 60_000;

describe('response times section', () => {
  it('shows each figure from the recorded touches, and says plainly when there is no data', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const now = Date.now();
    const start = now - 2 * 86_400_000;
    const person = PersonCaptureSchema.parse({ fullName: 'Ada', linkedinUrl: 'https://www.linkedin.com/in/ada/', source: 'linkedin', capturedAt: start });
    const { id } = await saveCapture(db, { kind: 'person', person }, start);
    await addActivity(db, { leadId: id, kind: 'email-sent', direction: 'outbound', at: start + 10 * MIN }, start + 10 * MIN);
    await addActivity(db, { leadId: id, kind: 'reply-received', direction: 'inbound', at: start + 40 * MIN }, start + 40 * MIN);
    await addActivity(db, { leadId: id, kind: 'email-sent', direction: 'outbound', at: start + 45 * MIN }, start + 45 * MIN);
    render(
      <DbProvider db={db}>
        <ResponseTimesSection />
      </DbProvider>,
    );
    const dl = (await screen.findByText('Speed to lead')).closest('dl');
    if (!dl) throw new Error('no figures');
    expect(within(dl).getByText('Speed to lead').nextElementSibling).toHaveTextContent('median 10 min');
    expect(within(dl).getByText('Your reply time').nextElementSibling).toHaveTextContent('median 5 min');
    expect(within(dl).getByText('Their reply time').nextElementSibling).toHaveTextContent('median 30 min');
    expect(within(dl).getByText('Reply rate').nextElementSibling).toHaveTextContent('1 of 2 (50%)');
    expect(within(dl).getByText('Invites accepted').nextElementSibling).toHaveTextContent('No data yet.');
    expect(within(dl).getByText('E-mail sent: 1 of 2 (50%)')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '30');
    expect(within(dl).getByText('Reply rate').nextElementSibling).toHaveTextContent('1 of 2');
    expect(within(dl).getByText('Speed to lead').nextElementSibling).toHaveTextContent('in 1 day');
    // Counted in business hours, a day is a working day (8 of them), and the line says so.
    await user.click(screen.getByRole('checkbox', { name: /business hours/ }));
    expect(await within(dl).findAllByText(/in 1 working day \(8 h\)/)).not.toHaveLength(0);
  });
});
