import { hasRole, isMember, type Actor } from '../context.ts';
import type { Rule } from '../permissions/rule.ts';
import type { Project, SavingsEntry } from './schema.ts';

/** A project with the people on it (team and mentors): what the rules look at. */
export interface ProjectAccess {
  project: Project;
  team: readonly string[];
}

/** A savings entry with who may sign off savings in its organisation. */
export interface EntryAccess {
  entry: SavingsEntry;
  verifiers: readonly string[];
}

const isAdmin = (actor: Actor | null) => hasRole(actor, 'admin');
const leads = (actor: Actor | null, p: Project) => !!actor && actor.userId === p.leadId;
const onTeam = (actor: Actor | null, r: ProjectAccess) => !!actor && r.team.includes(actor.userId);

export const projectRules = {
  /** Administrators turn selected proposals into projects. */
  'project.create': ((actor) => isAdmin(actor)) as Rule,
  /** Delivery is public: what the city does with its people's ideas (issue 10, decision 070). */
  'project.read': (() => true) as Rule<ProjectAccess>,
  /** The lead and administrators run a project: milestones, KPIs, its lifecycle. */
  'project.manage': ((actor, r) =>
    isAdmin(actor) || leads(actor, r.project)) as Rule<ProjectAccess>,
  /** The team also posts updates, moves milestones and records savings. */
  'project.contribute': ((actor, r) =>
    isAdmin(actor) || leads(actor, r.project) || onTeam(actor, r)) as Rule<ProjectAccess>,
  /** Anyone of the organisation (a citizen, an employee) may follow a project's news. */
  'project.follow': ((actor) => isMember(actor)) as Rule<ProjectAccess>,
  /** Savings not yet signed off are seen inside the organisation only. */
  'savings.read_unverified': ((actor) => hasRole(actor, 'employee', 'admin')) as Rule,
  /**
   * The four-eyes rule: an appointed verifier (finance, quality) or an administrator signs off,
   * never the entry's author, once. The database refuses the author as well.
   */
  'savings.verify': ((actor, { entry, verifiers }) =>
    !!actor &&
    actor.userId !== entry.authorId &&
    entry.verifiedAt === null &&
    (isAdmin(actor) || verifiers.includes(actor.userId))) as Rule<EntryAccess>,
  /** Administrators appoint who may sign off savings. */
  'savings.appoint_verifiers': ((actor) => isAdmin(actor)) as Rule,
  /** The impact dashboard and its downloads are public. */
  'impact.read': (() => true) as Rule,
  /** The administrators' list of projects. */
  'project.list_admin': ((actor) => isAdmin(actor)) as Rule,
};
