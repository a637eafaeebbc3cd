import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { DataExport } from '../../components/transfer/CsvExport';
import { ExportListButton } from '../../components/transfer/ExportListButton';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { activateMessages } from '../../lib/i18n/runtime';
import { DEFAULT_LIST_QUERY } from '../../lib/leads/list-query';
import { freshDb, NOW } from '../unit/helpers/db';

afterEach(() => {
  activateMessages('en', CATALOGS.en);
  vi.restoreAllMocks();
});

/** The text of every file the page downloads. */
function downloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

async function dbWithJan() {
  const db = freshDb();
  await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jan Kowalski', location: 'Łódź, Polska', source: 'manual', capturedAt: NOW }) }, NOW);
  return db;
}

const firstLine = async (blob: Blob | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer()).split('\r\n')[0];

describe('the CSV separator (Excel splits at its language’s list separator)', () => {
  it('is ";" in Polish by default, with the reason said, and a comma when the rep picks it', async () => {
    activateMessages('pl', CATALOGS.pl);
    const db = await dbWithJan();
    const blobs = downloads();
    const user = userEvent.setup();
    render(
      <DbProvider db={db}>
        <DataExport />
      </DbProvider>,
    );
    const select = screen.getByRole('combobox', { name: CATALOGS.pl['data.separator'] });
    expect(select).toHaveValue(';');
    expect(select).toHaveAccessibleDescription(CATALOGS.pl['data.separatorHint']);
    await user.click(screen.getByRole('button', { name: CATALOGS.pl['data.exportLeads'] }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await firstLine(blobs[0])).toBe('\uFEFFid;fullName;firstName;lastName;headline;title;companyName;companyLinkedinUrl;location;email;phone;website;linkedinUrl;salesNavUrl;source;tags;notes;score;scoreLabel;stage;dealValue;currency;expectedCloseAt;referredBy;nextStep;nextStepDueAt;createdAt;updatedAt');
    await user.selectOptions(select, ',');
    await user.click(screen.getByRole('button', { name: CATALOGS.pl['data.exportCompanies'] }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(await firstLine(blobs[1])).toMatch(/^\uFEFFid,name,industry,/);
  });

  it('starts at commas for a CRM’s columns (its import wizard reads those), and the rep can still change it', async () => {
    activateMessages('pl', CATALOGS.pl);
    const user = userEvent.setup();
    render(
      <DbProvider db={freshDb()}>
        <DataExport />
      </DbProvider>,
    );
    const select = screen.getByRole('combobox', { name: CATALOGS.pl['data.separator'] });
    await user.selectOptions(screen.getByRole('combobox', { name: CATALOGS.pl['data.preset'] }), 'hubspot');
    expect(select).toHaveValue(',');
    await user.selectOptions(select, ';');
    expect(select).toHaveValue(';');
    await user.selectOptions(screen.getByRole('combobox', { name: CATALOGS.pl['data.preset'] }), 'all');
    expect(select).toHaveValue(';');
  });

  it('is a comma in English', () => {
    render(
      <DbProvider db={freshDb()}>
        <DataExport />
      </DbProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Separate columns with' })).toHaveValue(',');
  });

  it('follows the language in the lead list’s export', async () => {
    activateMessages('ru', CATALOGS.ru);
    const db = await dbWithJan();
    const blobs = downloads();
    render(<ExportListButton db={db} query={DEFAULT_LIST_QUERY} />);
    await userEvent.click(screen.getByRole('button', { name: CATALOGS.ru['data.listExport'] }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await firstLine(blobs[0])).toMatch(/^\uFEFFid;fullName;firstName;/);
  });
});
