import { splitPersonName } from '../leads/person-name';
import type { Drift, ExtractionReport } from '../capture/linkedin/report';
import type { Capture } from '../capture/schema';
import { formatList, t, type MessageKey } from '../i18n';

/**
 * The in-page warning when LinkedIn's page looks different (report.ts, Drift): it says
 * so plainly, lists what could be read, and lets the rep correct the name, title and
 * company before saving. Plain DOM, text only (page values go into input values and
 * textContent, never markup), in the control's closed shadow root.
 */

const DRIFT_TEXT: Record<Exclude<Drift, 'none'>, MessageKey> = {
  'weakest-only': 'captureReal.drift.weakestOnly',
  'no-name': 'captureReal.drift.noName',
  unconfirmed: 'captureReal.drift.unconfirmed',
};

const FIELD_LABEL: Record<string, MessageKey> = {
  fullName: 'field.fullName',
  headline: 'field.headline',
  title: 'field.title',
  companyName: 'field.companyName',
  companyLinkedinUrl: 'field.companyLinkedinUrl',
  location: 'field.location',
  photoUrl: 'field.photoUrl',
  name: 'captureReal.companyName',
  industry: 'field.industry',
  sizeBand: 'field.sizeBand',
  website: 'field.website',
  headquarters: 'field.headquarters',
  logoUrl: 'captureReal.logo',
};

type Editable = { key: 'fullName' | 'title' | 'companyName' | 'name'; label: MessageKey; value: string | undefined };

function editableOf(capture: Capture): Editable[] {
  if (capture.kind === 'company') return [{ key: 'name', label: 'captureReal.companyName', value: capture.company.name }];
  const { person } = capture;
  return [
    { key: 'fullName', label: 'field.fullName', value: person.fullName },
    { key: 'title', label: 'field.title', value: person.title },
    { key: 'companyName', label: 'field.companyName', value: person.companyName },
  ];
}

/** "Read from the page: Name, Title and Location." in the rep's language. */
export function readFieldsText(report: ExtractionReport): string {
  const found = Object.entries(report.fields)
    .filter(([, yes]) => yes)
    .map(([field]) => FIELD_LABEL[field])
    .filter((key): key is MessageKey => key !== undefined)
    .map((key) => t(key));
  if (found.length === 0) return t('captureReal.readNothing');
  return t('captureReal.read', { fields: formatList(found) });
}

/** The capture with the rep's corrections; undefined when the name was left empty. */
export function corrected(capture: Capture, values: Record<string, string>): Capture | undefined {
  const clean = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() || undefined;
  if (capture.kind === 'company') {
    const name = clean(values.name);
    return name ? { kind: 'company', company: { ...capture.company, name } } : undefined;
  }
  const fullName = clean(values.fullName);
  if (!fullName) return undefined;
  const person = { ...capture.person, fullName, title: clean(values.title), companyName: clean(values.companyName) };
  if (fullName !== capture.person.fullName) {
    // A name typed by the rep is split again; the page's split named someone else.
    const { firstName, lastName } = splitPersonName(fullName);
    person.firstName = firstName;
    person.lastName = lastName;
  }
  return { kind: 'person', person };
}

export type DriftReviewDeps = {
  /** Bind a control's activation through the real-input guard (save-button.ts). */
  onRealClick: (control: HTMLElement, action: () => void) => void;
  save: (capture: Capture) => void;
  cancel: () => void;
};

/** The review box: the warning, what was read, the fields to correct, save and cancel. */
export function buildDriftReview(capture: Capture, report: ExtractionReport, deps: DriftReviewDeps): HTMLElement {
  const box = document.createElement('div');
  box.className = 'pa-notice pa-review';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('captureReal.review'));

  const warning = document.createElement('p');
  warning.className = 'pa-review-warning';
  warning.textContent = t(DRIFT_TEXT[report.drift === 'none' ? 'weakest-only' : report.drift]);
  const read = document.createElement('p');
  read.className = 'pa-review-read';
  read.textContent = readFieldsText(report);
  box.append(warning, read);

  const inputs: Record<string, HTMLInputElement> = {};
  for (const field of editableOf(capture)) {
    const label = document.createElement('label');
    label.className = 'pa-review-field';
    const caption = document.createElement('span');
    caption.textContent = t(field.label);
    const input = document.createElement('input');
    input.type = 'text';
    input.value = field.value ?? '';
    input.maxLength = 300;
    inputs[field.key] = input;
    label.append(caption, input);
    box.append(label);
  }
  const problem = document.createElement('p');
  problem.className = 'pa-review-problem';
  problem.setAttribute('role', 'alert');

  const actions = document.createElement('div');
  actions.className = 'pa-review-actions';
  const save = document.createElement('button');
  save.type = 'button';
  save.className = 'pa-button';
  save.textContent = t('captureReal.saveChecked');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'pa-button pa-secondary';
  cancel.textContent = t('common.cancel');
  actions.append(save, cancel);
  box.append(problem, actions);

  deps.onRealClick(save, () => {
    const values = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, input.value]));
    const next = corrected(capture, values);
    if (!next) {
      problem.textContent = t('captureReal.nameNeeded');
      (inputs.fullName ?? inputs.name)?.focus();
      return;
    }
    deps.save(next);
  });
  deps.onRealClick(cancel, deps.cancel);
  return box;
}
