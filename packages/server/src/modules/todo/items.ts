import type { IsoDate } from '@cchc/domain';

/** What a to-do item asks of the person. */
export const TODO_KINDS = [
  'task_update', // nhiệm vụ cần cập nhật tiến độ (sắp đến hạn, quá hạn, thiếu cập nhật định kỳ)
  'task_returned', // kết quả bị trả lại, cần bổ sung
  'task_unit_approval', // trưởng đơn vị duyệt kết quả của công chức
  'task_review', // nghiệm thu kết quả
  'task_overdue', // điều phối: nhiệm vụ quá hạn của phường
  'amendment_decision', // Chủ tịch quyết định đề xuất điều chỉnh
  'report_due', // báo cáo định kỳ của đơn vị phải gửi
  'report_late', // điều phối: báo cáo của đơn vị trễ hạn
  'report_review', // điều phối: báo cáo đơn vị chờ tiếp nhận
  'dossier_due_today', // hồ sơ đến hạn trả hôm nay
  'dossier_overdue', // hồ sơ quá hạn
  'apology_needed', // hồ sơ cần phiếu xin lỗi
  'feedback_answer', // phản ánh cần trả lời
  'feedback_approval', // câu trả lời phản ánh chờ duyệt
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** One thing a person must do, with its deadline and the page where it is done. */
export interface TodoItem {
  kind: TodoKind;
  /** Names the task, dossier or report: "Nghiệm thu kết quả – Nhiệm vụ 20: …". */
  title: string;
  deadline: IsoDate | null;
  link: string;
  overdue: boolean;
  /** Identical items (same kind, link and title) folded into one. */
  count: number;
}

/** The words of each kind, Vietnamese first; the title adds what the item is about. */
export const TODO_LABELS: Record<TodoKind, { vi: string; en: string }> = {
  task_update: { vi: 'Cập nhật tiến độ', en: 'Update progress' },
  task_returned: { vi: 'Bổ sung kết quả bị trả lại', en: 'Complete a returned result' },
  task_unit_approval: { vi: 'Duyệt kết quả của đơn vị', en: "Approve the unit's result" },
  task_review: { vi: 'Chờ duyệt kết quả', en: 'Review a completion' },
  task_overdue: { vi: 'Đôn đốc nhiệm vụ quá hạn', en: 'Chase an overdue task' },
  amendment_decision: { vi: 'Quyết định đề xuất điều chỉnh', en: 'Decide an amendment' },
  report_due: { vi: 'Gửi báo cáo định kỳ', en: 'Send the periodic report' },
  report_late: { vi: 'Báo cáo đơn vị trễ hạn', en: 'Unit report late' },
  report_review: { vi: 'Tiếp nhận báo cáo đơn vị', en: 'Review a unit report' },
  dossier_due_today: { vi: 'Hồ sơ đến hạn trả hôm nay', en: 'Dossier due today' },
  dossier_overdue: { vi: 'Hồ sơ quá hạn', en: 'Dossier overdue' },
  apology_needed: { vi: 'Cần phiếu xin lỗi', en: 'Apology letter needed' },
  feedback_answer: { vi: 'Trả lời phản ánh', en: 'Answer feedback' },
  feedback_approval: { vi: 'Duyệt trả lời phản ánh', en: 'Approve a feedback answer' },
};

/** The item of a kind about something, titled in the language asked. */
export function todoItem(
  kind: TodoKind,
  about: string,
  at: { deadline: IsoDate | null; link: string; today: IsoDate; lang: 'vi' | 'en' },
): TodoItem {
  const label = TODO_LABELS[kind][at.lang];
  return {
    kind,
    title: `${label} – ${about}`,
    deadline: at.deadline,
    link: at.link,
    overdue: at.deadline !== null && at.deadline < at.today,
    count: 1,
  };
}

/**
 * Folds identical items (same kind, link and title) into one with a count, then puts the most urgent first: overdue,
 * then by deadline (none last), then by title.
 */
export function arrangeTodo(items: readonly TodoItem[]): TodoItem[] {
  const byKey = new Map<string, TodoItem>();
  for (const item of items) {
    const key = `${item.kind}|${item.link}|${item.title}`;
    const seen = byKey.get(key);
    if (seen) seen.count += item.count;
    else byKey.set(key, { ...item });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.title.localeCompare(b.title, 'vi'),
  );
}
