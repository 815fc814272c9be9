import { describe, expect, it } from 'vitest';
import { parseWithDefaultUnits, SEED_TEXT } from '../plan/test-support/seed.js';
import { type RegisterKind, suggestTasksForRecord } from './serves.js';

const tasks = parseWithDefaultUnits(SEED_TEXT).tasks.map((t, i) => ({
  id: `t${t.no ?? i}`,
  no: t.no,
  content: t.content,
  product: t.product,
}));
const numbers = (kind: RegisterKind, title: string) => suggestTasksForRecord({ kind, title }, tasks).map((s) => s.no);

describe('the plan tasks a register record serves, on the seed plan', () => {
  it('offers a self-inspection plan the PAR inspection task only (3), not the procedures checks (20, 28)', () => {
    expect(numbers('inspection_plan', 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026')).toEqual([3]);
    expect(numbers('inspection', 'Thông báo kết luận kiểm tra')).toEqual([3]);
  });

  it('puts the review plan task (12) first for a review plan, and offers only tasks about legal documents', () => {
    const offered = numbers('legal_review', 'Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026');
    expect(offered[0]).toBe(12);
    // 8–19 (institutional reform) and 34, the civil-service task that proposes amending legal documents.
    expect([...offered].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 34,
    ]);
  });

  it('puts the yearly expired-documents decision (13) first for the expired list', () => {
    expect(numbers('expired_list', 'Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2026')[0]).toBe(13);
  });

  it('puts the repeal task (14) first for a decision repealing documents, the issuing task (8) for a new one', () => {
    expect(
      numbers('legal_document', 'Quyết định bãi bỏ các văn bản quy phạm pháp luật của Ủy ban nhân dân phường')[0],
    ).toBe(14);
    expect(
      numbers('legal_document', 'Quy định các biện pháp thi hành Nghị quyết của Hội đồng nhân dân thành phố')[0],
    ).toBe(8);
  });
});
