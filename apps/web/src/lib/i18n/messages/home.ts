import { defineMessages } from '../catalog.ts';

export const home = defineMessages({
  'home.title': {
    ro: 'Inovare participativă',
    en: 'Participatory innovation',
    hu: 'Részvételi innováció',
  },
  'home.intro': {
    ro: 'Aici angajații primăriei propun și dezvoltă îmbunătățiri ale modului în care lucrează administrația, iar cetățenii propun, votează și urmăresc ce construiește orașul.',
    en: "Here the city hall's employees propose and develop improvements to how the administration works, and citizens propose, vote on and follow what the city builds.",
    hu: 'Itt a városháza munkatársai javasolnak és dolgoznak ki fejlesztéseket a hivatal működésére, a lakosok pedig javasolnak, szavaznak és követik, mit épít a város.',
  },
  'home.open_calls': { ro: 'Apeluri deschise', en: 'Open calls', hu: 'Nyitott felhívások' },
  'home.no_org': {
    ro: 'Această adresă nu aparține niciunei organizații de pe platformă.',
    en: 'This address does not belong to any organisation on the platform.',
    hu: 'Ez a cím egyik szervezethez sem tartozik a platformon.',
  },
  'home.all_calls': { ro: 'Toate apelurile', en: 'All calls', hu: 'Összes felhívás' },
  'home.now': { ro: 'Participați acum', en: 'Take part now', hu: 'Vegyen részt most' },
  'home.pb.step.information': {
    ro: 'Aflați cum funcționează. Etapa următoare ({next}) începe pe {date}.',
    en: 'Find out how it works. The next phase ({next}) starts on {date}.',
    hu: 'Ismerje meg, hogyan működik. A következő szakasz ({next}) kezdete: {date}.',
  },
  'home.pb.step.submission': {
    ro: 'Propuneți un proiect până pe {date}.',
    en: 'Propose a project until {date}.',
    hu: 'Projektet javasolhat eddig: {date}.',
  },
  'home.pb.step.analysis': {
    ro: 'Propunerile sunt analizate. Etapa următoare ({next}) începe pe {date}.',
    en: 'The proposals are being analysed. The next phase ({next}) starts on {date}.',
    hu: 'A javaslatok elemzése folyik. A következő szakasz ({next}) kezdete: {date}.',
  },
  'home.pb.step.appeals': {
    ro: 'Autorii pot contesta deciziile până pe {date}. Apoi: {next}.',
    en: 'Authors may appeal the decisions until {date}. Then: {next}.',
    hu: 'A szerzők eddig fellebbezhetnek a döntések ellen: {date}. Utána: {next}.',
  },
  'home.pb.step.voting': {
    ro: 'Votați până pe {date}.',
    en: 'Vote until {date}.',
    hu: 'Szavazhat eddig: {date}.',
  },
  'home.pb.step.validation': {
    ro: 'Voturile sunt verificate. Etapa următoare ({next}) începe pe {date}.',
    en: 'The votes are being checked. The next phase ({next}) starts on {date}.',
    hu: 'A szavazatok ellenőrzése folyik. A következő szakasz ({next}) kezdete: {date}.',
  },
  'home.pb.vote': { ro: 'Votați', en: 'Vote', hu: 'Szavazzon' },
  'home.pb.none_open': {
    ro: 'Momentan nu este deschis niciun proces de bugetare participativă.',
    en: 'No participatory budgeting process is open at the moment.',
    hu: 'Jelenleg nincs nyitott részvételi költségvetési folyamat.',
  },
  'home.results': {
    ro: 'Rezultatele proceselor încheiate',
    en: 'Results of finished processes',
    hu: 'A lezárult folyamatok eredményei',
  },
  'home.results.link': { ro: 'Vedeți rezultatele', en: 'See the results', hu: 'Az eredmények' },
  'home.impact': {
    ro: 'Impactul proiectelor',
    en: 'Impact of the projects',
    hu: 'A projektek hatása',
  },
  'home.impact.verified': {
    ro: 'Economiile se numără doar după ce sunt verificate.',
    en: 'Savings count only once they are verified.',
    hu: 'A megtakarítások csak ellenőrzés után számítanak.',
  },
  'home.impact.link': {
    ro: 'Toate cifrele impactului',
    en: 'All the impact figures',
    hu: 'A hatás összes adata',
  },
});
