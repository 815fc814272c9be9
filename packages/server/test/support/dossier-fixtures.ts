// Shared by the dossier, procedure and indicator tests: Vietnam wall-clock instants, the seeded demo procedures, an
// intake body.
import type { TestApp, TestClient } from './test-app.js';

/** The instant of a Vietnam local time written `YYYY-MM-DD HH:MM`. */
export const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/** Moves the test app's clock to a Vietnam local time. */
export const at = (t: TestApp, local: string) => t.clock.set(vn(local));

/** The seeded demo procedure with a code (1.001193 khai sinh, 2.000908 chứng thực bản sao, …). */
export async function procedureId(client: TestClient, code: string): Promise<string> {
  const list = await client.get('/api/v1/procedures');
  const found = (list.body as { id: string; code: string }[]).find((p) => p.code === code);
  if (!found) throw new Error(`no procedure ${code}`);
  return found.id;
}

/** A counter intake body for a procedure, with a phone ending in 5678. */
export const intakeBody = (id: string, extra: Record<string, unknown> = {}) => ({
  procedureId: id,
  channel: 1,
  applicant: {
    name: 'Nguyễn Văn An',
    phone: '0912 345 678',
    email: 'an@example.vn',
    address: 'Số 5 phố Trần Hưng Đạo, phường Hải Dương',
    idNumber: '030090001234',
  },
  components: [{ name: 'Tờ khai đăng ký khai sinh', hasFile: true }],
  ...extra,
});

/** Runs an action and returns the response. */
export const act = (client: TestClient, id: string, action: string, body: Record<string, unknown> = {}) =>
  client.post(`/api/v1/dossiers/${id}/actions/${action}`, body);

/** Sends a file as multipart form data with the client's session, as the browser's upload does. */
export async function uploadFile(client: TestClient, apiPath: string, name: string, bytes: Buffer | string) {
  const form = new FormData();
  const data = typeof bytes === 'string' ? bytes : new Uint8Array(bytes);
  form.append('file', new Blob([data]), name);
  // TestClient sends JSON only; its session cookie and CSRF token are private fields.
  const { cookie, csrf } = client as unknown as { cookie: string; csrf: string };
  const res = await fetch(`${client.baseUrl}${apiPath}`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}
