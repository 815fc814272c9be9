import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentTable, OfficialDocument } from '@cchc/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mmToTwips, renderDocx } from '../src/documents/index.js';
import { CLI_TIMEOUT, cliTestTimeout } from './support/cli-process.js';

/** The processing-results table of form II.06a (docs/DOMAIN.md §7), with its grouped header. */
const resultsTable: DocumentTable = {
  title: 'Biểu II.06a: Kết quả giải quyết thủ tục hành chính',
  columns: [
    { title: 'Đơn vị', width: 24 },
    ...['Tổng số', 'Trực tuyến', 'Trực tiếp, BCCI', 'Từ kỳ trước'].map((title) => ({ title, width: 7 })),
    ...['Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'].map((title) => ({ title, width: 7 })),
    ...['Tổng số', 'Trong hạn', 'Quá hạn'].map((title) => ({ title, width: 7 })),
  ],
  headerRows: [
    [
      { text: 'Đơn vị', rowSpan: 2 },
      { text: 'Số hồ sơ nhận giải quyết', colSpan: 4 },
      { text: 'Số hồ sơ đã giải quyết', colSpan: 4 },
      { text: 'Số hồ sơ đang giải quyết', colSpan: 3 },
    ],
    ['Tổng số', 'Trực tuyến', 'Trực tiếp, BCCI', 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn']
      .concat(['Tổng số', 'Trong hạn', 'Quá hạn'])
      .map((text) => ({ text })),
  ],
  rows: [
    { group: 'I. Lĩnh vực Hộ tịch' },
    ['Phòng Văn hóa - Xã hội', 1250, 900, 300, 50, 1200, 700, 480, 20, 50, 45, 5],
  ],
  totals: ['Tổng cộng', 1250, 900, 300, 50, 1200, 700, 480, 20, 50, 45, 5],
};

const report: OfficialDocument = {
  issuer: { parent: 'ỦY BAN NHÂN DÂN', name: 'PHƯỜNG HẢI DƯƠNG' },
  numbering: { number: null, typeCode: 'BC', issuerCode: 'UBND' },
  place: 'Hải Dương',
  date: '2026-03-05',
  title: 'BÁO CÁO',
  subject: 'Kết quả thực hiện công tác cải cách hành chính quý I năm 2026',
  body: [
    { kind: 'heading', level: 1, text: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH' },
    { kind: 'heading', level: 2, text: '1. Kế hoạch cải cách hành chính' },
    {
      kind: 'paragraph',
      text: 'Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính năm 2026 với 45 nhiệm vụ.',
    },
    { kind: 'heading', level: 3, text: 'a) Kết quả thực hiện' },
    { kind: 'bullet', text: 'Hoàn thành 12/45 nhiệm vụ;' },
    ...Array.from({ length: 30 }, (_, index) => ({
      kind: 'paragraph' as const,
      text: `Đoạn ${index + 1}: nội dung đủ dài để văn bản sang trang thứ hai, nơi số trang phải hiện ở lề trên.`,
    })),
  ],
  recipients: ['- UBND thành phố Hải Phòng;', '- Sở Nội vụ thành phố;', '- Lưu: VT, VHXH.'],
  signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' },
  appendix: [{ kind: 'landscape', blocks: [{ kind: 'table', table: resultsTable }] }],
};

interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  /** Header parts by their relationship id, as the section properties name them. */
  headersById: Map<string, string>;
}

async function openDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const rels = await read('word/_rels/document.xml.rels');
  const headersById = new Map<string, string>();
  for (const match of rels.matchAll(/Id="(rId\d+)"[^>]*Target="(header\d+\.xml)"/g)) {
    headersById.set(match[1] ?? '', await read(`word/${match[2]}`));
  }
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    headersById,
  };
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Paragraphs with their XML and their text, in document order. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) => ({
    xml: paragraph,
    text: decode([...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  }));
}

function paragraphWith(xml: string, text: string): string {
  const found = paragraphs(xml).find((paragraph) => paragraph.text === text);
  if (!found) throw new Error(`No paragraph reads "${text}"`);
  return found.xml;
}

const sectionProperties = (xml: string) => [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map(([s]) => s);

describe('renderDocx', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await openDocx(await renderDocx(report));
  });

  it('converts millimetres to twips with rounding: 20 → 1134, 30 → 1701, 15 → 850, A4 → 11906 × 16838', () => {
    expect([mmToTwips(20), mmToTwips(30), mmToTwips(15), mmToTwips(210), mmToTwips(297)]).toEqual([
      1134, 1701, 850, 11906, 16838,
    ]);
  });

  it('sets A4 portrait with Decree 30 margins, then a landscape section for the wide appendix', () => {
    const [first, appendix] = sectionProperties(docx.document);
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(first).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(appendix).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(appendix).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('uses Times New Roman in black for every run, style and header', () => {
    const parts = [docx.document, docx.styles, ...docx.headersById.values()];
    const fonts = new Set(
      parts.flatMap((xml) => [...xml.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/g)].map((m) => m[1])),
    );
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(docx.styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:color w:val="000000"\/>/s);
    const colours = new Set([...docx.document.matchAll(/<w:color w:val="([^"]+)"/g)].map((m) => m[1]));
    expect([...colours]).toEqual(['000000']);
  });

  it('prints the header table: issuer bold caps, Quốc hiệu, Tiêu ngữ, number, place and date', () => {
    const header = docx.document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
    expect(header).toContain('<w:tblBorders><w:top w:val="none"');
    expect(
      paragraphs(header)
        .map((paragraph) => paragraph.text)
        .filter(Boolean),
    ).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẢI DƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/BC-UBND',
      'Hải Dương, ngày 05 tháng 3 năm 2026',
    ]);
    expect(paragraphWith(header, 'PHƯỜNG HẢI DƯƠNG')).toContain('<w:b/>');
    expect(paragraphWith(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/s);
    expect(paragraphWith(header, 'Độc lập - Tự do - Hạnh phúc')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/s);
    expect(paragraphWith(header, 'Hải Dương, ngày 05 tháng 3 năm 2026')).toContain('<w:i/>');
    // The two rules: empty paragraphs with a bottom border, under the issuer and under the motto.
    expect(header.match(/<w:pBdr><w:bottom w:val="single"/g)).toHaveLength(2);
  });

  it('prints the title bold caps centred, the subject bold, and the body justified with a 1.27 cm indent', () => {
    expect(paragraphWith(docx.document, 'BÁO CÁO')).toMatch(/<w:jc w:val="center"\/>.*<w:b\/>/s);
    const subject = paragraphWith(docx.document, report.subject ?? '');
    expect(subject).toMatch(/<w:jc w:val="center"\/>.*<w:b\/>/s);
    const body = paragraphWith(
      docx.document,
      'Ủy ban nhân dân phường ban hành Kế hoạch cải cách hành chính năm 2026 với 45 nhiệm vụ.',
    );
    expect(body).toContain('<w:ind w:firstLine="720"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:spacing [^>]*w:before="120"/);
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(paragraphWith(docx.document, 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH')).toContain('<w:b/>');
    expect(paragraphWith(docx.document, 'a) Kết quả thực hiện')).toContain('<w:i/>');
    expect(paragraphWith(docx.document, '- Hoàn thành 12/45 nhiệm vụ;')).toContain('<w:jc w:val="both"/>');
  });

  it('closes with Nơi nhận (12 bold italic, lines 11) and the signature block', () => {
    expect(paragraphWith(docx.document, 'Nơi nhận:')).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/s);
    expect(paragraphWith(docx.document, '- Lưu: VT, VHXH.')).toContain('<w:sz w:val="22"/>');
    for (const text of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']) {
      expect(paragraphWith(docx.document, text)).toMatch(/<w:jc w:val="center"\/>.*<w:b\/>/s);
    }
    const texts = paragraphs(docx.document).map((paragraph) => paragraph.text);
    expect(texts.indexOf('Nơi nhận:')).toBeLessThan(
      texts.indexOf('Biểu II.06a: Kết quả giải quyết thủ tục hành chính'),
    );
  });

  it('numbers pages from page 2: different first page, PAGE field only in the default header', () => {
    const [first, appendix] = sectionProperties(docx.document);
    expect(first).toContain('<w:titlePg/>');
    const reference = (section: string | undefined, type: string) =>
      docx.headersById.get(section?.match(new RegExp(`w:type="${type}" r:id="(rId\\d+)"`))?.[1] ?? '') ?? '';
    expect(reference(first, 'default')).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(reference(first, 'default')).toContain('<w:jc w:val="center"/>');
    expect(reference(first, 'first')).not.toContain('PAGE');
    expect(reference(appendix, 'default')).toMatch(/PAGE/);
    // One running header for odd and even pages, so every page from the second shows its number.
    expect(docx.settings).toContain('<w:evenAndOddHeaders w:val="false"/>');
  });

  it('prints tables with borders, merged header cells, group and totals rows', () => {
    const table =
      [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)]
        .map(([t]) => t)
        .find((t) => t.includes('Số hồ sơ nhận giải quyết')) ?? '';
    expect(table).toContain('<w:top w:val="single"');
    expect(table).toContain('<w:gridSpan w:val="4"/>');
    expect(table).toContain('<w:vMerge w:val="restart"/>');
    expect(table).toContain('<w:tblHeader/>');
    const texts = paragraphs(table).map((paragraph) => paragraph.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Số hồ sơ đang giải quyết', 'I. Lĩnh vực Hộ tịch', 'Phòng Văn hóa - Xã hội']),
    );
    expect(texts).toEqual(expect.arrayContaining(['1.250', 'Tổng cộng']));
    expect(paragraphWith(table, 'Tổng cộng')).toContain('<w:b/>');
  });
});

describe('renderDocx for a letter (công văn)', () => {
  it('prints the number with the drafting unit and the V/v subject under it, with no title', async () => {
    const letter: OfficialDocument = {
      ...report,
      numbering: { number: '7', typeCode: 'CV', issuerCode: 'UBND', draftingUnitCode: 'VP' },
      title: null,
      subject: 'V/v báo cáo kết quả cải cách hành chính quý I',
      addressees: ['Sở Nội vụ thành phố Hải Phòng'],
      appendix: [],
    };
    const { document } = await openDocx(await renderDocx(letter));
    const header = document.match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
    const texts = paragraphs(header).map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining(['Số: 7/UBND-VP', 'V/v báo cáo kết quả cải cách hành chính quý I']));
    expect(paragraphs(document).map((paragraph) => paragraph.text)).not.toContain('BÁO CÁO');
    expect(paragraphWith(document, 'Kính gửi: Sở Nội vụ thành phố Hải Phòng')).toContain('<w:jc w:val="center"/>');
    expect(sectionProperties(document)).toHaveLength(1);
  });
});

const soffice =
  ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((candidate) => fs.existsSync(candidate)) ??
  (spawnSync('sh', ['-c', 'command -v soffice']).stdout.toString().trim() || null);

describe('conversion to PDF', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-documents-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it.skipIf(!soffice)(
    soffice
      ? 'LibreOffice converts the .docx to a PDF of several pages'
      : 'skipped: LibreOffice (soffice) is not installed',
    async () => {
      const file = path.join(work, 'bao-cao.docx');
      fs.writeFileSync(file, await renderDocx(report));
      // A fresh profile per run: a shared one is locked by any other LibreOffice running on the machine.
      const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
      execFileSync(soffice ?? 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, file], {
        timeout: CLI_TIMEOUT, // a first LibreOffice start builds its profile: slow on a busy machine
        stdio: 'pipe',
      });
      const pdf = fs.readFileSync(path.join(work, 'bao-cao.pdf')).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(2);
    },
    cliTestTimeout(1),
  );
});
