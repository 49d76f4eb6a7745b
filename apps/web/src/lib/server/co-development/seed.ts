import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { uuidv7 } from '../db/ids.ts';
import type { DemoWorld } from '../seed/world.ts';
import { proposals } from '../proposals/schema.ts';
import { proposalCoAuthors } from '../co-authors/schema.ts';
import { commentReports, proposalComments, proposalFollowers, proposalSupports } from './schema.ts';

const HOUR = 3_600_000;

/** A comment of the demo: who wrote it, what, and what became of it. */
interface DemoComment {
  by: string;
  body: string;
  replies?: DemoComment[];
  reportedBy?: { who: string; reason: string };
  hidden?: { by: string; reason: string };
  deleted?: boolean;
}

/** The open call's conversation, by proposal: every kind of comment a newcomer should see. */
const THREADS: Record<string, DemoComment[]> = {
  'service-bicycles': [
    {
      by: 'cristina-sabau',
      body: 'Aș folosi o bicicletă pentru drumurile la Direcția Fiscală: acum iau taxiul de două ori pe săptămână. Ce facem iarna?',
      replies: [
        {
          by: 'lucian-todea',
          body: 'Iarna le depozităm în garajul de pe Moților, iar abonamentele de transport rămân valabile. Am trecut asta în planul MVP.',
        },
        {
          by: 'ioana-pop',
          body: 'Centrul de Inovare Civică poate ajuta cu un sondaj scurt printre colegi, înainte de pilot.',
        },
      ],
    },
    {
      by: 'kinga-szabo',
      body: 'Am avea nevoie și de căști și de o asigurare. Sunt incluse în costul estimat?',
      replies: [
        {
          by: 'anamaria-pintea',
          body: 'Da: căștile sunt în buget, asigurarea o acoperă polița flotei primăriei.',
        },
      ],
    },
    {
      by: 'vlad-oltean',
      body: 'Încă o idee care nu va ajunge nicăieri, ca de obicei.',
      reportedBy: {
        who: 'cristina-sabau',
        reason: 'Descurajant și fără niciun argument despre propunere.',
      },
    },
    {
      by: 'bogdan-crisan',
      body: 'Colegul care a scris asta nu știe nici să pedaleze.',
      reportedBy: { who: 'kinga-szabo', reason: 'Atac la persoană.' },
      hidden: {
        by: 'ioana-pop',
        reason:
          'Comentariul vorbea despre un coleg, nu despre propunere. Vă rugăm să discutați ideea.',
      },
    },
    {
      by: 'alexandra-cozma',
      body: 'Am scris aici din greșeală.',
      deleted: true,
      replies: [{ by: 'simona-barsan', body: 'Se întâmplă! Pe scurt: susțin ideea.' }],
    },
  ],
  'electronic-timesheets': [
    {
      by: 'kinga-szabo',
      body: 'Pontajul electronic ar merge și pentru ghișeele cu program în ture?',
      replies: [
        {
          by: 'cristina-sabau',
          body: 'Da: turele se definesc o dată pe lună, iar aplicația le ține minte.',
        },
      ],
    },
  ],
  'digital-onboarding': [
    {
      by: 'lucian-todea',
      body: 'La Poliția Locală noii colegi primesc mai întâi echipamentul. Se poate adăuga un pas pentru asta?',
      replies: [{ by: 'alexandra-cozma', body: 'Bună idee, îl adăugăm ca pas opțional.' }],
    },
  ],
  'digital-payslip': [
    {
      by: 'vlad-oltean',
      body: 'Cine nu are e-mail de serviciu primește în continuare fluturașul pe hârtie?',
      replies: [{ by: 'cristina-sabau', body: 'Da, la cerere, până primesc o adresă.' }],
    },
  ],
  'duplex-printing-default': [
    {
      by: 'bogdan-crisan',
      body: 'La Taxe și Impozite tipărim mult față-verso deja. Se poate seta implicit din serverul de imprimare?',
      replies: [
        {
          by: 'vlad-oltean',
          body: 'Da, din politica de grup: o singură setare pentru toate imprimantele din rețea.',
        },
      ],
    },
  ],
};

const SUPPORTS: Record<string, string[]> = {
  'service-bicycles': [
    'cristina-sabau',
    'kinga-szabo',
    'vlad-oltean',
    'simona-barsan',
    'ioana-pop',
  ],
  'duplex-printing-default': ['cristina-sabau', 'bogdan-crisan', 'anamaria-pintea'],
  'electronic-timesheets': ['kinga-szabo', 'lucian-todea'],
  'online-appointments': ['cristina-sabau', 'simona-barsan'],
};

const FOLLOWERS: Record<string, string[]> = {
  'service-bicycles': ['cristina-sabau', 'kinga-szabo'],
  'duplex-printing-default': ['bogdan-crisan'],
  'online-appointments': ['cristina-sabau'],
};

async function addComment(
  tx: Tx,
  w: DemoWorld,
  proposalId: string,
  c: DemoComment,
  at: Date,
  parentId: string | null = null,
): Promise<number> {
  const id = uuidv7(at.getTime());
  const hiddenAt = c.hidden ? new Date(at.getTime() + 2 * HOUR) : null;
  await tx.insert(proposalComments).values({
    id,
    organisationId: w.organisationId,
    proposalId,
    parentId,
    depth: parentId ? 1 : 0,
    authorId: w.id('user', c.by),
    body: c.deleted ? '' : c.body,
    deletedAt: c.deleted ? new Date(at.getTime() + HOUR) : null,
    hiddenAt,
    hiddenById: c.hidden ? w.id('user', c.hidden.by) : null,
    hiddenReason: c.hidden?.reason ?? null,
    createdAt: at,
    updatedAt: at,
  });
  if (c.reportedBy) {
    await tx.insert(commentReports).values({
      organisationId: w.organisationId,
      commentId: id,
      reporterId: w.id('user', c.reportedBy.who),
      reason: c.reportedBy.reason,
      createdAt: new Date(at.getTime() + HOUR),
      ...(hiddenAt
        ? {
            resolvedAt: hiddenAt,
            resolvedById: w.id('user', c.hidden!.by),
            resolution: 'hidden' as const,
          }
        : {}),
    });
  }
  let n = 1;
  for (const [i, reply] of (c.replies ?? []).entries()) {
    n += await addComment(
      tx,
      w,
      proposalId,
      reply,
      new Date(at.getTime() + (i + 1) * 3 * HOUR),
      id,
    );
  }
  return n;
}

/** Rows of (proposal, person) for supports or followers. */
const pairs = (w: DemoWorld, table: Record<string, string[]>) =>
  Object.entries(table).flatMap(([key, people]) => {
    const proposalId = w.ids.get(`proposal:current:${key}`);
    return proposalId
      ? people.map((p) => ({
          organisationId: w.organisationId,
          proposalId,
          userId: w.id('user', p),
        }))
      : [];
  });

/**
 * The open call's conversation: comments with replies, a reported one waiting in the
 * moderators' queue, a hidden one with its reason, a deleted one that keeps its reply;
 * supports and followers. And the blind call's proposals have comments by their own authors,
 * which its evaluators must never see (the browser's blind walk checks it).
 */
export async function seedCoDevelopment(tx: Tx, w: DemoWorld) {
  let comments = 0;
  for (const [key, thread] of Object.entries(THREADS)) {
    const proposalId = w.ids.get(`proposal:current:${key}`);
    if (!proposalId) continue;
    for (const [i, c] of thread.entries()) {
      const at = new Date(w.now.getTime() - (thread.length - i) * 20 * HOUR);
      comments += await addComment(tx, w, proposalId, c, at);
    }
  }
  comments += await seedBlindThreads(tx, w);
  const supports = pairs(w, SUPPORTS);
  if (supports.length) await tx.insert(proposalSupports).values(supports);
  const followers = pairs(w, FOLLOWERS);
  if (followers.length) await tx.insert(proposalFollowers).values(followers);
  await seedMergeCarriedOver(tx, w);
  w.counts.comments = comments;
  w.counts.supports = supports.length;
}

/** Each proposal of the blind call: its author answers a colleague, by name. */
async function seedBlindThreads(tx: Tx, w: DemoWorld) {
  const callId = w.ids.get('call:evaluation');
  if (!callId) return 0;
  const list = await tx
    .select({ id: proposals.id, authorId: proposals.authorId })
    .from(proposals)
    .where(and(eq(proposals.callId, callId), eq(proposals.organisationId, w.organisationId)))
    .orderBy(asc(proposals.createdAt));
  const asker = w.id('user', 'simona-barsan');
  let n = 0;
  for (const [i, p] of list.entries()) {
    const at = new Date(w.now.getTime() - (30 + i) * 24 * HOUR);
    const id = uuidv7(at.getTime());
    await tx.insert(proposalComments).values([
      {
        id,
        organisationId: w.organisationId,
        proposalId: p.id,
        authorId: asker === p.authorId ? w.id('user', 'cristina-sabau') : asker,
        body: 'Cât ar costa un prim test într-o singură direcție?',
        createdAt: at,
        updatedAt: at,
      },
      {
        organisationId: w.organisationId,
        proposalId: p.id,
        parentId: id,
        depth: 1,
        authorId: p.authorId,
        body: 'Am calculat costul în secțiunea despre resurse; pilotul ar dura șase săptămâni.',
        createdAt: new Date(at.getTime() + HOUR),
        updatedAt: new Date(at.getTime() + HOUR),
      },
    ]);
    n += 2;
  }
  return n;
}

/**
 * The demo's merged duplicate (proposals/seed-stages.ts) as a merge leaves it: its author is a
 * co-author of the proposal it repeats, the moderator's reason is on record, and its follower
 * follows the target.
 */
async function seedMergeCarriedOver(tx: Tx, w: DemoWorld) {
  const duplicate = w.ids.get('proposal:current:appointments-duplicate');
  const target = w.ids.get('proposal:current:online-appointments');
  if (!duplicate || !target) return;
  await tx
    .update(proposals)
    .set({
      reviewNote:
        'Aceeași idee ca „Programări online la ghișee”: autorul ei devine coautor, susținerile trec la propunerea inițială.',
    })
    .where(eq(proposals.id, duplicate));
  await tx
    .insert(proposalCoAuthors)
    .values({
      organisationId: w.organisationId,
      proposalId: target,
      userId: w.id('user', 'lucian-todea'),
      joinedVia: 'merge',
    })
    .onConflictDoNothing();
}
