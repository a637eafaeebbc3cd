import type { Page } from 'playwright-core';

/** The options page's "Your data" section: demo, export, CSV import, backup restore. */
export class DataPage {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByRole('region', { name: 'Your data' });
  }

  /** A part of the section by its heading: 'Demo data', 'Export', 'Import leads from a CSV file', 'Restore a backup…'. */
  part(name: string) {
    return this.section().getByRole('region', { name, exact: true });
  }

  /** What a part says it did (its status line). */
  status(part: string) {
    return this.part(part).getByRole('status').last();
  }

  /** The last status or error message of a part (a failed import says why in an alert). */
  outcome(part: string) {
    return this.part(part).locator('[role="status"], [role="alert"]').last();
  }

  /** Click an export button and wait for the file it downloads; returns the file's text (BOM kept). */
  async exportFile(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.part('Export').getByRole('button', { name: button }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async choosePreset(name: string): Promise<void> {
    await this.section().getByLabel('Columns for').selectOption({ label: name });
  }

  async chooseCsv(path: string): Promise<void> {
    await this.part('Import leads from a CSV file').getByLabel('CSV file', { exact: true }).setInputFiles(path);
  }

  /** Choose a file made in the test (bytes as a spreadsheet saved them). */
  async chooseCsvBytes(name: string, buffer: Buffer): Promise<void> {
    await this.part('Import leads from a CSV file').getByLabel('CSV file', { exact: true }).setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  /** The note saying which encoding a file that is not UTF-8 was read in. */
  encodingNote() {
    return this.section().getByTestId('import-encoding');
  }

  /** The mapping select of a CSV column, by its header. */
  mapping(header: string) {
    return this.section().locator('label', { hasText: `Column "${header}"` }).locator('select');
  }

  preview() {
    return this.section().getByRole('table', { name: 'Preview: the first rows as they will be stored' });
  }

  refused() {
    return this.section().getByRole('list', { name: 'Refused rows' });
  }

  counts() {
    return this.section().getByTestId('import-counts');
  }
}
