/**
 * English strings of CSV export and import (merged into the catalog in en.ts).
 * Every error code a transfer function returns has a key `transfer.error.<code>`:
 * the message says what is wrong and what to do about it.
 */
export const enTransfer = {
  'transfer.preset.all': 'All fields (for a backup or a spreadsheet)',
  'transfer.preset.hubspot': 'HubSpot contacts',
  'transfer.preset.pipedrive': 'Pipedrive people',
  'transfer.preset.salesforce': 'Salesforce leads',
  'transfer.field.ignore': 'Do not import',

  // Reading the file (decodeCsvFile).
  'transfer.error.too-large': 'This file is larger than 100 MB. Split it into smaller CSV files and import them one by one.',
  'transfer.error.binary':
    'This is not a CSV file (it looks like a PDF, an image, an archive or an Excel workbook). In Excel, use File › Save As › "CSV UTF-8 (Comma delimited)" and import that file.',
  'transfer.error.encoding':
    'This file could not be read: it is saved as Unicode text (UTF-8 or UTF-16), but part of it is damaged (a character cut in half). In Excel, save it as "CSV UTF-8 (Comma delimited)"; in Google Sheets, use File › Download › CSV.',
  'transfer.error.empty': 'This file is empty. Choose a CSV file with a header row and at least one lead.',

  // Said above the preview when a file was not UTF-8 (decodeCsvFile's guess).
  'transfer.assumed.windows-1250':
    'This file is not in UTF-8, so it was read as Windows-1250 (Central European: Polish, Romanian, Czech). Check the names in the preview; if letters look wrong, save it in Excel as "CSV UTF-8 (Comma delimited)" and import that file.',
  'transfer.assumed.windows-1251':
    'This file is not in UTF-8, so it was read as Windows-1251 (Cyrillic: Russian, Ukrainian, Bulgarian). Check the names in the preview; if letters look wrong, save it in Excel as "CSV UTF-8 (Comma delimited)" and import that file.',
  'transfer.assumed.windows-1252':
    'This file is not in UTF-8, so it was read as Windows-1252 (Western European: English, French, German, Spanish). Check the names in the preview; if letters look wrong, save it in Excel as "CSV UTF-8 (Comma delimited)" and import that file.',

  // Reading the rows (parseCsv).
  'transfer.error.no-header': 'No header row was found. The first line of the file must name the columns (for example Name, E-mail, Company).',
  'transfer.error.too-many-rows': 'This file has more than {max} rows. Split it into files of at most {max} rows each and import them one by one.',
  'transfer.error.too-many-columns': 'This file has more than 1,000 columns. Remove the columns you do not need and import it again.',
  'transfer.error.malformed':
    'Row {row} has a quotation mark out of place (a quoted cell that is never closed, or text after its closing quote), so the rest of the file cannot be read. Fix that cell and import again.',

  // Rows that are left out (previewImport).
  'transfer.error.no-identity': 'Row {row} was left out: it has no name, LinkedIn URL or e-mail. Add one of them to import this person.',
  'transfer.error.bad-email': 'Row {row} was left out: "{column}" is not a valid e-mail address. Correct it or clear the cell.',
  'transfer.error.bad-url':
    'Row {row} was left out: "{column}" is not a valid link for that column (a web address such as https://example.com, or in a LinkedIn column a LinkedIn profile or company link). Correct it or clear the cell.',
  'transfer.error.bad-phone':
    'Row {row} was left out: "{column}" is not a phone number (it needs 5 to 20 digits). Correct it or clear the cell. A number shown as 4.86E+10 lost its digits in Excel: format the column as Text and export the file again.',
  'transfer.error.extra-cells':
    'Row {row} was left out: it has more values than the file has columns, so its values may be in the wrong columns (often a comma inside a value that is not in quotes, as in ACME, Inc.). Put that value in quotes, or name the extra column, and import again.',
} as const;
