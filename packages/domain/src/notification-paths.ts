// Where a notification leads, in the officers' app: the bell opens it, the e-mail links to it. One rule for both.

/** What a notification names: its task, or the ids its data carries (notifications/data.ts on the server). */
export interface NotificationTarget {
  taskId: string | null;
  data: {
    feedbackId?: string;
    periodCode?: string;
    dossierId?: string;
    amendmentId?: string;
    [other: string]: unknown;
  };
}

/** The page a notification opens: its task, feedback, period report, dossier or the amendments; else the dashboard. */
export function notificationPath({ taskId, data }: NotificationTarget): string {
  if (taskId !== null) return `/nhiem-vu/${taskId}`;
  if (data.feedbackId) return `/phan-anh/${data.feedbackId}`;
  if (data.periodCode) return `/bao-cao/${data.periodCode}`;
  if (data.dossierId) return `/ho-so/${data.dossierId}`;
  if (data.amendmentId) return '/nhiem-vu/dieu-chinh';
  return '/thong-ke';
}
