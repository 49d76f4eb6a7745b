import { defineMessages } from '../../i18n/catalog.ts';
import { lifecycleMessages } from './lifecycle-messages.ts';
import { notificationMessages } from './notifications.ts';
import { detailsMessages } from './details-messages.ts';

export const messages = defineMessages({
  ...lifecycleMessages,
  ...notificationMessages,
  ...detailsMessages,
  'proposals.field.title': { ro: 'Titlu', en: 'Title', hu: 'Cím' },
  'proposals.field.title_hint': {
    ro: 'Un rând care spune ce propuneți, de exemplu „Fluturașul de salariu digital”.',
    en: 'One line saying what you propose, for example "Digital payslip".',
    hu: 'Egy sor arról, mit javasol, például „Digitális bérjegyzék”.',
  },
  'proposals.field.problem': { ro: 'Problema', en: 'The problem', hu: 'A probléma' },
  'proposals.field.problem_hint': {
    ro: 'Ce nu merge azi, pe cine afectează și cât costă (timp, bani, hârtie).',
    en: 'What does not work today, whom it affects and what it costs (time, money, paper).',
    hu: 'Mi nem működik ma, kit érint, és mibe kerül (idő, pénz, papír).',
  },
  'proposals.field.solution': { ro: 'Soluția', en: 'The solution', hu: 'A megoldás' },
  'proposals.field.solution_hint': {
    ro: 'Ce propuneți concret și cum s-ar putea testa pe scară mică.',
    en: 'What exactly you propose, and how it could be tried on a small scale.',
    hu: 'Mit javasol pontosan, és hogyan lehetne kis léptékben kipróbálni.',
  },
  'proposals.field.category': { ro: 'Categorie', en: 'Category', hu: 'Kategória' },
  'proposals.new.title': { ro: 'Propunere nouă', en: 'New proposal', hu: 'Új javaslat' },
  'proposals.edit.title': {
    ro: 'Editează propunerea',
    en: 'Edit the proposal',
    hu: 'Javaslat szerkesztése',
  },
  'proposals.save_draft': {
    ro: 'Salvează ciorna',
    en: 'Save as draft',
    hu: 'Mentés piszkozatként',
  },
  'proposals.submit': {
    ro: 'Trimite propunerea',
    en: 'Submit the proposal',
    hu: 'Javaslat beküldése',
  },
  'proposals.submit_hint': {
    ro: 'După trimitere, propunerea nu mai poate fi modificată și devine vizibilă colegilor.',
    en: 'Once submitted, the proposal can no longer be changed and becomes visible to colleagues.',
    hu: 'Beküldés után a javaslat már nem módosítható, és a kollégák is láthatják.',
  },
  'proposals.withdraw': {
    ro: 'Retrage propunerea',
    en: 'Withdraw the proposal',
    hu: 'Javaslat visszavonása',
  },
  'proposals.edit': { ro: 'Editează', en: 'Edit', hu: 'Szerkesztés' },
  'proposals.saved': {
    ro: 'Ciorna a fost salvată. O puteți completa oricând înainte de închiderea apelului.',
    en: 'Your draft was saved. You can finish it any time before the call closes.',
    hu: 'A piszkozatot mentettük. A felhívás lezárásáig bármikor befejezheti.',
  },
  'proposals.submitted': {
    ro: 'Propunerea a fost trimisă. Mulțumim!',
    en: 'Your proposal was submitted. Thank you!',
    hu: 'Javaslatát beküldtük. Köszönjük!',
  },
  'proposals.withdrawn': {
    ro: 'Propunerea a fost retrasă.',
    en: 'The proposal was withdrawn.',
    hu: 'A javaslatot visszavonta.',
  },
  'proposals.state.draft': { ro: 'Ciornă', en: 'Draft', hu: 'Piszkozat' },
  'proposals.state.submitted': { ro: 'Trimisă', en: 'Submitted', hu: 'Beküldve' },
  'proposals.state.withdrawn': { ro: 'Retrasă', en: 'Withdrawn', hu: 'Visszavonva' },
  'proposals.author': { ro: 'Autor', en: 'Author', hu: 'Szerző' },
  'proposals.submitted_at': { ro: 'Trimisă la', en: 'Submitted on', hu: 'Beküldve' },
  'proposals.updated_at': { ro: 'Modificată la', en: 'Last changed', hu: 'Utoljára módosítva' },
  'proposals.call': { ro: 'Apel', en: 'Call', hu: 'Felhívás' },
  'proposals.status': { ro: 'Stare', en: 'Status', hu: 'Állapot' },
  'proposals.mine.title': { ro: 'Propunerile mele', en: 'My proposals', hu: 'Javaslataim' },
  'proposals.mine.empty': {
    ro: 'Nu ați scris încă nicio propunere. Alegeți un apel deschis pentru a începe.',
    en: 'You have not written a proposal yet. Choose an open call to start.',
    hu: 'Még nem írt javaslatot. Válasszon egy nyitott felhívást a kezdéshez.',
  },
  'proposals.category.unknown': {
    ro: 'Alegeți una dintre categoriile apelului.',
    en: "Choose one of the call's categories.",
    hu: 'Válasszon a felhívás kategóriái közül.',
  },
  'proposals.call_closed': {
    ro: 'Apelul nu mai primește propuneri. Ce ați scris nu s-a pierdut, dar nu mai poate fi trimis.',
    en: 'The call no longer takes proposals. What you wrote was not lost, but it can no longer be sent.',
    hu: 'A felhívás már nem fogad javaslatokat. Amit írt, nem veszett el, de már nem küldhető be.',
  },
  'proposals.changed_meanwhile': {
    ro: 'Propunerea a fost salvată de altcineva după ce ați deschis-o. Textul dumneavoastră este păstrat mai jos; comparați-l cu versiunea salvată, apoi salvați din nou dacă doriți să o înlocuiți.',
    en: 'Someone saved this proposal after you opened it. Your text is kept below; compare it with the saved version, then save again if you want to replace it.',
    hu: 'Valaki mentette ezt a javaslatot, miután Ön megnyitotta. Az Ön szövege lent megmaradt; vesse össze a mentett változattal, majd mentse újra, ha le akarja cserélni.',
  },
  'proposals.changed_meanwhile.saved': {
    ro: 'Versiunea salvată acum',
    en: 'The version saved now',
    hu: 'A most mentett változat',
  },
  'proposals.submit.incomplete': {
    ro: 'Completați problema și soluția înainte de trimitere.',
    en: 'Fill in the problem and the solution before submitting.',
    hu: 'Beküldés előtt töltse ki a problémát és a megoldást.',
  },
  'privacy.data.item.proposals': {
    ro: 'propunerile dumneavoastră (și ciornele), cu starea, datele și apelul la care au fost trimise;',
    en: 'your proposals (drafts included), with their state, dates and the call they were made to;',
    hu: 'javaslatai (a piszkozatokkal együtt) állapotukkal, dátumaikkal és a felhívással, amelyre készültek;',
  },
  'privacy.delete.removed.drafts': {
    ro: 'propunerile rămase ciorne (netrimise niciodată);',
    en: 'the proposals still in draft (never submitted);',
    hu: 'a piszkozatban maradt (soha be nem küldött) javaslatok;',
  },
  'privacy.delete.kept.proposals': {
    ro: 'propunerile trimise (și cele retrase după trimitere): au intrat în evaluare și procesul are nevoie de ele. Vor apărea ca fiind ale unui „Cont șters”.',
    en: 'submitted proposals (and those withdrawn after submission): they entered the evaluation and the process needs them. They will show as made by “Cont șters” (Romanian for “Deleted account”).',
    hu: 'a beküldött (és a beküldés után visszavont) javaslatok: bekerültek az értékelésbe, és a folyamatnak szüksége van rájuk. „Cont șters” (románul: törölt fiók) szerzőként jelennek meg.',
  },
});
