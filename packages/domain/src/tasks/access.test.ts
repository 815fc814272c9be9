import { describe, expect, it } from 'vitest';
import type { Role } from '../org/roles.js';
import { type TaskParties, taskRights } from './access.js';

const HCC = 'unit-hcc';
const VHXH = 'unit-vhxh';
const VP = 'unit-vp';
const task: TaskParties = { ownerUnitId: HCC, leadUnitIds: [HCC], coordinatorUnitIds: [VP], openToAllUnits: false };
const rights = (
  roles: Role[],
  unitId: string | null,
  parties = task,
  acceptor: 'coordinator' | 'chairman' = 'coordinator',
) => taskRights({ roles, unitId }, parties, { acceptor });

describe('task rights', () => {
  it("lets an officer change only its own unit's tasks", () => {
    expect(rights(['officer'], HCC).update).toBe(true);
    expect(rights(['officer'], VHXH).update).toBe(false);
    expect(rights(['officer'], VP)).toMatchObject({ update: false, contribute: true });
  });

  it('lets the coordinator change every task and review completions', () => {
    expect(rights(['coordinator'], VHXH)).toMatchObject({ update: true, review: true, proposeAmendment: true });
  });

  it('gives review to the chairman when the ward says so, and to no one else', () => {
    expect(rights(['chairman'], null).review).toBe(false);
    expect(rights(['chairman'], null, task, 'chairman').review).toBe(true);
    expect(rights(['coordinator'], VHXH, task, 'chairman').review).toBe(false);
    expect(rights(['observer'], null)).toEqual({
      update: false,
      contribute: false,
      approveForUnit: false,
      review: false,
      proposeAmendment: false,
    });
  });

  it('with a second pair of eyes, sends the coordinator’s own unit’s tasks to the chairman, and only those', () => {
    const own: TaskParties = { ...task, ownerUnitId: VHXH, leadUnitIds: [VHXH] };
    const eyes = { acceptor: 'coordinator' as const, secondPairOfEyes: true, coordinatorUnitIds: [VHXH] };
    expect(taskRights({ roles: ['coordinator'], unitId: VHXH }, own, eyes).review).toBe(false);
    expect(taskRights({ roles: ['chairman'], unitId: null }, own, eyes).review).toBe(true);
    expect(taskRights({ roles: ['coordinator'], unitId: VHXH }, task, eyes).review).toBe(true);
    expect(taskRights({ roles: ['chairman'], unitId: null }, task, eyes).review).toBe(false);
    // Off, the coordinator accepts its own unit's task as before.
    expect(taskRights({ roles: ['coordinator'], unitId: VHXH }, own, { ...eyes, secondPairOfEyes: false }).review).toBe(
      true,
    );
  });

  it('lets the unit head approve its officers and propose amendments for its tasks', () => {
    expect(rights(['unit_head'], HCC)).toMatchObject({ approveForUnit: true, proposeAmendment: true });
    expect(rights(['unit_head'], VP)).toMatchObject({ approveForUnit: false, proposeAmendment: false });
    expect(rights(['officer'], HCC).approveForUnit).toBe(false);
  });

  it('lets every unit contribute to a task a group leads', () => {
    const group = { ownerUnitId: VHXH, leadUnitIds: [], coordinatorUnitIds: [], openToAllUnits: true };
    expect(rights(['officer'], VP, group)).toMatchObject({ update: false, contribute: true });
    expect(rights(['one_stop_officer'], VP, group).contribute).toBe(false);
  });
});
