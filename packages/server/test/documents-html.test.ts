import type { DocumentTable, OfficialDocument } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../src/documents/index.js';

const hostile = '<script>alert("x")</script>';

const table: DocumentTable = {
  title: `Bảng ${hostile}`,
  columns: [
    { title: 'Đơn vị', width: 40 },
    { title: 'Tổng số', width: 20 },
    { title: 'Trực tuyến', width: 20 },
    { title: 'Ghi chú', width: 20 },
  ],
  headerRows: [
    [
      { text: 'Đơn vị', rowSpan: 2 },
      { text: 'Số hồ sơ', colSpan: 2 },
      { text: 'Ghi chú', rowSpan: 2 },
    ],
    [{ text: 'Tổng số' }, { text: 'Trực tuyến' }],
  ],
  rows: [{ group: 'I. Hộ tịch' }, ['Phòng Văn hóa - Xã hội', 1250, 90.5, hostile]],
  totals: ['Tổng cộng', 1250, 90.5, null],
};

const doc: OfficialDocument = {
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: `PHƯỜNG ${hostile}` },
  numbering: { number: '12', typeCode: 'BC', issuerCode: 'UBND' },
  place: 'Hải Dương',
  date: '2026-01-09',
  title: 'BÁO CÁO',
  subject: `Kết quả ${hostile}`,
  body: [
    { kind: 'heading', level: 1, text: 'I. KẾT QUẢ' },
    {
      kind: 'paragraph',
      text: [
        { text: 'Chữ đậm ', bold: true },
        { text: hostile, italic: true },
      ],
    },
    { kind: 'bullet', text: `Gạch đầu dòng ${hostile}` },
    { kind: 'landscape', blocks: [{ kind: 'table', table }] },
  ],
  recipients: ['- Như trên;', `- ${hostile};`, '- Lưu: VT, VHXH.'],
  signature: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: `Nguyễn ${hostile}` },
};

describe('renderHtml', () => {
  const html = renderHtml(doc);

  it('escapes every text: no markup from the data reaches the page', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(escapeHtml(`a&b<c>"d"'e'`)).toBe('a&#38;b&#60;c&#62;&#34;d&#34;&#39;e&#39;');
  });

  it('sets the A4 page, Decree 30 margins, Times New Roman and page numbers from page 2', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('@top-center { content: counter(page)');
    expect(html).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
    expect(html).toContain("font: 14pt/1.15 'Times New Roman', serif");
    expect(html).toContain('text-indent: 12.7mm');
  });

  it('prints the header, the title and subject, the body and the closing', () => {
    for (const text of [
      '<span class="line bold">ỦY BAN NHÂN DÂN</span>',
      '<span class="line national-title">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span>',
      '<span class="line motto">Độc lập - Tự do - Hạnh phúc</span>',
      '<span class="line number">Số: 12/BC-UBND</span>',
      '<span class="line date">Hải Dương, ngày 09 tháng 01 năm 2026</span>',
      '<h1 class="title">BÁO CÁO</h1>',
      '<h2>I. KẾT QUẢ</h2>',
      '<p><b>Chữ đậm </b><i>&#60;script&#62;',
      '<span class="line recipients-label">Nơi nhận:</span>',
      '<span class="line recipient">- Lưu: VT, VHXH.</span>',
      '<span class="line bold">KT. CHỦ TỊCH</span><span class="line bold">PHÓ CHỦ TỊCH</span>',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('prints tables with spans, group and totals rows, on a landscape page', () => {
    expect(html).toContain('<section class="wide"><table class="grid">');
    expect(html).toContain('<th rowspan="2">Đơn vị</th><th colspan="2">Số hồ sơ</th><th rowspan="2">Ghi chú</th>');
    expect(html).toContain('<tr class="group"><td colspan="4">I. Hộ tịch</td></tr>');
    expect(html).toContain('<td class="center">1.250</td><td class="center">90,5</td>');
    expect(html).toContain('<tr class="totals"><td class="left">Tổng cộng</td>');
    expect(html).toContain('<col style="width:40%">');
  });
});
