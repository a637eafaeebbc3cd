/**
 * English strings for capture on LinkedIn as it changes (issue 17), merged into the
 * catalog in en.ts: the in-page warning when LinkedIn's page looks different and the
 * rep checks what was read before saving (lib/content/drift-review.ts), and the
 * capture diagnostics on the options page (components/diagnostics/CaptureDiagnostics.tsx).
 */
export const enCaptureReal = {
  'captureReal.drift.weakestOnly': 'LinkedIn’s page looks different: only the page title could be read. Check the details before saving.',
  'captureReal.drift.noName': 'LinkedIn’s page looks different: no name could be read. Type it below before saving.',
  'captureReal.drift.unconfirmed': 'LinkedIn’s page looks different: it does not say whose profile this is. Check the details before saving.',
  'captureReal.read': 'Read from the page: {fields}.',
  'captureReal.readNothing': 'Nothing but the page address could be read.',
  'captureReal.review': 'Check before saving',
  'captureReal.companyName': 'Company name',
  'captureReal.logo': 'Logo',
  'captureReal.saveChecked': 'Save these details',
  'captureReal.nameNeeded': 'Type a name to save.',

  'diagnostics.title': 'Capture diagnostics',
  'diagnostics.intro':
    'When LinkedIn changes its pages, capture can miss things. Each time you save from LinkedIn, the extension notes how the page was read: the kind of page, which ways of reading it worked, which details were found, and the extension version. No names, addresses or other page text are kept. Export the notes to attach them to a bug report.',
  'diagnostics.kept': 'Notes kept',
  'diagnostics.drifted': 'Pages that looked different',
  'diagnostics.export': 'Export diagnostics',
  'diagnostics.clear': 'Clear',
  'diagnostics.cleared': 'Diagnostics cleared.',
  'diagnostics.none': 'No notes yet: save a lead from LinkedIn first.',
} as const;
