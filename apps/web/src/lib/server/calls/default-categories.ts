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
