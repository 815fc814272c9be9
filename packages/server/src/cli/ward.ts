import type { Db } from '../db/database.js';
import { orgRepository } from '../modules/org/repository.js';
import { exitWithUsage } from './usage-error.js';

/** The ward a command works on. */
export interface PickedWard {
  id: string;
  code: string;
  name: string;
}

/**
 * The ward named by `--tenant`, or the only ward of the database. Bad input exits with code 2 and a message that
 * says which case it is: an unknown code, no ward at all, or several wards to choose from (listed by code).
 * A command that writes (`{ write: true }`) refuses a deactivated ward, as the API does: its data is read only.
 */
export async function pickWard(db: Db, code: string | undefined, use: { write?: boolean } = {}): Promise<PickedWard> {
  const repo = orgRepository(db);
  if (code !== undefined) {
    const tenant = await repo.findTenantByCode(code);
    if (!tenant || tenant.kind === 'city') exitWithUsage([`không có phường/xã với mã "${code}"`]);
    if (use.write && !tenant.active) exitWithUsage([readOnly(tenant.name)]);
    return { id: tenant.id, code: tenant.code, name: tenant.name };
  }
  const wards = (await repo.listTenants({ all: true, tenantId: '' })).filter((t) => t.kind !== 'city');
  const [only] = wards;
  if (!only)
    exitWithUsage(['CSDL chưa có phường/xã nào: hãy tạo phường/xã trước (lần chạy đầu tiên tự tạo dữ liệu mẫu)']);
  if (wards.length > 1) {
    const codes = wards.map((w) => w.code).sort();
    const shown = codes.length > 8 ? `${codes.slice(0, 8).join(', ')}, …` : codes.join(', ');
    exitWithUsage([`có ${wards.length} phường/xã (${shown}): chọn một bằng --tenant <mã>`]);
  }
  if (use.write && !only.active) exitWithUsage([readOnly(only.name)]);
  return { id: only.id, code: only.code, name: only.name };
}

const readOnly = (name: string) => `${name} đã ngừng hoạt động: dữ liệu chỉ được xem, không được thay đổi`;
