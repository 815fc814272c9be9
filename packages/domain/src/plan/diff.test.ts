import { describe, expect, it } from 'vitest';
import { diffTasks, type TaskSnapshot } from './diff.js';

const task = (no: number | null, content: string, more: Partial<TaskSnapshot> = {}): TaskSnapshot => ({
  no,
  group: 'I',
  content,
  lead: 'Phòng VHXH',
  coordinators: 'Các phòng, đơn vị chuyên môn',
  timeframe: 'Cả năm 2026',
  product: 'Báo cáo',
  sourceRef: null,
  ...more,
});

const OLD = [
  task(1, 'Ban hành Kế hoạch cải cách hành chính năm 2026'),
  task(2, 'Xây dựng Báo cáo xác định chỉ số cải cách hành chính năm 2025'),
  task(3, 'Kiểm tra cải cách hành chính tại các đơn vị thuộc và trực thuộc'),
  task(4, 'Tham gia Hội thi trực tuyến tìm hiểu công tác cải cách hành chính'),
];

describe('diffTasks', () => {
  it('matches unchanged tasks by number and content', () => {
    const diff = diffTasks(OLD, OLD);
    expect(diff.matches.map((m) => [m.before, m.after, m.fields])).toEqual([
      [0, 0, []],
      [1, 1, []],
      [2, 2, []],
      [3, 3, []],
    ]);
    expect(diff).toMatchObject({ added: [], removed: [] });
  });

  it('follows a task renumbered after a removal, and reports the number as changed', () => {
    const next = [OLD[0], OLD[1], { ...(OLD[3] as TaskSnapshot), no: 3 }] as TaskSnapshot[];
    const diff = diffTasks(OLD, next);
    expect(diff.removed).toEqual([2]);
    expect(diff.matches.find((m) => m.before === 3)).toEqual({ before: 3, after: 2, fields: ['no'] });
  });

  it('keeps a reworded task with its new timeframe, and does not pair unrelated tasks', () => {
    const next = [
      task(1, 'Ban hành Kế hoạch cải cách hành chính năm 2026 của phường', { timeframe: 'Quý I/2026' }),
      OLD[1],
      OLD[2],
      task(4, 'Số hóa hồ sơ lưu trữ và đưa vào kho dữ liệu dùng chung'),
    ] as TaskSnapshot[];
    const diff = diffTasks(OLD, next);
    expect(diff.matches.find((m) => m.before === 0)?.fields).toEqual(['content', 'timeframe']);
    expect(diff.removed).toEqual([3]);
    expect(diff.added).toEqual([3]);
  });

  it('ignores case and spacing when comparing cells', () => {
    const next = OLD.map((t) => ({ ...t, content: `  ${t.content.toUpperCase()} ` }));
    expect(diffTasks(OLD, next).matches.every((m) => m.fields.length === 0)).toBe(true);
  });

  it('matches tasks outside the appendix by their content', () => {
    const prose = task(null, 'Trình phê duyệt kinh phí cải cách hành chính', { sourceRef: 'IV.2.d' });
    const diff = diffTasks([...OLD, prose], [prose, ...OLD]);
    expect(diff.matches.find((m) => m.before === 4)).toEqual({ before: 4, after: 0, fields: [] });
  });
});
