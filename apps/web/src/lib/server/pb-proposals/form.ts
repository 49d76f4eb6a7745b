import { z } from 'zod';
import { choice, email, optionalText, text, uuidField } from '../validation/fields.ts';
import { amount } from '../pb/form.ts';
import type { MessageKey } from '../../i18n/message.ts';

/**
 * A coordinate typed as a decimal number ("46.7712", "23,6236"), within its range: latitudes to
 * ±85°, where the map's projection ends (pb_projects holds the same range).
 */
const coordinate = (limit: number, message: MessageKey) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      const s = String(v ?? '')
        .trim()
        .replace(',', '.');
      if (!s) return null;
      const n = /^-?\d{1,3}(?:\.\d{1,8})?$/.test(s) ? Number(s) : NaN;
      if (!Number.isFinite(n) || Math.abs(n) > limit) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return n;
    });

/**
 * A citizen's proposal: in the process's language (texts written by users stay as written), a
 * domain of the process, an optional place (address, and coordinates both or neither), and the
 * authors' cost estimate including VAT. `intent` says whether to submit now or keep a draft
 * (a group invites its co-authors first).
 */
export const proposalSchema = z
  .object({
    clientToken: uuidField(),
    title: text({ max: 200 }),
    description: text({ max: 5000, multiline: true }),
    domainId: uuidField(),
    address: optionalText({ max: 300 }),
    latitude: coordinate(85, 'pb_proposals.form.latitude'),
    longitude: coordinate(180, 'pb_proposals.form.longitude'),
    cost: amount(),
    intent: choice(['submit', 'draft']).optional().default('submit'),
  })
  .superRefine((f, ctx) => {
    if ((f.latitude === null) !== (f.longitude === null)) {
      const path = f.latitude === null ? 'latitude' : 'longitude';
      ctx.addIssue({ code: 'custom', path: [path], message: 'pb_proposals.form.both_coordinates' });
    }
    if (f.cost <= 0) ctx.addIssue({ code: 'custom', path: ['cost'], message: 'pb.form.amount' });
  });

export const inviteSchema = z.object({ email: email() });

export const appealSchema = z.object({ text: text({ max: 5000, multiline: true }) });
