import type { ClimateArea, Metric, ProjectState, Recurrence } from './states.ts';

/**
 * The demo's delivered projects: last year's call (Innovato-R 2025), one project per stage.
 * Invented, like the rest of the demo data; people and departments are the demo's own keys.
 */
export interface DemoProject {
  title: string;
  problem: string;
  category: string;
  author: string;
  lead: string;
  team: string[];
  department: string;
  state: ProjectState;
  climateArea: ClimateArea | null;
  support: string;
  budgetRon: number | null;
  milestones: [title: string, monthsFromStart: number, weight: number, done: boolean][];
  /** metric, unit (custom), monthly measured value, months measured, recurrence, verified. */
  savings: [Metric, string | null, number, number, Recurrence, boolean][];
  kpi?: [name: string, unit: string, before: number, after: number | null];
  stop?: [reason: string, lessons: string];
  update?: string;
}

/** The demo's selected proposal still waiting for its project (the browser test makes it one). */
export const WAITING_TITLE = 'Adeverințe de salariat semnate electronic';

export const DEMO_PROJECTS: DemoProject[] = [
  {
    title: 'Arhivă electronică pentru autorizațiile de construire',
    problem: 'Dosarele de autorizare se caută manual în arhiva de la subsol.',
    category: 'optimisation',
    author: 'anamaria-pintea',
    lead: 'anamaria-pintea',
    team: ['vlad-oltean'],
    department: 'urban-planning',
    state: 'implemented',
    climateArea: 'digital_paperless',
    support: 'Scanner de mare capacitate; 10 ore pe săptămână de la Direcția Digitalizare.',
    budgetRon: 18000,
    milestones: [
      ['Inventarul dosarelor din 2015–2024', 0, 2, true],
      ['Scanarea și indexarea', 2, 5, true],
      ['Căutare pentru colegii de la ghișeu', 4, 3, true],
    ],
    savings: [
      ['staff_hours', null, 64, 14, 'monthly', true],
      ['paper_sheets', null, 3100, 14, 'monthly', true],
      ['co2e_kg', null, 16, 14, 'monthly', true],
    ],
    kpi: ['Timp de găsire a unui dosar', 'minute', 40, 3],
    update: 'Toate dosarele din 2015–2024 se găsesc acum în câteva secunde, de la ghișeu.',
  },
  {
    title: 'Senzori de prezență pentru iluminatul din sediul central',
    problem: 'Luminile din holuri și săli de ședință rămân aprinse toată ziua.',
    category: 'sustainability',
    author: 'vlad-oltean',
    lead: 'radu-moldovan',
    team: ['vlad-oltean'],
    department: 'technical-directorate',
    state: 'implemented',
    climateArea: 'buildings_energy',
    support: 'Electricianul clădirii, două zile pe lună.',
    budgetRon: 26000,
    milestones: [
      ['Măsurarea consumului de referință', 0, 1, true],
      ['Montarea senzorilor pe două etaje', 2, 3, true],
      ['Extinderea în toată clădirea', 5, 3, true],
    ],
    savings: [
      ['kwh', null, 2300, 12, 'monthly', true],
      ['ron', null, 1750, 12, 'monthly', true],
      ['co2e_kg', null, 610, 12, 'monthly', true],
    ],
    kpi: ['Consum lunar de energie pentru iluminat', 'kWh', 6400, 4100],
  },
  {
    title: 'Căni reutilizabile în sălile de ședință',
    problem: 'La fiecare ședință se aruncă zeci de pahare de unică folosință.',
    category: 'sustainability',
    author: 'simona-barsan',
    lead: 'simona-barsan',
    team: ['kinga-szabo'],
    department: 'administration-logistics',
    state: 'adopted',
    climateArea: 'waste_circular',
    support: '200 de căni inscripționate; spălare de către firma de curățenie.',
    budgetRon: 4200,
    milestones: [
      ['Cănile în trei săli', 0, 1, true],
      ['Toate sălile de ședință', 3, 2, true],
    ],
    savings: [
      ['custom', 'pahare de unică folosință', 900, 9, 'monthly', true],
      ['ron', null, 180, 9, 'monthly', true],
      ['co2e_kg', null, 9, 9, 'monthly', false],
    ],
    update: 'Direcția Administrativ a preluat cănile în toate sălile de ședință.',
  },
  {
    title: 'Mesaje SMS înainte de scadența impozitelor locale',
    problem: 'Mulți contribuabili află de scadență abia după ce apar penalitățile.',
    category: 'communication',
    author: 'bogdan-crisan',
    lead: 'bogdan-crisan',
    team: ['lucian-todea'],
    department: 'local-taxes',
    state: 'mvp_tested',
    climateArea: null,
    support: 'Un abonament de test la un furnizor de SMS.',
    budgetRon: 3000,
    milestones: [
      ['Acordul contribuabililor pentru SMS', 0, 2, true],
      ['Test cu 2.000 de contribuabili', 1, 3, true],
      ['Evaluarea testului', 3, 1, false],
    ],
    savings: [['staff_hours', null, 35, 3, 'monthly', false]],
    kpi: ['Plăți întârziate în luna testului', '%', 18, 11],
  },
  {
    title: 'Formular unic pentru sesizările către Poliția Locală',
    problem: 'Sesizările vin pe e-mail, telefon și hârtie și se transcriu de mai multe ori.',
    category: 'quality',
    author: 'lucian-todea',
    lead: 'lucian-todea',
    team: ['kinga-szabo', 'vlad-oltean'],
    department: 'local-police',
    state: 'mvp_in_progress',
    climateArea: 'digital_paperless',
    support: 'Asistență tehnică de la Direcția Digitalizare.',
    budgetRon: null,
    milestones: [
      ['Câmpurile formularului, cu dispeceratul', 0, 1, true],
      ['Formularul pe site, în test intern', 1, 3, false],
      ['Lansarea publică', 4, 2, false],
    ],
    savings: [],
  },
  {
    title: 'Biciclete de serviciu pentru deplasările prin oraș',
    problem: 'Pentru drumuri scurte se folosesc mașinile de serviciu sau taxiul.',
    category: 'sustainability',
    author: 'alexandra-cozma',
    lead: 'alexandra-cozma',
    team: [],
    department: 'human-resources',
    state: 'planned',
    climateArea: 'mobility',
    support: 'Patru biciclete din programul municipal de închiriere.',
    budgetRon: 8000,
    milestones: [['Regulamentul de folosire', 1, 1, false]],
    savings: [],
  },
  {
    title: 'Asistent automat pentru întrebările frecvente de la ghișeu',
    problem: 'La ghișeu se răspunde zilnic la aceleași întrebări.',
    category: 'quality',
    author: 'kinga-szabo',
    lead: 'kinga-szabo',
    team: [],
    department: 'citizen-information-centre',
    state: 'stopped',
    climateArea: null,
    support: 'O lună de test cu un furnizor.',
    budgetRon: 0,
    milestones: [['Lista întrebărilor frecvente', 0, 1, true]],
    savings: [],
    stop: [
      'Răspunsurile automate au fost greșite în prea multe cazuri pentru a fi puse pe site.',
      'Lista de întrebări frecvente, publicată simplu pe site, a redus singură apelurile; o păstrăm.',
    ],
  },
];
