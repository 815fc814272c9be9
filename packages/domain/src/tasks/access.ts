// Who may do what on one task. The server enforces it; the API returns it with each task so the UI
// hides what the server would refuse. Pure: the caller supplies the user and the task's units.
import type { Role } from '../org/roles.js';
import type { TaskSettings } from './settings.js';

/** The user acting, as far as task rights go. */
export interface TaskActor {
  roles: readonly Role[];
  unitId: string | null;
}

/** The units a task names. */
export interface TaskParties {
  /** The unit that answers for the task: the lead unit, or the coordinator's unit when a group leads. */
  ownerUnitId: string | null;
  leadUnitIds: readonly string[];
  coordinatorUnitIds: readonly string[];
  /** A group ("Các phòng, đơn vị chuyên môn") leads or coordinates: every unit may contribute. */
  openToAllUnits: boolean;
}

/** The actions a user may take on a task. */
export interface TaskRights {
  /** Progress, status, evidence, marking done, recording a trigger. */
  update: boolean;
  /** Adding a contribution as a coordinating unit (đơn vị phối hợp). */
  contribute: boolean;
  /** Approving an officer's completion as head of the unit. */
  approveForUnit: boolean;
  /** Accepting or returning a completion. */
  review: boolean;
  /** Proposing that the task be changed or dropped. */
  proposeAmendment: boolean;
}

const UNIT_ROLES: readonly Role[] = ['officer', 'unit_head'];

const holds = (actor: TaskActor, ...roles: Role[]) => roles.some((r) => actor.roles.includes(r));

/** Whether the user's unit answers for the task (owner or lead). */
export function isResponsibleUnit(actor: TaskActor, task: TaskParties): boolean {
  if (actor.unitId === null) return false;
  return task.ownerUnitId === actor.unitId || task.leadUnitIds.includes(actor.unitId);
}

/** What decides who accepts a task: the ward's settings and the units its coordinators (PAR focal point) sit in. */
export interface AcceptanceSettings extends Pick<TaskSettings, 'acceptor'> {
  secondPairOfEyes?: boolean;
  /** The units of the ward's coordinators: their own tasks need a second pair of eyes when the ward asks. */
  coordinatorUnitIds?: readonly string[];
}

/**
 * Who accepts or returns a task's completion: the ward's acceptor, except that with a second pair of eyes a task
 * the coordinators' own unit answers for goes to the chairman (or a vice-chairman) when the coordinator accepts.
 */
export function acceptorRoleOf(task: TaskParties, settings: AcceptanceSettings): Role {
  if (settings.acceptor !== 'coordinator' || !settings.secondPairOfEyes) return settings.acceptor;
  const own = (settings.coordinatorUnitIds ?? []).some((u) => isResponsibleUnit({ roles: [], unitId: u }, task));
  return own ? 'chairman' : 'coordinator';
}

/**
 * The rights of a user on a task: the coordinator changes every task of its ward; an officer or unit head only
 * its unit's; coordinating units and, for group tasks, every unit contribute; the task's acceptor reviews, and
 * with a second pair of eyes never the coordinator of the unit that answers for it.
 */
export function taskRights(actor: TaskActor, task: TaskParties, settings: AcceptanceSettings): TaskRights {
  const coordinator = holds(actor, 'coordinator');
  const unitMember = UNIT_ROLES.some((r) => actor.roles.includes(r));
  const responsible = unitMember && isResponsibleUnit(actor, task);
  const named = actor.unitId !== null && task.coordinatorUnitIds.includes(actor.unitId);
  return {
    update: coordinator || responsible,
    contribute: coordinator || responsible || (unitMember && actor.unitId !== null && (named || task.openToAllUnits)),
    approveForUnit: holds(actor, 'unit_head') && isResponsibleUnit(actor, task),
    review: holds(actor, acceptorRoleOf(task, settings)),
    proposeAmendment: coordinator || (holds(actor, 'unit_head') && isResponsibleUnit(actor, task)),
  };
}
