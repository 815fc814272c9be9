import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Personal data (Decree 13) beyond the dossier page: feedback lists and pages, log lines.
let t: TestApp;
const lines: string[] = [];
let id: string;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  t = await startTestApp({
    now: new Date('2026-05-04T02:00:00Z'),
    log: createLogger({ logLevel: 'debug', logFormat: 'json' }, sink),
  });
  const submitted = await t.client().post('/api/v1/public/hai-duong/feedback', {
    category: 'procedure',
    title: 'Niêm yết phí chứng thực',
    text: 'Đề nghị niêm yết công khai mức phí chứng thực bản sao tại quầy.',
    name: 'Nguyễn Văn An',
    phone: '0912 345 678',
    email: 'an@example.vn',
  });
  expect(submitted.status).toBe(201);
  const desk = await t.loginAs('haiduong.motcua');
  const list = await desk.get('/api/v1/feedback');
  id = list.body.find((f: { trackingCode: string }) => f.trackingCode === submitted.body.trackingCode).id;
  expect((await desk.post(`/api/v1/feedback/${id}/route`, { unitId: await seedUnitId(t.db, 'TTPVHCC') })).status).toBe(
    200,
  );
});
afterAll(() => t?.close());

const reads = () =>
  t.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'entity_id', 'after'])
    .where('action', '=', 'personal_data.read')
    .where('entity_id', '=', `feedback:${id}`)
    .execute();

const submitterIn = async (username: string, url: string) => {
  const res = await (await t.loginAs(username)).get(url);
  expect(res.status).toBe(200);
  const body = Array.isArray(res.body) ? res.body.find((f: { id: string }) => f.id === id) : res.body;
  return body.submitter;
};

describe('feedback submitters (Decree 13)', () => {
  it('masks contacts in every list; the name only for readers who do not handle feedback', async () => {
    const before = (await reads()).length;
    expect(await submitterIn('haiduong.motcua', '/api/v1/feedback')).toEqual({
      name: 'Nguyễn Văn An',
      phone: '*******678',
      email: 'a***@example.vn',
      address: null,
    });
    expect(await submitterIn('haiduong.chutich', '/api/v1/feedback')).toEqual({
      name: 'N***** V** A*',
      phone: '*******678',
      email: 'a***@example.vn',
      address: null,
    });
    expect(await reads()).toHaveLength(before); // nothing unmasked, nothing logged
  });

  it('shows the full submitter to the desk and the handling unit, logging each read; masks it for overseers', async () => {
    const before = (await reads()).length;
    const full = { name: 'Nguyễn Văn An', phone: '0912 345 678', email: 'an@example.vn', address: null };
    expect(await submitterIn('haiduong.motcua', `/api/v1/feedback/${id}`)).toEqual(full);
    expect(await submitterIn('haiduong.truongphong', `/api/v1/feedback/${id}`)).toEqual(full);
    const logged = await reads();
    expect(logged).toHaveLength(before + 2);
    expect(logged.at(-1)?.after).toEqual({ fields: ['name', 'phone', 'email'] });
    for (const overseer of ['haiduong.chutich', 'haiduong.admin']) {
      expect(await submitterIn(overseer, `/api/v1/feedback/${id}`)).toEqual({
        name: 'N***** V** A*',
        phone: '*******678',
        email: 'a***@example.vn',
        address: null,
      });
    }
    expect(await reads()).toHaveLength(before + 2);
  });

  it('writes no phone, e-mail or ID number into log lines: request URLs and logged objects masked', async () => {
    lines.length = 0;
    const admin = await t.loginAs('haiduong.admin');
    expect((await admin.get('/api/v1/personal-data/export?phone=0912345678&idNumber=030090001234')).status).toBe(200);
    t.deps.log.info({ dossier: { applicant_phone: '0912 345 678', applicant: { name: 'Nguyễn Văn An' } } }, 'x');
    t.deps.log.warn(
      { err: { address: '127.0.0.1', port: 5432 }, submitter: { address: 'Số 5 phố Hàng, phường Hải Dương' } },
      'y',
    );
    const text = lines.join('');
    expect(text).toContain('"address":"127.0.0.1"'); // a socket's address is not a citizen's
    expect(text).toContain('"address":"***, phường Hải Dương"');
    expect(text).toContain('/api/v1/personal-data/export?phone=*******678&idNumber=*********234');
    expect(text).toContain('"applicant_phone":"*******678"');
    expect(text).toContain('"name":"N***** V** A*"');
    for (const secret of ['0912345678', '0912 345 678', '030090001234', 'Nguyễn Văn An']) {
      expect(text).not.toContain(secret);
    }
  });

  it('writes one line per request, at its end: its id, method, masked URL, status and time; answered reads at debug', async () => {
    lines.length = 0;
    const res = await t
      .client()
      .post('/api/v1/public/dossiers/lookup', { code: 'H15.50.05.13-260504-0001', phone: '5678' });
    expect(res.status).toBe(404);
    await (await t.loginAs('haiduong.admin')).get('/api/v1/personal-data/export?phone=0912345678');
    const requestId = res.headers.get('x-request-id');
    const mine = lines.map((line) => JSON.parse(line)).filter((line) => line.reqId === requestId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'POST', url: '/api/v1/public/dossiers/lookup' },
      res: { statusCode: 404 },
    });
    expect(mine[0].responseTime).toBeGreaterThan(0);
    const exports = lines.filter((line) => line.includes('/personal-data/export')).map((line) => JSON.parse(line));
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ level: 20, req: { url: '/api/v1/personal-data/export?phone=*******678' } });
    const writes = lines.filter((line) => line.includes('/api/v1/auth/login')).map((line) => JSON.parse(line));
    expect(writes.map((line) => [line.level, line.res.statusCode])).toEqual([[30, 204]]);
    // Of the reply, the status alone: no headers (session cookies), no request body (passwords).
    for (const secret of ['cchc_session', 'set-cookie', 'HaiDuong@2026', 'password']) {
      expect(lines.join('')).not.toContain(secret);
    }
  });

  it("writes a route's own line (request.log, made on first use) with the request's id, masked as any other", async () => {
    lines.length = 0;
    const res = await t.client().post('/api/v1/public/hai-duong/feedback', {
      category: 'procedure',
      title: 'Một tiêu đề',
      text: 'Một nội dung đủ dài để gửi đi, do máy điền.',
      name: 'Nguyễn Văn An',
      phone: '0912 345 678',
      website: 'http://spam.example',
    });
    expect(res.status).toBe(201);
    const mine = lines.map((line) => JSON.parse(line)).filter((line) => line.reqId === res.headers.get('x-request-id'));
    expect(mine.map((line) => [line.level, line.msg])).toEqual([
      [40, 'feedback honeypot filled: submission dropped'],
      [30, 'request completed'],
    ]);
    expect(mine[0].tenant).toBe('hai-duong');
    expect(lines.join('')).not.toContain('0912 345 678');
  });
});
