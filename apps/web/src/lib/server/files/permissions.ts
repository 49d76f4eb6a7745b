import type { Rule } from '../permissions/rule.ts';
import type { SubjectAccess } from './kinds.ts';

/**
 * A file is read, added and removed as the thing it is attached to allows: the owning module
 * decides that with its own rules (kinds.ts), and these rules take its answer, plus what holds
 * for every file whatever it is on.
 */
export const fileRules = {
  /** Downloading: whoever may read the thing. */
  'file.read': ((_actor, s) => s.readable) as Rule<SubjectAccess>,
  /** Uploading: a signed-in person who may edit the thing. */
  'file.attach': ((actor, s) => !!actor && s.editable) as Rule<SubjectAccess>,
  /** Removing: likewise (a co-author may take out a document another author put in). */
  'file.delete': ((actor, s) => !!actor && s.editable) as Rule<SubjectAccess>,
};
