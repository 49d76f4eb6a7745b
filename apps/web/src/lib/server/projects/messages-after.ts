import { defineMessages } from '../../i18n/catalog.ts';

/** Texts of what happens to a project after it is made: editing, following, measuring later. */
export const afterMessages = defineMessages({
  'projects.from_proposal': {
    ro: 'Realizată de proiectul',
    en: 'Carried out by the project',
    hu: 'Megvalósító projekt',
  },
  'privacy.data.item.projects': {
    ro: 'Proiectele pe care le conduceți, în care lucrați sau pe care le urmăriți, noutățile scrise de dumneavoastră, economiile înregistrate sau verificate de dumneavoastră și numirea ca verificator de economii',
    en: 'The projects you lead, work on or follow, the updates you wrote, the savings you recorded or verified, and your appointment as savings verifier',
    hu: 'Az Ön által vezetett, a csapatként végzett vagy követett projektek, az Ön által írt hírek, az Ön által rögzített vagy ellenőrzött megtakarítások és megtakarítás-ellenőrzői kinevezése',
  },
  'privacy.delete.removed.project_follows': {
    ro: 'Proiectele pe care le urmăriți',
    en: 'The projects you follow',
    hu: 'Az Ön által követett projektek',
  },
  'privacy.delete.kept.project_work': {
    ro: 'Munca dumneavoastră în proiecte (noutăți, economii înregistrate), fără numele dumneavoastră',
    en: 'Your work on projects (updates, recorded savings), without your name',
    hu: 'Az Ön munkája a projektekben (hírek, rögzített megtakarítások), az Ön neve nélkül',
  },
  'projects.edit.link': {
    ro: 'Modifică proiectul',
    en: 'Edit the project',
    hu: 'Projekt szerkesztése',
  },
  'projects.edit.title': {
    ro: 'Modificarea proiectului',
    en: 'Editing the project',
    hu: 'A projekt szerkesztése',
  },
  'projects.edit.hint': {
    ro: 'Propunerile pe care le realizează proiectul rămân aceleași.',
    en: 'The proposals the project delivers stay the same.',
    hu: 'A projekt által megvalósított javaslatok változatlanok maradnak.',
  },
  'projects.edit.submit': {
    ro: 'Salvează proiectul',
    en: 'Save the project',
    hu: 'Projekt mentése',
  },
  'projects.follow.heading': {
    ro: 'Urmăriți proiectul',
    en: 'Follow the project',
    hu: 'A projekt követése',
  },
  'projects.follow.hint': {
    ro: 'Veți primi noutățile echipei (după preferințele dumneavoastră de notificare).',
    en: 'You will receive the team’s news (as your notification preferences say).',
    hu: 'Megkapja a csapat híreit (értesítési beállításai szerint).',
  },
  'projects.follow.submit': { ro: 'Urmăresc', en: 'Follow', hu: 'Követem' },
  'projects.follow.stop': { ro: 'Nu mai urmăresc', en: 'Stop following', hu: 'Nem követem tovább' },
  'projects.follow.following': {
    ro: 'Urmăriți acest proiect.',
    en: 'You follow this project.',
    hu: 'Ön követi ezt a projektet.',
  },
  'projects.notice.followed': {
    ro: 'Urmăriți proiectul.',
    en: 'You now follow the project.',
    hu: 'Mostantól követi a projektet.',
  },
  'projects.notice.unfollowed': {
    ro: 'Nu mai urmăriți proiectul.',
    en: 'You no longer follow the project.',
    hu: 'Már nem követi a projektet.',
  },
  'projects.kpi.after_heading': {
    ro: 'Valoarea după, măsurată',
    en: 'The value after, measured',
    hu: 'A mért utólagos érték',
  },
  'projects.kpi.after_submit': {
    ro: 'Înregistrează valoarea după',
    en: 'Record the value after',
    hu: 'Utólagos érték rögzítése',
  },
  'projects.notice.kpi_after': {
    ro: 'Valoarea după a fost înregistrată.',
    en: 'The value after was recorded.',
    hu: 'Az utólagos érték rögzítve.',
  },
});
