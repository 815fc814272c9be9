// Every role against every write action of task follow-up: allowed, 403 (not theirs to do) or 404 (another
// ward's task). Each action is called on a task prepared in the state the action needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/org/use-cases/create-user.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './support/constants.js';
import { createWard } from './support/factories.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
const clients = new Map<string, TestClient>();
let parIndexTarget = '';

/** The users acting: one per role of Phường Hải Dương, an officer of another unit, a coordinator of another ward. */
const ACTORS = {
  coordinator: 'haiduong.vhxh',
  chairman: 'haiduong.chutich',
  unit_head: 'haiduong.truongphong',
  officer: 'haiduong.canbo',
  one_stop_officer: 'haiduong.motcua',
  ward_admin: 'haiduong.admin',
  observer: 'haiduong.mattran',
  other_unit_officer: 'haiduong.vp-officer',
  other_ward: 'phuong-khac.coordinator',
} as const;
type Actor = keyof typeof ACTORS;

beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  await createWard(t.db, 'phuong-khac', ['coordinator']);
  await createUser(t.db, {
    username: ACTORS.other_unit_officer,
    fullName: 'Công chức Văn phòng',
    password: DEMO_PASSWORD,
    roles: ['officer'],
    unitId: plan.unitIds.get('VP') ?? null,
    tenantId: plan.tenantId,
    actorUserId: null,
    now: TEST_EPOCH,
  });
  for (const [actor, username] of Object.entries(ACTORS)) clients.set(actor, await t.loginAs(username));
  // Task 20's one piece of evidence, which marking it done needs whichever test runs first.
  const evidence = await (clients.get('coordinator') as TestClient).post(
    `/api/v1/tasks/${plan.taskIds.get(20)}/evidence/documents`,
    { number: '11/KH-UBND', date: '2026-03-02' },
  );
  expect(evidence.status).toBe(200);
  const targets = await (clients.get('coordinator') as TestClient).get('/api/v1/targets');
  parIndexTarget = targets.body.targets.find((x: { measures: { metric: string }[] }) =>
    x.measures.some((m) => m.metric === 'par_index_rank'),
  ).code;
});
afterAll(() => t?.close());

/** Puts a task back in a known execution state before each call (task 20 keeps the evidence given in beforeAll). */
async function prepare(taskNo: number, state: Record<string, unknown> = {}) {
  const id = plan.taskIds.get(taskNo) as string;
  await t.db
    .updateTable('plan_tasks')
    .set({
      status: 'in_progress',
      progress: 10,
      review_state: null,
      completed_on: null,
      not_done_reason: null,
      ...state,
    })
    .where('tenant_id', '=', plan.tenantId)
    .where('id', '=', id)
    .execute();
  return id;
}

interface WriteAction {
  name: string;
  /** Who may; everyone else in the ward gets 403, the other ward 404 (for actions on a task). */
  allowed: Actor[];
  call(c: TestClient): Promise<TestResponse>;
  /** Actions not on a task answer the other ward as their own rules say. */
  otherWard?: number;
}

const pending = { review_state: 'pending_acceptance', completed_on: '2026-03-19', progress: 100 };
const ACTIONS: WriteAction[] = [
  {
    name: 'progress update of the centre’s task 20',
    allowed: ['coordinator', 'unit_head', 'officer'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(20)}/updates`, { progress: 40 }),
  },
  {
    name: 'contribution to task 20 (a group coordinates it: every unit may)',
    allowed: ['coordinator', 'unit_head', 'officer', 'other_unit_officer'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(20)}/contributions`, { comment: 'Phối hợp' }),
  },
  {
    name: 'contribution to task 1 (led by VHXH, a group coordinates)',
    allowed: ['coordinator', 'unit_head', 'officer', 'other_unit_officer'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(1)}/contributions`, { comment: 'Phối hợp' }),
  },
  {
    name: 'document as evidence of task 20',
    allowed: ['coordinator', 'unit_head', 'officer', 'other_unit_officer'],
    call: async (c) =>
      c.post(`/api/v1/tasks/${await prepare(20)}/evidence/documents`, { number: '12/KH-UBND', date: '2026-03-02' }),
  },
  {
    name: 'marking task 20 done',
    allowed: ['coordinator', 'unit_head', 'officer'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(20)}/submit`, {}),
  },
  {
    name: 'accepting task 20',
    allowed: ['coordinator'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(20, pending)}/accept`, {}),
  },
  {
    name: 'returning task 20',
    allowed: ['coordinator'],
    call: async (c) => c.post(`/api/v1/tasks/${await prepare(20, pending)}/return`, { comment: 'Bổ sung' }),
  },
  {
    name: 'unit head approval of task 20',
    allowed: ['unit_head'],
    call: async (c) =>
      c.post(`/api/v1/tasks/${await prepare(20, { ...pending, review_state: 'pending_unit_head' })}/unit-approval`, {}),
  },
  {
    name: 'trigger of VP’s event task 18',
    allowed: ['coordinator', 'other_unit_officer'],
    call: async (c) =>
      c.post(`/api/v1/tasks/${await prepare(18)}/trigger`, {
        documentNumber: '7/UBND',
        documentDate: '2026-03-02',
        dueDate: '2026-04-30',
      }),
  },
  {
    name: 'entering a task assigned by the city',
    allowed: ['coordinator', 'chairman'],
    otherWard: 404,
    call: (c) =>
      c.post('/api/v1/tasks', {
        source: 'city',
        documentNumber: '88/UBND',
        documentDate: '2026-03-05',
        content: 'Rà soát thủ tục hành chính lĩnh vực hộ tịch',
        leadUnitIds: [plan.unitIds.get('TTPVHCC')],
        timeframeKind: 'month',
        dueDate: '2026-04-30',
      }),
  },
  {
    name: 'proposing to drop task 20',
    allowed: ['coordinator', 'unit_head'],
    call: (c) =>
      c.post('/api/v1/task-amendments', { action: 'drop', taskId: plan.taskIds.get(20), reason: 'Đề xuất thử' }),
  },
  {
    name: 'deciding a proposed amendment',
    allowed: ['chairman'],
    otherWard: 403,
    call: async (c) => {
      const coordinator = clients.get('coordinator') as TestClient;
      const proposal = await coordinator.post('/api/v1/task-amendments', {
        action: 'drop',
        taskId: plan.taskIds.get(20),
        reason: 'Đề xuất để quyết định',
      });
      // Rejected rather than approved, so task 20 stays in the plan for the other actions.
      return c.post(`/api/v1/task-amendments/${proposal.body.id}/reject`, { note: 'Giữ nguyên' });
    },
  },
  {
    name: 'entering the PAR Index rank',
    allowed: ['coordinator'],
    call: (c) =>
      c.post(`/api/v1/targets/${parIndexTarget}/entries`, { metric: 'par_index_rank', value: 14, asOf: '2026-03-01' }),
  },
  {
    name: 'changing the ward’s task settings',
    allowed: ['chairman', 'ward_admin'],
    otherWard: 403,
    call: (c) => c.request('PUT', '/api/v1/tasks/settings', { dueSoonWorkingDays: 5 }),
  },
];

const ROLES = Object.keys(ACTORS) as Actor[];
const SUCCESS = new Set([200, 201, 204]);

describe('permission matrix of task execution', () => {
  for (const action of ACTIONS) {
    it(`${action.name}: ${action.allowed.join(', ')} only`, async () => {
      const outcome: Record<string, number> = {};
      for (const role of ROLES) outcome[role] = (await action.call(clients.get(role) as TestClient)).status;
      const expected = Object.fromEntries(
        ROLES.map((role) => {
          if (role === 'other_ward') return [role, action.otherWard ?? 404];
          return [role, action.allowed.includes(role) ? 'ok' : 403];
        }),
      );
      const actual = Object.fromEntries(
        ROLES.map((role) => [role, SUCCESS.has(outcome[role] ?? 0) ? 'ok' : outcome[role]]),
      );
      expect(actual).toEqual(expected);
    });
  }

  it('lets the chairman review instead of the coordinator when the ward says so', async () => {
    const chairman = clients.get('chairman') as TestClient;
    expect((await chairman.request('PUT', '/api/v1/tasks/settings', { acceptor: 'chairman' })).status).toBe(200);
    const id = await prepare(20, pending);
    expect((await (clients.get('coordinator') as TestClient).post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(403);
    expect((await chairman.post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(200);
    await chairman.request('PUT', '/api/v1/tasks/settings', { acceptor: 'coordinator' });
  });

  it('sends an officer’s completion to the unit head first when the ward asks for it', async () => {
    const chairman = clients.get('chairman') as TestClient;
    await chairman.request('PUT', '/api/v1/tasks/settings', { unitHeadApproval: true });
    const id = await prepare(20);
    const submitted = await (clients.get('officer') as TestClient).post(`/api/v1/tasks/${id}/submit`, {});
    expect(submitted.body.review).toBe('pending_unit_head');
    const coordinator = clients.get('coordinator') as TestClient;
    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(409);
    const approved = await (clients.get('unit_head') as TestClient).post(`/api/v1/tasks/${id}/unit-approval`, {});
    expect(approved.body.review).toBe('pending_acceptance');
    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, {})).body.status).toBe('completed');
    await chairman.request('PUT', '/api/v1/tasks/settings', { unitHeadApproval: false });
  });

  it('keeps every change in the audit log, readable by the coordinator and the chairman only', async () => {
    const id = await prepare(20, pending);
    expect((await (clients.get('coordinator') as TestClient).post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(200);
    for (const role of ROLES) {
      const res = await (clients.get(role) as TestClient).get(`/api/v1/tasks/audit?taskId=${id}`);
      const allowed = ['coordinator', 'chairman', 'ward_admin', 'other_ward'].includes(role);
      expect([role, res.status]).toEqual([role, allowed ? 200 : 403]);
      // Another ward's coordinator reads its own ward's log: nothing of this task.
      if (role === 'other_ward') expect(res.body).toEqual([]);
    }
    const log = await (clients.get('chairman') as TestClient).get(`/api/v1/tasks/audit?taskId=${id}`);
    const accept = log.body.find((e: { action: string }) => e.action === 'task.accept');
    expect(accept).toMatchObject({ actor: 'Cán bộ đầu mối CCHC', before: { review: 'pending_acceptance' } });
    expect(accept?.after).toMatchObject({ status: 'completed', review: 'accepted' });
  });
});
