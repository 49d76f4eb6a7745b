import { defineMessages } from '../../i18n/catalog.ts';

/** The public process page's places: the map and its list. */
export const mapMessages = defineMessages({
  'pb.map.title': {
    ro: 'Unde sunt proiectele',
    en: 'Where the projects are',
    hu: 'Hol vannak a projektek',
  },
  'pb.map.label': {
    ro: 'Harta celor {count} proiecte cu loc cunoscut; lista de mai jos spune același lucru.',
    en: 'Map of the {count} projects with a known place; the list below says the same.',
    hu: 'A(z) {count} ismert helyű projekt térképe; az alábbi lista ugyanezt mondja el.',
  },
  'pb.map.list_intro': {
    ro: 'Numărul fiecărui proiect este cel de pe hartă.',
    en: 'Each project’s number is the one on the map.',
    hu: 'Minden projekt száma a térképen látható szám.',
  },
  'pb.map.coordinates': {
    ro: 'coordonate {latitude}; {longitude}',
    en: 'coordinates {latitude}, {longitude}',
    hu: 'koordináták: {latitude}; {longitude}',
  },
  'pb.map.none': {
    ro: 'Niciun proiect nu are încă un loc pe hartă.',
    en: 'No project has a place on the map yet.',
    hu: 'Még egyik projektnek sincs helye a térképen.',
  },
});
