import { defineMessages } from '../../i18n/catalog.ts';

/** The lifecycle's states, buttons, reasons and notices. */
export const lifecycleMessages = defineMessages({
  'proposals.state.clarification_requested': {
    ro: 'Clarificări cerute',
    en: 'Clarification requested',
    hu: 'Pontosítás kérve',
  },
  'proposals.state.eligible': { ro: 'Eligibilă', en: 'Eligible', hu: 'Jogosult' },
  'proposals.state.ineligible': { ro: 'Neeligibilă', en: 'Ineligible', hu: 'Nem jogosult' },
  'proposals.state.in_evaluation': {
    ro: 'În evaluare',
    en: 'In evaluation',
    hu: 'Értékelés alatt',
  },
  'proposals.state.shortlisted': {
    ro: 'Pe lista scurtă',
    en: 'Shortlisted',
    hu: 'Szűkített listán',
  },
  'proposals.state.not_selected': {
    ro: 'Neselectată',
    en: 'Not selected',
    hu: 'Nem választották ki',
  },
  'proposals.state.selected': { ro: 'Selectată', en: 'Selected', hu: 'Kiválasztva' },
  'proposals.state.merged': { ro: 'Comasată', en: 'Merged', hu: 'Összevonva' },
  'proposals.step.answer': {
    ro: 'Trimite răspunsul',
    en: 'Send the answer',
    hu: 'Válasz elküldése',
  },
  'proposals.step.request_clarification': {
    ro: 'Cere clarificări',
    en: 'Request clarification',
    hu: 'Pontosítás kérése',
  },
  'proposals.step.mark_eligible': {
    ro: 'Marchează eligibilă',
    en: 'Mark eligible',
    hu: 'Jogosultnak jelöl',
  },
  'proposals.step.mark_ineligible': {
    ro: 'Marchează neeligibilă',
    en: 'Mark ineligible',
    hu: 'Nem jogosultnak jelöl',
  },
  'proposals.step.merge': {
    ro: 'Comasează în altă propunere',
    en: 'Merge into another proposal',
    hu: 'Összevonás egy másik javaslattal',
  },
  'proposals.step.start_evaluation': {
    ro: 'Trimite în evaluare',
    en: 'Send to evaluation',
    hu: 'Értékelésre küld',
  },
  'proposals.step.shortlist': {
    ro: 'Pune pe lista scurtă',
    en: 'Shortlist',
    hu: 'Szűkített listára tesz',
  },
  'proposals.step.select': { ro: 'Selectează', en: 'Select', hu: 'Kiválaszt' },
  'proposals.step.not_select': { ro: 'Nu selecta', en: 'Do not select', hu: 'Nem választja ki' },
  'proposals.field.clarificationAnswer': {
    ro: 'Răspunsul dumneavoastră',
    en: 'Your answer',
    hu: 'Az Ön válasza',
  },
  'proposals.field.clarificationRequest': {
    ro: 'Ce trebuie clarificat',
    en: 'What needs clarifying',
    hu: 'Mit kell pontosítani',
  },
  'proposals.field.reviewNote': {
    ro: 'Notă (opțională)',
    en: 'Note (optional)',
    hu: 'Megjegyzés (nem kötelező)',
  },
  'proposals.field.ineligibleReason': {
    ro: 'Motivul (îl vor vedea autorii)',
    en: 'The reason (the authors will see it)',
    hu: 'Az indok (a szerzők látni fogják)',
  },
  'proposals.field.mergedIntoId': {
    ro: 'Propunerea în care se comasează',
    en: 'The proposal it is merged into',
    hu: 'A javaslat, amellyel összevonják',
  },
  'proposals.field.decisionJustification': {
    ro: 'Justificarea deciziei',
    en: 'The justification of the decision',
    hu: 'A döntés indoklása',
  },
  'proposals.merge.target_invalid': {
    ro: 'Alegeți o altă propunere a aceluiași apel, încă nedecisă.',
    en: 'Choose another proposal of the same call that has not been decided yet.',
    hu: 'Válasszon egy másik, még el nem döntött javaslatot ugyanabból a felhívásból.',
  },
  'proposals.merged_into': {
    ro: 'Această propunere a fost comasată în:',
    en: 'This proposal was merged into:',
    hu: 'Ezt a javaslatot összevonták ezzel:',
  },
  'proposals.review.heading': {
    ro: 'Verificarea formală',
    en: 'Formal check',
    hu: 'Formai ellenőrzés',
  },
  'proposals.decision.heading': { ro: 'Decizia', en: 'The decision', hu: 'A döntés' },
  'proposals.actions.heading': { ro: 'Ce puteți face', en: 'What you can do', hu: 'Teendők' },
  'proposals.step_done': {
    ro: 'Starea propunerii a fost actualizată.',
    en: 'The proposal’s state was updated.',
    hu: 'A javaslat állapota frissült.',
  },
  'proposals.check.failed_points': {
    ro: 'Un criteriu al verificării formale nu este îndeplinit: propunerea nu poate fi eligibilă. Cereți clarificări sau marcați-o neeligibilă.',
    en: 'A point of the formal check failed: the proposal cannot be eligible. Ask for clarification or mark it ineligible.',
    hu: 'A formai ellenőrzés egyik szempontja nem teljesült: a javaslat nem lehet jogosult. Kérjen pontosítást, vagy jelölje nem jogosultnak.',
  },
  'proposals.check.title': {
    ro: 'Verificarea formală: {title}',
    en: 'Formal check: {title}',
    hu: 'Formai ellenőrzés: {title}',
  },
  'proposals.check.link': {
    ro: 'Verificarea formală',
    en: 'Formal check',
    hu: 'Formai ellenőrzés',
  },
  'proposals.check.intro': {
    ro: 'Pentru fiecare criteriu al apelului: îndeplinit sau nu, cu o notă. Apoi decideți mai jos.',
    en: 'For each point of the call: passed or not, with a note. Then decide below.',
    hu: 'A felhívás minden szempontjánál: teljesült-e, megjegyzéssel. Utána döntsön lent.',
  },
  'proposals.check.pass': { ro: 'Îndeplinit', en: 'Passed', hu: 'Teljesült' },
  'proposals.check.fail': { ro: 'Neîndeplinit', en: 'Failed', hu: 'Nem teljesült' },
  'proposals.check.note': { ro: 'Notă', en: 'Note', hu: 'Megjegyzés' },
  'proposals.check.save': {
    ro: 'Salvează verificarea',
    en: 'Save the check',
    hu: 'Ellenőrzés mentése',
  },
  'proposals.check.saved': {
    ro: 'Verificarea a fost salvată.',
    en: 'The check was saved.',
    hu: 'Az ellenőrzést mentettük.',
  },
  'proposals.check.empty': {
    ro: 'Apelul nu are criterii de verificare formală.',
    en: 'The call has no formal check points.',
    hu: 'A felhívásnak nincsenek formai ellenőrzési szempontjai.',
  },
  'proposals.check.queue': {
    ro: 'De verificat',
    en: 'To check',
    hu: 'Ellenőrizendő',
  },
});
