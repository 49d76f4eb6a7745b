/** Innovato-R's four categories, used when an administrator names none. */
export const DEFAULT_CATEGORIES = [
  { key: 'optimisation', name: { ro: 'Optimizare', en: 'Optimisation', hu: 'Optimalizálás' } },
  { key: 'communication', name: { ro: 'Comunicare', en: 'Communication', hu: 'Kommunikáció' } },
  { key: 'quality', name: { ro: 'Calitate', en: 'Quality', hu: 'Minőség' } },
  {
    key: 'sustainability',
    name: { ro: 'Sustenabilitate', en: 'Sustainability', hu: 'Fenntarthatóság' },
  },
];

/** The formal check's points when an administrator names none (Innova.TO's, Innovato-R's). */
export const DEFAULT_CHECKLIST = [
  {
    key: 'competence',
    label: {
      ro: 'Ține de competența instituției',
      en: 'Within the institution’s competence',
      hu: 'Az intézmény hatáskörébe tartozik',
    },
  },
  {
    key: 'not_funded',
    label: {
      ro: 'Nu este deja finanțată din alte surse',
      en: 'Not already funded elsewhere',
      hu: 'Nem finanszírozott már más forrásból',
    },
  },
  {
    key: 'feasible',
    label: {
      ro: 'Realizabilă cu mijloacele apelului',
      en: 'Feasible with the call’s means',
      hu: 'Megvalósítható a felhívás eszközeivel',
    },
  },
  {
    key: 'complete',
    label: {
      ro: 'Formularul este complet',
      en: 'The form is complete',
      hu: 'Az űrlap teljes',
    },
  },
];
