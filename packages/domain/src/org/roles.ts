/** Roles a user holds inside a tenant (or the city). Citizens use public pages and have no role. */
export const ROLES = [
  'city_admin',
  'city_observer', // Sở Nội vụ staff: the city view, read only
  'ward_admin',
  'chairman', // lãnh đạo UBND
  'coordinator', // phòng đầu mối CCHC (Phòng Văn hoá – Xã hội)
  'unit_head', // trưởng phòng, đơn vị
  'officer', // công chức, viên chức
  'one_stop_officer', // công chức Bộ phận một cửa
  'observer', // Mặt trận Tổ quốc, đoàn thể: read only
] as const;
export type Role = (typeof ROLES)[number];
