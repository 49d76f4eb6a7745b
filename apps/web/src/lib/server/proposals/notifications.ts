import { defineMessages } from '../../i18n/catalog.ts';
import type { EmailPreference, NotificationKind } from '../module.ts';

/**
 * What a proposal's authors are told when someone else takes a step on it (announce.ts):
 * `{title}` is the proposal's title, `{note}` the reason or justification the step carries,
 * `{into}` (a merge) the title of the proposal it joined.
 */
export const notificationMessages = defineMessages({
  'proposals.notification.request_clarification.label': {
    ro: 'Vi se cer clarificări despre o propunere',
    en: 'You are asked to clarify a proposal',
    hu: 'Pontosítást kérnek egy javaslatáról',
  },
  'proposals.notification.request_clarification.title': {
    ro: 'Clarificări cerute: {title}',
    en: 'Clarification requested: {title}',
    hu: 'Pontosítás kérve: {title}',
  },
  'proposals.notification.request_clarification.body': {
    ro: 'Moderatorii întreabă: {note} Răspundeți din pagina propunerii.',
    en: 'The moderators ask: {note} Answer on the proposal’s page.',
    hu: 'A moderátorok kérdése: {note} Válaszoljon a javaslat oldalán.',
  },
  'proposals.notification.mark_eligible.label': {
    ro: 'O propunere a trecut verificarea formală',
    en: 'A proposal passed the formal check',
    hu: 'Egy javaslat megfelelt a formai ellenőrzésen',
  },
  'proposals.notification.mark_eligible.title': {
    ro: 'Propunere eligibilă: {title}',
    en: 'Proposal eligible: {title}',
    hu: 'Jogosult javaslat: {title}',
  },
  'proposals.notification.mark_eligible.body': {
    ro: 'Propunerea a trecut verificarea formală și merge mai departe spre evaluare.',
    en: 'The proposal passed the formal check and goes on to evaluation.',
    hu: 'A javaslat megfelelt a formai ellenőrzésen, és értékelésre kerül.',
  },
  'proposals.notification.mark_ineligible.label': {
    ro: 'O propunere a fost găsită neeligibilă',
    en: 'A proposal was found ineligible',
    hu: 'Egy javaslatot nem jogosultnak találtak',
  },
  'proposals.notification.mark_ineligible.title': {
    ro: 'Propunere neeligibilă: {title}',
    en: 'Proposal ineligible: {title}',
    hu: 'Nem jogosult javaslat: {title}',
  },
  'proposals.notification.mark_ineligible.body': {
    ro: 'Motivul: {note}',
    en: 'The reason: {note}',
    hu: 'Az indoklás: {note}',
  },
  'proposals.notification.merge.label': {
    ro: 'O propunere a fost unită cu alta',
    en: 'A proposal was merged into another',
    hu: 'Egy javaslatot egy másikkal egyesítettek',
  },
  'proposals.notification.merge.title': {
    ro: 'Propunere unită cu alta: {title}',
    en: 'Proposal merged: {title}',
    hu: 'Egyesített javaslat: {title}',
  },
  'proposals.notification.merge.body': {
    ro: 'Propunerea a fost unită cu „{into}”, pe aceeași idee. Motivul: {note}',
    en: 'The proposal was merged into "{into}", on the same idea. The reason: {note}',
    hu: 'A javaslatot egyesítették a(z) „{into}” javaslattal, amely ugyanarról az ötletről szól. Az indoklás: {note}',
  },
  'proposals.notification.start_evaluation.label': {
    ro: 'O propunere intră în evaluare',
    en: 'A proposal goes into evaluation',
    hu: 'Egy javaslat értékelésre kerül',
  },
  'proposals.notification.start_evaluation.title': {
    ro: 'Propunere în evaluare: {title}',
    en: 'Proposal in evaluation: {title}',
    hu: 'Értékelés alatt álló javaslat: {title}',
  },
  'proposals.notification.start_evaluation.body': {
    ro: 'Juriul evaluează acum propunerea.',
    en: 'The jury is now evaluating the proposal.',
    hu: 'A zsűri most értékeli a javaslatot.',
  },
  'proposals.notification.shortlist.label': {
    ro: 'O propunere este pe lista scurtă',
    en: 'A proposal is shortlisted',
    hu: 'Egy javaslat a szűk listára került',
  },
  'proposals.notification.shortlist.title': {
    ro: 'Propunere pe lista scurtă: {title}',
    en: 'Proposal shortlisted: {title}',
    hu: 'Szűk listás javaslat: {title}',
  },
  'proposals.notification.shortlist.body': {
    ro: 'Propunerea este printre cele asupra cărora decide comisia.',
    en: 'The proposal is among those the committee will decide on.',
    hu: 'A javaslat azok között van, amelyekről a bizottság dönt.',
  },
  'proposals.notification.select.label': {
    ro: 'O propunere a fost selectată',
    en: 'A proposal was selected',
    hu: 'Egy javaslatot kiválasztottak',
  },
  'proposals.notification.select.title': {
    ro: 'Propunere selectată: {title}',
    en: 'Proposal selected: {title}',
    hu: 'Kiválasztott javaslat: {title}',
  },
  'proposals.notification.select.body': {
    ro: 'Justificarea comisiei: {note}',
    en: 'The committee’s justification: {note}',
    hu: 'A bizottság indoklása: {note}',
  },
  'proposals.notification.not_select.label': {
    ro: 'O propunere nu a fost selectată',
    en: 'A proposal was not selected',
    hu: 'Egy javaslatot nem választottak ki',
  },
  'proposals.notification.not_select.title': {
    ro: 'Propunere neselectată: {title}',
    en: 'Proposal not selected: {title}',
    hu: 'Nem kiválasztott javaslat: {title}',
  },
  'proposals.notification.not_select.body': {
    ro: 'Justificarea comisiei: {note}',
    en: 'The committee’s justification: {note}',
    hu: 'A bizottság indoklása: {note}',
  },
});

type Key = keyof typeof notificationMessages;

/** Decisions that ask something of the authors or end the road come at once; the rest daily. */
const kind = (step: string, email: EmailPreference) => ({
  label: `proposals.notification.${step}.label` as Key,
  title: `proposals.notification.${step}.title` as Key,
  body: `proposals.notification.${step}.body` as Key,
  email,
});

export const proposalNotifications = {
  'proposal.request_clarification': kind('request_clarification', 'now'),
  'proposal.mark_eligible': kind('mark_eligible', 'digest'),
  'proposal.mark_ineligible': kind('mark_ineligible', 'now'),
  'proposal.merge': kind('merge', 'now'),
  'proposal.start_evaluation': kind('start_evaluation', 'digest'),
  'proposal.shortlist': kind('shortlist', 'digest'),
  'proposal.select': kind('select', 'now'),
  'proposal.not_select': kind('not_select', 'now'),
} satisfies Record<string, NotificationKind<typeof notificationMessages>>;
