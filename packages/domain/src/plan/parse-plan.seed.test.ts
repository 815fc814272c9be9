import { describe, expect, it } from 'vitest';
import { allStrings, parseWithDefaultUnits, SEED_TEXT } from './test-support/seed.js';
import { EXPECTED_GROUPS, EXPECTED_TASKS, type ExpectedUnits } from './test-support/seed-expected.js';
import { EXPECTED_CONTENT } from './test-support/seed-expected-content.js';
import type { UnitRef } from './types.js';

const result = parseWithDefaultUnits(SEED_TEXT);

function projected(ref: UnitRef | undefined): ExpectedUnits | undefined {
  if (ref === undefined) return undefined;
  const { text, units, group, unknown } = ref;
  return group === undefined ? { text, units, unknown } : { text, units, group, unknown };
}

describe('parsePlanText on the seed: appendix', () => {
  it('finds the 45 tasks, numbered 1 to 45, in 7 groups', () => {
    expect(result.tasks.map((t) => t.no)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(result.groups).toEqual(EXPECTED_GROUPS);
  });

  it.each(EXPECTED_TASKS)('reads task $no as written', (expected) => {
    const task = result.tasks.find((t) => t.no === expected.no);
    expect(task?.group).toBe(expected.group);
    expect(projected(task?.lead)).toEqual(expected.lead);
    expect(projected(task?.coordinators)).toEqual(expected.coordinators);
    expect(task?.timeframe).toEqual(expected.timeframe);
    expect(task?.product).toBe(expected.product);
    expect(task?.content).toBe(EXPECTED_CONTENT[expected.no]);
    expect(task?.source).toBe('appendix');
  });

  it('carries the page-break continuations of tasks 17, 21 and 38 into the right cell', () => {
    const [t17, t21, t38] = [17, 21, 38].map((no) => result.tasks.find((t) => t.no === no));
    expect(t17?.product).toContain('văn bản quy phạm pháp luật theo thẩm quyền;');
    expect(t17?.product.split('\n').every((line) => line.startsWith('- '))).toBe(true);
    expect(
      t21?.content.endsWith(
        'doanh nghiệp và thủ tục hành chính nội bộ trong các cơ quan hành chính nhà nước đúng thời hạn quy định',
      ),
    ).toBe(true);
    expect(t38?.coordinators.text).toContain('Mặt trận Tổ quốc Việt Nam, tổ chức chính trị - xã hội');
    expect(t38?.product).toBe('Báo cáo');
  });

  it('leaves no HTML anywhere in the result', () => {
    expect(allStrings(result).filter((s) => /<\/?[a-z][^>]*>/i.test(s))).toEqual([]);
  });

  it('warns about the names outside the unit list and nothing else', () => {
    expect(result.warnings).toEqual([
      {
        line: 217,
        code: 'unit_unknown_responsibility',
        values: { code: 'IV.2.h', name: 'Cổng Thông tin điện tử phường' },
      },
      { line: 253, code: 'unit_unknown_coordinator', values: { task: '11', name: 'Hội Luật gia' } },
    ]);
  });
});
