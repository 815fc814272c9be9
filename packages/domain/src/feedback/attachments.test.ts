import { describe, expect, it } from 'vitest';
import { checkFeedbackAttachment, FEEDBACK_ATTACHMENT_ACCEPT } from './attachments.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF = new Uint8Array([...'%PDF-1.7'].map((c) => c.charCodeAt(0)));

describe('checkFeedbackAttachment', () => {
  it('takes photos, PDF and Word files up to 5 MB', () => {
    expect(checkFeedbackAttachment({ fileName: 'anh.PNG', size: 1000, head: PNG })).toEqual({
      ok: true,
      mimeType: 'image/png',
    });
    expect(checkFeedbackAttachment({ fileName: 'don.pdf', size: 5 * 1024 * 1024, head: PDF }).ok).toBe(true);
    expect(FEEDBACK_ATTACHMENT_ACCEPT).toBe('.pdf,.doc,.docx,.jpg,.jpeg,.png');
  });

  it('refuses spreadsheets, audio, big files and renamed files', () => {
    expect(checkFeedbackAttachment({ fileName: 'a.xlsx', size: 10, head: PNG })).toEqual({
      ok: false,
      problem: 'type_not_allowed',
    });
    expect(checkFeedbackAttachment({ fileName: 'a.mp3', size: 10, head: PNG })).toEqual({
      ok: false,
      problem: 'type_not_allowed',
    });
    expect(checkFeedbackAttachment({ fileName: 'a.pdf', size: 5 * 1024 * 1024 + 1, head: PDF })).toEqual({
      ok: false,
      problem: 'too_large',
    });
    expect(checkFeedbackAttachment({ fileName: 'virus.pdf', size: 10, head: PNG })).toEqual({
      ok: false,
      problem: 'content_mismatch',
    });
    expect(checkFeedbackAttachment({ fileName: 'empty.png', size: 0, head: new Uint8Array() })).toEqual({
      ok: false,
      problem: 'empty',
    });
  });
});
