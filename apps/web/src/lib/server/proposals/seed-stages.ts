import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoData, DemoWorld } from '../seed/world.ts';
import { proposals, type YearlyBenefits } from './schema.ts';
import type { ProposalState } from './states.ts';

type DemoProposal = DemoData['proposals'][number];

/** The demo proposal's details (MVP, resources, benefits, KPIs, department) as columns. */
export function detailsOf(w: DemoWorld, p: DemoProposal) {
  const b = p.expectedBenefitsPerYear;
  const benefits: YearlyBenefits = {};
  if (b?.moneyRon != null) benefits.ron_minor = b.moneyRon * 100;
  if (b?.staffHours != null) benefits.staff_hours = b.staffHours;
  if (b?.paperSheets != null) benefits.paper_sheets = b.paperSheets;
  if (b?.energyKwh != null) benefits.kwh = b.energyKwh;
  if (b?.co2eKg != null) benefits.co2e_kg = b.co2eKg;
  const department = p.department ? w.ids.get(`department:${p.department}`) : undefined;
  return {
    mvpPlan: p.mvpPlan?.ro ?? '',
    kpis: p.kpis?.ro ?? '',
    costMinor: p.resources?.moneyRon != null ? p.resources.moneyRon * 100 : null,
    staffHours: p.resources?.staffHours ?? null,
    yearlyBenefits: benefits,
    affectedDepartmentIds: department ? [department] : [],
  };
}

const DAY = 86_400_000;

/**
 * Today's open call shows every step of the formal check: besides submitted proposals and
 * drafts, one whose authors were asked for clarification, eligible ones, an ineligible one with
 * its reason, a withdrawn one and a duplicate merged into the proposal it repeats. (The jury's
 * calls — in evaluation, and last year's decided one — are seeded by the evaluation module.)
 */
const STAGES: Record<string, { state: ProposalState; set: Record<string, string> }> = {
  'plain-language-letters': {
    state: 'clarification_requested',
    set: {
      clarificationRequest:
        'Ce scrisori ar fi rescrise mai întâi și cine le verifică juridic? Vă rugăm să adăugați două exemple.',
    },
  },
  'weekly-newsletter': {
    state: 'ineligible',
    set: {
      ineligibleReason:
        'Direcția Comunicare trimite deja un buletin intern lunar; propunerea nu aduce o schimbare nouă pentru primărie. Vă invităm să propuneți rubrici pentru buletinul existent.',
    },
  },
  'video-meetings': { state: 'withdrawn', set: {} },
};

async function setStage(
  tx: Tx,
  id: string,
  state: ProposalState,
  set: Record<string, unknown>,
  at: Date,
) {
  await tx
    .update(proposals)
    .set({ state, ...set, reviewedAt: state === 'withdrawn' ? null : at, updatedAt: at })
    .where(eq(proposals.id, id));
}

/** Moves the open call's demo proposals into the review states; returns how many it added. */
export async function seedReviewStages(tx: Tx, w: DemoWorld) {
  const at = new Date(w.now.getTime() - 2 * DAY);
  for (const p of w.data.proposals) {
    const id = w.ids.get(`proposal:current:${p.key}`);
    if (!id) continue;
    const stage =
      STAGES[p.key] ??
      (p.status === 'eligible'
        ? { state: 'eligible' as const, set: { reviewNote: 'Complet și în competența primăriei.' } }
        : null);
    if (stage) await setStage(tx, id, stage.state, stage.set, at);
  }
  return seedDuplicate(tx, w, at);
}

/** A second employee's take on online appointments, merged into the first. */
async function seedDuplicate(tx: Tx, w: DemoWorld, at: Date) {
  const target = w.ids.get('proposal:current:online-appointments');
  if (!target) return 0;
  const id = uuidv7();
  w.ids.set('proposal:current:appointments-duplicate', id);
  await tx.insert(proposals).values({
    id,
    organisationId: w.organisationId,
    callId: w.id('call', 'current'),
    authorId: w.id('user', 'lucian-todea'),
    categoryId: w.id('category', 'current:optimisation'),
    title: 'Programări pe internet la ghișeele primăriei',
    problem: 'Oamenii stau la coadă ore întregi la ghișeele de urbanism și taxe.',
    solution: 'Un formular online unde cetățenii își aleg ora la ghișeu.',
    state: 'merged',
    mergedIntoId: target,
    submittedAt: new Date(at.getTime() - 5 * DAY),
    reviewedAt: at,
    clientToken: uuidv7(),
    createdAt: new Date(at.getTime() - 6 * DAY),
    updatedAt: at,
  });
  return 1;
}
