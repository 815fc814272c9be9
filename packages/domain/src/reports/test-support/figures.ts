import { completionFigures } from '../../tasks/completion.js';
import { countByStatus, type ReportFigures } from '../figures.js';

const zero = completionFigures([], '2026-03-05');

/** A small plan on 05/03/2026: four tasks in two areas, one completed on time, one overdue. */
export function sampleFigures(over: Partial<ReportFigures> = {}): ReportFigures {
  const tasks = [
    { kind: 'before' as const, dueDate: '2026-01-14', status: 'completed' as const },
    { kind: 'quarter' as const, dueDate: '2026-03-01', status: 'in_progress' as const },
    { kind: 'year' as const, dueDate: '2026-12-31', status: 'not_started' as const },
    { kind: 'quarter' as const, dueDate: '2026-03-31', status: 'in_progress' as const },
  ];
  const direction = tasks.slice(0, 2);
  const procedures = tasks.slice(2);
  return {
    asOf: '2026-03-05',
    window: { start: '2025-12-15', end: '2026-03-08' },
    plan: { title: 'Cải cách hành chính nhà nước phường Hải Dương năm 2026', year: 2026 },
    completion: completionFigures(tasks, '2026-03-05'),
    byStatus: countByStatus(tasks.map((t) => t.status)),
    areas: [
      {
        code: 'II.1',
        title: 'Công tác chỉ đạo, điều hành',
        figures: completionFigures(direction, '2026-03-05'),
        byStatus: countByStatus(direction.map((t) => t.status)),
      },
      { code: 'II.2', title: 'Cải cách thể chế', figures: zero, byStatus: countByStatus([]) },
      {
        code: 'II.3',
        title: 'Cải cách thủ tục hành chính',
        figures: completionFigures(procedures, '2026-03-05'),
        byStatus: countByStatus(procedures.map((t) => t.status)),
      },
    ],
    tasks: [
      {
        no: 1,
        content: 'Ban hành Kế hoạch CCHC năm 2026',
        areaCode: 'II.1',
        unit: 'VHXH',
        timeframe: 'Trước ngày 15/01/2026',
        status: 'completed',
        progress: 100,
      },
      {
        no: 2,
        content: 'Kiểm tra công tác CCHC',
        areaCode: 'II.1',
        unit: 'VHXH',
        timeframe: 'Quý I/2026',
        status: 'in_progress',
        progress: 40,
      },
      {
        no: 20,
        content: 'Rà soát thủ tục hành chính',
        areaCode: 'II.3',
        unit: 'TTPVHCC',
        timeframe: 'Cả năm 2026',
        status: 'not_started',
        progress: 0,
      },
      {
        no: 21,
        content: 'Số hóa hồ sơ',
        areaCode: 'II.3',
        unit: 'TTPVHCC',
        timeframe: 'Quý I/2026',
        status: 'in_progress',
        progress: 60,
      },
    ],
    targets: [
      {
        code: 'a',
        text: '100% nhiệm vụ hoàn thành đúng hạn',
        status: 'at_risk',
        measures: [{ comparator: '>=', target: 100, unit: '%', value: 50, numerator: 1, denominator: 2 }],
      },
      {
        code: 'b',
        text: 'Chỉ số CCHC trong nhóm 15',
        status: 'in_progress',
        measures: [{ comparator: '<=', target: 15, unit: 'rank', value: null }],
      },
    ],
    oneStop: null,
    feedback: null,
    inspections: null,
    ...over,
  };
}
