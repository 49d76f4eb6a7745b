import { randomBytes } from 'node:crypto';
import type { Tx } from '../db/client.ts';
import type { DemoWorld } from '../seed/world.ts';
import { hashToken } from '../accounts/sessions.ts';
import { proposalCoAuthors, proposalInvitations } from './schema.ts';
import { INVITATION_DAYS } from './invite.ts';

const DAY = 86_400_000;

/** The draft whose team is still forming: one co-author accepted, the demo employee invited. */
const FORMING = { proposal: 'no-fastener-folder', invitee: 'cristina-sabau' };

/**
 * The team proposals of the open call and of the blind call in evaluation (whose co-author the
 * jury's blind test looks for): every author after the first in the demo data joined by an
 * accepted invitation; and one draft with an invitation still waiting — addressed to the demo
 * employee, who finds it under "Invitations" when signing in. Nobody holds the demo links'
 * tokens (only hashes are stored): the invitee answers from the list.
 */
export async function seedCoAuthors(tx: Tx, w: DemoWorld) {
  let joined = 0;
  for (const p of w.data.proposals) {
    const proposalId =
      w.ids.get(`proposal:current:${p.key}`) ?? w.ids.get(`proposal:evaluation:${p.key}`);
    if (!proposalId || p.authorKeys.length < 2) continue;
    const lead = w.id('user', p.authorKeys[0]!);
    const invitedAt = new Date(w.now.getTime() - 20 * DAY);
    for (const key of p.authorKeys.slice(1)) {
      const userId = w.id('user', key);
      await tx.insert(proposalInvitations).values({
        organisationId: w.organisationId,
        proposalId,
        inviteeId: userId,
        invitedBy: lead,
        tokenHash: hashToken(randomBytes(32).toString('base64url')),
        state: 'accepted',
        expiresAt: new Date(invitedAt.getTime() + INVITATION_DAYS * DAY),
        respondedAt: new Date(invitedAt.getTime() + DAY),
        createdAt: invitedAt,
        updatedAt: new Date(invitedAt.getTime() + DAY),
      });
      await tx.insert(proposalCoAuthors).values({
        organisationId: w.organisationId,
        proposalId,
        userId,
        joinedVia: 'invitation',
        createdAt: new Date(invitedAt.getTime() + DAY),
      });
      joined++;
    }
  }
  const forming = w.ids.get(`proposal:current:${FORMING.proposal}`);
  const lead = w.data.proposals.find((p) => p.key === FORMING.proposal)?.authorKeys[0];
  if (forming && lead) {
    await tx.insert(proposalInvitations).values({
      organisationId: w.organisationId,
      proposalId: forming,
      inviteeId: w.id('user', FORMING.invitee),
      invitedBy: w.id('user', lead),
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      expiresAt: new Date(w.now.getTime() + (INVITATION_DAYS - 2) * DAY),
      createdAt: new Date(w.now.getTime() - 2 * DAY),
    });
  }
  w.counts.coAuthors = joined;
}
