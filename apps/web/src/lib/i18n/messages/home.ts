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
});
