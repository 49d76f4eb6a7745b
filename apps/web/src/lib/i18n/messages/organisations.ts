import { defineMessages } from '../catalog.ts';

export const organisations = defineMessages({
  'organisations.slug.taken': {
    ro: 'Acest identificator este deja folosit de altă organizație.',
    en: 'Another organisation already uses this identifier.',
    hu: 'Ezt az azonosítót már egy másik szervezet használja.',
  },
  'organisations.department_key.taken': {
    ro: 'O direcție cu acest identificator există deja.',
    en: 'A department with this identifier already exists.',
    hu: 'Ilyen azonosítójú szervezeti egység már létezik.',
  },
});
