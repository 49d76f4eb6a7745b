import { defineMessages } from '../../i18n/catalog.ts';

/** The proposal form's further fields and their hints. */
export const detailsMessages = defineMessages({
  'proposals.number.invalid': {
    ro: 'Scrieți un număr întreg, fără semne sau litere (la sume: lei, cu cel mult două zecimale).',
    en: 'Enter a whole number, without signs or letters (for amounts: lei, at most two decimals).',
    hu: 'Adjon meg egy egész számot jelek és betűk nélkül (összegnél: lej, legfeljebb két tizedes).',
  },
  'proposals.field.baseline': {
    ro: 'Cum se face azi (timp și cost)',
    en: 'How it is done today (time and cost)',
    hu: 'Hogyan történik ma (idő és költség)',
  },
  'proposals.field.baseline_hint': {
    ro: 'De exemplu: „3 zile și 1.050 de coli pe lună”.',
    en: 'For example: "3 days and 1,050 sheets a month".',
    hu: 'Például: „3 nap és havi 1050 lap”.',
  },
  'proposals.field.affectedDepartmentIds': {
    ro: 'Direcțiile afectate',
    en: 'Departments affected',
    hu: 'Érintett osztályok',
  },
  'proposals.field.mvpPlan': {
    ro: 'Planul MVP: cel mai mic test care ar dovedi ideea',
    en: 'MVP plan: the smallest test that would prove it',
    hu: 'MVP-terv: a legkisebb próba, amely igazolná az ötletet',
  },
  'proposals.field.mvpWeeks': {
    ro: 'Durata testului (săptămâni)',
    en: 'How long the test takes (weeks)',
    hu: 'A próba időtartama (hét)',
  },
  'proposals.resources': {
    ro: 'Resurse necesare',
    en: 'Resources needed',
    hu: 'Szükséges erőforrások',
  },
  'proposals.field.cost': { ro: 'Bani (lei)', en: 'Money (lei)', hu: 'Pénz (lej)' },
  'proposals.field.staffHours': { ro: 'Ore de muncă', en: 'Staff-hours', hu: 'Munkaóra' },
  'proposals.benefits': {
    ro: 'Beneficii estimate pe an',
    en: 'Estimated benefits per year',
    hu: 'Becsült éves haszon',
  },
  'proposals.benefits_hint': {
    ro: 'Estimări; completați doar ce se aplică.',
    en: 'Estimates; fill in only what applies.',
    hu: 'Becslések; csak azt töltse ki, ami vonatkozik rá.',
  },
  'proposals.field.benefit_ron': {
    ro: 'Bani economisiți (lei)',
    en: 'Money saved (lei)',
    hu: 'Megtakarított pénz (lej)',
  },
  'proposals.field.benefit_staff_hours': {
    ro: 'Ore de muncă economisite',
    en: 'Staff-hours saved',
    hu: 'Megtakarított munkaóra',
  },
  'proposals.field.benefit_paper_sheets': {
    ro: 'Coli de hârtie',
    en: 'Sheets of paper',
    hu: 'Papírlap',
  },
  'proposals.field.benefit_kwh': { ro: 'Energie (kWh)', en: 'Energy (kWh)', hu: 'Energia (kWh)' },
  'proposals.field.benefit_co2e_kg': { ro: 'CO₂e (kg)', en: 'CO₂e (kg)', hu: 'CO₂e (kg)' },
  'proposals.field.kpis': { ro: 'Indicatori (KPI)', en: 'Indicators (KPIs)', hu: 'Mutatók (KPI)' },
  'proposals.field.risks': { ro: 'Riscuri', en: 'Risks', hu: 'Kockázatok' },
  'proposals.field.tags': { ro: 'Etichete', en: 'Tags', hu: 'Címkék' },
  'proposals.weeks': { ro: '{weeks} săptămâni', en: '{weeks} weeks', hu: '{weeks} hét' },
});
