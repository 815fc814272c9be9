import { randomUUID } from 'node:crypto';
import type { OnlineLevel, WorkingTimeLimit } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { dossiersRepository } from '../../dossiers/index.js';
import { orgRepository } from '../../org/index.js';
import { limitColumns } from '../records.js';
import { proceduresRepository } from '../repository.js';

/**
 * DEMO DATA, not the ward's official catalogue: an agency code in the national format and five commune-level
 * procedures with typical limits, fees and internal steps, so a fresh install can take a dossier at once. The ward
 * replaces both (settings, catalogue import) with its own.
 */
export const DEMO_AGENCY_CODE = 'H15.50.05.13';

interface DemoProcedure {
  code: string;
  name: string;
  field: string;
  limit: WorkingTimeLimit;
  fee: number | null;
  onlineLevel: OnlineLevel;
  unit: string;
  components: string[];
  /** [name, unit code, working hours] */
  steps: [string, string, number][];
}

const DEMO_PROCEDURES: DemoProcedure[] = [
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    limit: { days: 1 },
    fee: null,
    onlineLevel: 'full',
    unit: 'VHXH',
    components: ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh'],
    steps: [
      ['Tiếp nhận hồ sơ', 'TTPVHCC', 1],
      ['Thẩm định, trình ký', 'VHXH', 5],
      ['Trả kết quả', 'TTPVHCC', 2],
    ],
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    limit: { days: 5 },
    fee: null,
    onlineLevel: 'full',
    unit: 'VHXH',
    components: ['Tờ khai đăng ký kết hôn', 'Giấy xác nhận tình trạng hôn nhân'],
    steps: [
      ['Tiếp nhận hồ sơ', 'TTPVHCC', 4],
      ['Xác minh, thẩm định', 'VHXH', 28],
      ['Ký duyệt', 'VP', 4],
      ['Trả kết quả', 'TTPVHCC', 4],
    ],
  },
  {
    code: '2.000908',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
    field: 'Chứng thực',
    limit: { hours: 4 },
    fee: 2000,
    onlineLevel: 'partial',
    unit: 'TTPVHCC',
    components: ['Bản chính giấy tờ', 'Bản sao cần chứng thực'],
    steps: [
      ['Tiếp nhận, đối chiếu', 'TTPVHCC', 2],
      ['Ký chứng thực', 'VP', 2],
    ],
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong giấy tờ, văn bản',
    field: 'Chứng thực',
    limit: { days: 1 },
    fee: 10000,
    onlineLevel: 'partial',
    unit: 'TTPVHCC',
    components: ['Giấy tờ, văn bản cần chứng thực chữ ký', 'Giấy tờ tùy thân'],
    steps: [
      ['Tiếp nhận, đối chiếu', 'TTPVHCC', 4],
      ['Ký chứng thực', 'VP', 4],
    ],
  },
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    field: 'Xây dựng',
    limit: { days: 15 },
    fee: 75000,
    onlineLevel: 'full',
    unit: 'KTHTDT',
    components: ['Đơn đề nghị cấp giấy phép xây dựng', 'Giấy tờ về quyền sử dụng đất', 'Bản vẽ thiết kế'],
    steps: [
      ['Tiếp nhận hồ sơ', 'TTPVHCC', 4],
      ['Thẩm định, kiểm tra thực địa', 'KTHTDT', 96],
      ['Ký duyệt', 'VP', 16],
      ['Trả kết quả', 'TTPVHCC', 4],
    ],
  },
];

/**
 * Gives a ward without dossier settings the demo agency code, and a ward without any procedure the demo catalogue.
 * Runs at every start and does nothing once the ward has its own.
 */
export async function seedDemoCatalogue(db: Db, tenantCode: string, now: Date): Promise<void> {
  const tenant = await orgRepository(db).findTenantByCode(tenantCode);
  if (!tenant) return;
  const dossiers = dossiersRepository(db);
  if (!tenant.agency_code && !(await dossiers.agencyCodeTaken(DEMO_AGENCY_CODE, tenant.id))) {
    await dossiers.setAgencyCode(tenant.id, DEMO_AGENCY_CODE);
  }
  const repo = proceduresRepository(db);
  if ((await repo.countAll(tenant.id)) > 0) return;
  const units = new Map((await orgRepository(db).listUnits(tenant.id)).map((u) => [u.code, u.id]));
  for (const p of DEMO_PROCEDURES) {
    const id = randomUUID();
    await repo.insert({
      tenant_id: tenant.id,
      id,
      code: p.code,
      name: p.name,
      field: p.field,
      ...limitColumns(p.limit),
      fee: p.fee,
      online_level: p.onlineLevel,
      returns_paper_result: true,
      unit_id: units.get(p.unit) ?? null,
      components: p.components,
      demo: true,
      created_at: now,
      updated_at: now,
    });
    const steps = p.steps.map(([name, unit, hours], index) => ({
      tenant_id: tenant.id,
      procedure_id: id,
      no: index + 1,
      name,
      unit_id: units.get(unit) ?? null,
      budget_hours: hours,
    }));
    await repo.replaceSteps(tenant.id, id, steps);
  }
}
