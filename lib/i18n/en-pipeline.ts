/** English strings of the pipeline: the stages editor, stage changes and deal fields (merged into the catalog in en.ts). */
export const enPipeline = {
  // Stages editor (options page)
  'pipeline.stages.title': 'Pipeline stages',
  'pipeline.stages.intro':
    'Each open deal counts its value times its stage probability in the forecast. Every new lead starts in the first stage; won counts 100 % and lost 0 %.',
  'pipeline.stages.list': 'Stages',
  'pipeline.stage.name': 'Stage name',
  'pipeline.stage.probability': 'Probability (%)',
  'pipeline.stage.fixedProbability': '{value} %',
  'pipeline.stage.kind.new': 'Every new lead starts here',
  'pipeline.stage.kind.won': 'Closed as won',
  'pipeline.stage.kind.lost': 'Closed as lost',
  'pipeline.stage.leads': '{count} leads',
  'pipeline.stage.leadsOne': '1 lead',
  'pipeline.stage.leadsNone': 'No leads',
  'pipeline.stage.moveUp': 'Move {name} up',
  'pipeline.stage.moveDown': 'Move {name} down',
  'pipeline.stage.remove': 'Remove {name}',
  'pipeline.stage.removeShort': 'Remove',
  'pipeline.stage.new': 'New stage',

  // Removing a stage that has leads
  'pipeline.remove.title': 'Remove {name}',
  'pipeline.remove.question': '{count} leads are in {name}. Where should they go?',
  'pipeline.remove.questionOne': '1 lead is in {name}. Where should it go?',
  'pipeline.remove.moveTo': 'Move its leads to',
  'pipeline.remove.confirm': 'Remove and move leads',
  'pipeline.moves.title': 'When you save',
  'pipeline.moves.item': 'Leads in {from} move to {to}. Their history keeps the old stage.',

  // Adding a stage
  'pipeline.add.title': 'Add a stage',
  'pipeline.add.name': 'New stage name',
  'pipeline.add.probability': 'New stage probability (%)',
  'pipeline.add.submit': 'Add stage',
  'pipeline.add.hint': 'It is added before Won; move it where it belongs.',

  // Currency
  'pipeline.currency': 'Currency',
  'pipeline.currency.hint': 'New deal values use it, and totals are shown in it.',

  // Save bar
  'pipeline.save': 'Save stages',
  'pipeline.discard': 'Discard changes',
  'pipeline.unchanged': 'No unsaved changes.',
  'pipeline.unsaved': 'Unsaved changes.',
  'pipeline.invalid': 'Fix the marked fields to save.',
  'pipeline.saving': 'Saving…',
  'pipeline.saved': 'Stages saved.',
  'pipeline.saveFailed': 'The stages could not be saved. Try again.',
  'pipeline.announce.added': 'Stage added: {name}',
  'pipeline.announce.removed': 'Stage removed: {name}',
  'pipeline.announce.moved': '{name} moved to position {position}',
  'pipeline.removedStage': '{name} (removed stage)',

  // Field errors of the stages editor
  'pipeline.error.empty-name': 'Enter a name.',
  'pipeline.error.name-too-long': 'Use at most 60 characters.',
  'pipeline.error.duplicate-name': 'Another stage has this name.',
  'pipeline.error.not-a-number': 'Enter a whole number from 0 to 100.',
  'pipeline.error.not-whole': 'Enter a whole number from 0 to 100.',
  'pipeline.error.out-of-range': 'Enter a whole number from 0 to 100.',
  'pipeline.error.too-many': 'A pipeline has at most 30 stages.',
  'pipeline.error.unknown-stage': 'That stage no longer exists.',
  'pipeline.error.fixed-stage': 'The first stage, won and lost cannot be removed.',
  'pipeline.error.fixed-probability': 'Won is always 100 % and lost 0 %.',
  'pipeline.error.cannot-move': 'This stage cannot move further.',
  'pipeline.error.bad-target': 'Pick a stage to move the leads to.',
  'pipeline.error.last-open-stage': 'At least one open stage is needed.',
  'pipeline.error.bad-id': 'The stage could not be added. Try another name.',
  'pipeline.error.invalid': 'This change would break the stage list.',

  // Stage changes (side panel)
  'pipeline.change.error.unknown-stage': 'That stage no longer exists. Pick another one.',
  'pipeline.change.error.same-stage': 'The lead is already in that stage.',
  'pipeline.change.error.needs-value': 'Enter the final deal value to mark it won.',
  'pipeline.change.error.needs-reason': 'Say why the deal was lost.',
  'pipeline.change.error.bad-value': 'This value is not valid.',
  'pipeline.change.error.use-reactivate': 'A lost lead goes back to the pipeline with “Reactivate”.',
  'pipeline.change.error.not-lost': 'Only a lost lead can be reactivated.',

  // Deal fields (side panel)
  'pipeline.deal.error.negative': 'A deal value cannot be negative.',
  'pipeline.deal.error.not-a-number': 'Enter a number, like 25 000 or 25,000.50.',
  'pipeline.deal.error.absurd': 'This value is too large to be a deal.',
  'pipeline.close.error.before-lead': 'The close date cannot be before the lead was created.',
  'pipeline.close.error.too-far': 'The close date cannot be more than 10 years ahead.',
  'pipeline.close.error.invalid': 'Enter a date.',
} as const;
