import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, EVIDENCE_ACCEPT, EVIDENCE_RULES, extensionOf } from './evidence.js';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));
const PDF = bytes('%PDF-1.7\n');

describe('evidence files', () => {
  it('takes PDF, Word, Excel, images and audio by extension and first bytes', () => {
    expect(checkEvidenceFile({ fileName: 'Ke hoach.PDF', size: 1000, head: PDF })).toMatchObject({
      ok: true,
      kind: 'pdf',
      mimeType: 'application/pdf',
    });
    expect(checkEvidenceFile({ fileName: 'bc.docx', size: 10, head: bytes(0x50, 0x4b, 3, 4) }).ok).toBe(true);
    expect(checkEvidenceFile({ fileName: 'ban-tin.mp3', size: 10, head: bytes('ID3', 4, 0) }).ok).toBe(true);
    expect(checkEvidenceFile({ fileName: 'ban-tin.m4a', size: 10, head: bytes(0, 0, 0, 32, 'ftypM4A ') }).ok).toBe(
      true,
    );
    expect(checkEvidenceFile({ fileName: 'anh.png', size: 10, head: bytes(0x89, 'PNG', 13, 10, 26, 10) }).ok).toBe(
      true,
    );
  });

  it('refuses other types, empty files, oversized files and disguised content', () => {
    expect(checkEvidenceFile({ fileName: 'setup.exe', size: 10, head: bytes('MZ') })).toMatchObject({
      ok: false,
      problem: 'type_not_allowed',
    });
    expect(checkEvidenceFile({ fileName: 'a.pdf', size: 0, head: bytes() })).toMatchObject({ problem: 'empty' });
    const big = EVIDENCE_RULES.image.maxBytes + 1;
    expect(checkEvidenceFile({ fileName: 'a.jpg', size: big, head: bytes(0xff, 0xd8, 0xff) })).toMatchObject({
      problem: 'too_large',
    });
    expect(checkEvidenceFile({ fileName: 'virus.pdf', size: 10, head: bytes('MZ') })).toMatchObject({
      problem: 'content_mismatch',
    });
  });

  it('reads extensions and lists them for the upload form', () => {
    expect(extensionOf('Báo cáo.Q1.XLSX')).toBe('xlsx');
    expect(extensionOf('khong-duoi')).toBe('');
    expect(EVIDENCE_ACCEPT).toContain('.pdf');
    expect(EVIDENCE_ACCEPT).toContain('.mp3');
  });
});
