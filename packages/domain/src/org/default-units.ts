/** A unit (đơn vị) of a ward: a department, office, centre or the police, with the names documents use for it. */
export interface UnitDefinition {
  /** Stable code inside a tenant, used in URLs and seeds. */
  code: string;
  /** Canonical name (tên đầy đủ). */
  name: string;
  /** Short name used in tables (tên viết tắt). */
  shortName: string;
  /** Other spellings seen in documents, typos included; matched after normalisation. */
  aliases: string[];
}

/**
 * The units named in Phường Hải Dương's 2026 plan (docs/DOMAIN.md §1), canonical name first. A new ward starts with
 * this list and edits it; aliases are per tenant data, this is only the default.
 */
export const DEFAULT_UNITS: readonly UnitDefinition[] = [
  {
    code: 'VHXH',
    name: 'Phòng Văn hóa - Xã hội',
    shortName: 'Phòng VHXH',
    aliases: ['Phòng VHXH', 'Phòng VHXXH', 'phòng Văn hoá – Xã hội', 'Phòng Văn hoá - Xã hội', 'VHXH', 'VHXXH'],
  },
  {
    code: 'VP',
    name: 'Văn phòng HĐND và UBND',
    shortName: 'Văn phòng HĐND&UBND',
    aliases: ['Văn phòng HĐND&UBND', 'Văn phòng HĐND & UBND', 'VP HĐND&UBND', 'Văn phòng HĐND và UBND phường'],
  },
  {
    code: 'TTPVHCC',
    name: 'Trung tâm Phục vụ hành chính công',
    shortName: 'Trung tâm phục vụ HCC',
    aliases: ['Trung tâm phục vụ HCC', 'TT phục vụ HCC', 'Trung tâm PVHCC', 'Trung tâm Phục vụ hành chính công phường'],
  },
  {
    code: 'KTHTDT',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    shortName: 'Phòng KTHT&ĐT',
    aliases: ['Phòng KTHT&ĐT', 'Phòng KTHT và ĐT', 'KTHT&ĐT', 'Phòng Kinh tế - Hạ tầng và Đô thị'],
  },
  { code: 'CA', name: 'Công an phường', shortName: 'Công an phường', aliases: ['CA phường', 'Công an'] },
  {
    code: 'TTDVSNC',
    name: 'Trung tâm Dịch vụ sự nghiệp công',
    shortName: 'TT DVSNC',
    aliases: ['TT Dịch vụ sự nghiệp công', 'Trung tâm DVSNC'],
  },
  {
    code: 'DTT',
    name: 'Đài truyền thanh phường',
    shortName: 'Đài truyền thanh',
    aliases: ['Đài truyền thanh', 'Đài TT phường'],
  },
  {
    code: 'BCD',
    name: 'Ban Chỉ đạo CCHC phường',
    shortName: 'BCĐ CCHC',
    aliases: ['Ban Chỉ đạo cải cách hành chính phường', 'BCĐ CCHC phường'],
  },
];
