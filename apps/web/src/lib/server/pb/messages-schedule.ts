import { defineMessages } from '../../i18n/catalog.ts';

/** Editing a process's phase dates (reschedule.ts, the admin's timeline page). */
export const scheduleMessages = defineMessages({
  'pb.phase.started': {
    ro: 'Această etapă a început deja: data ei rămâne cea la care a început.',
    en: 'This phase has already started: its date stays the one it started on.',
    hu: 'Ez a szakasz már elkezdődött: a dátuma az marad, amikor elkezdődött.',
  },
  'pb.phase.in_past': {
    ro: 'Alegeți o dată din viitor. Pentru a începe etapa acum, treceți procesul în etapa următoare.',
    en: 'Choose a date in the future. To start the phase now, move the process to its next phase.',
    hu: 'Jövőbeli dátumot válasszon. A szakasz azonnali indításához léptesse tovább a folyamatot.',
  },
  'pb.phase.too_far': {
    ro: 'Data este la mai mult de cinci ani de acum: verificați anul.',
    en: 'The date is more than five years from now: check the year.',
    hu: 'A dátum több mint öt év múlva van: ellenőrizze az évet.',
  },
  'pb.schedule.title': {
    ro: 'Calendarul etapelor',
    en: 'Phase dates',
    hu: 'A szakaszok ütemezése',
  },
  'pb.schedule.link': {
    ro: 'Modificați datele etapelor',
    en: 'Change the phase dates',
    hu: 'A szakaszok dátumainak módosítása',
  },
  'pb.schedule.intro': {
    ro: 'Fiecare etapă durează până începe următoarea. Etapele care au început își păstrează data; cele viitoare pot fi mutate la o dată din viitor, în ordinea lor. Orele sunt în fusul orar {timeZone}.',
    en: 'Each phase lasts until the next one starts. Phases that have started keep their date; the ones ahead can move to a future date, in their order. Times are in the {timeZone} time zone.',
    hu: 'Minden szakasz a következő kezdetéig tart. A már elkezdődött szakaszok megtartják dátumukat; a következők jövőbeli dátumra tehetők, sorrendjükben. Az időpontok a(z) {timeZone} időzónában értendők.',
  },
  'pb.schedule.started_at': {
    ro: 'A început pe {date}',
    en: 'Started on {date}',
    hu: 'Kezdete: {date}',
  },
  'pb.schedule.starts_label': {
    ro: 'Începutul etapei „{phase}”',
    en: 'Start of the “{phase}” phase',
    hu: 'A(z) „{phase}” szakasz kezdete',
  },
  'pb.schedule.save': { ro: 'Salvați datele', en: 'Save the dates', hu: 'Dátumok mentése' },
  'pb.schedule.saved': {
    ro: 'Datele etapelor au fost salvate.',
    en: 'The phase dates have been saved.',
    hu: 'A szakaszok dátumai elmentve.',
  },
  'pb.schedule.nothing_ahead': {
    ro: 'Toate etapele au început: nu mai este nimic de mutat.',
    en: 'Every phase has started: there is nothing left to move.',
    hu: 'Minden szakasz elkezdődött: nincs mit áthelyezni.',
  },
});
