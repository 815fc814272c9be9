// A task's progress and status must agree, and an update must change something. The server refuses
// an incoherent update (the record stays as it was); the form shows the reason next to the field.
import type { TaskStatus } from './status.js';

/** Why an update is refused. */
export type ProgressRefusal = 'progress_without_start' | 'nothing_changed';

/** What an update asks: any of progress, status and a comment. */
export interface ProgressUpdate {
  progress?: number | undefined;
  status?: TaskStatus | undefined;
  comment?: string | undefined;
}

/** The status an update leaves: the one asked, or "in progress" once a not-started task shows progress. */
export function statusAfterUpdate(current: TaskStatus, update: ProgressUpdate): TaskStatus {
  if (update.status) return update.status;
  return current === 'not_started' && (update.progress ?? 0) > 0 ? 'in_progress' : current;
}

/**
 * Checks an update against the task as it is: a task "Chưa triển khai" (not started) has 0 % progress, so any
 * progress with that status is refused rather than silently kept; an update with no comment that leaves progress
 * and status as they are changes nothing and is refused. Returns null when the update is coherent.
 */
export function checkProgressUpdate(
  current: { status: TaskStatus; progress: number },
  update: ProgressUpdate,
): { reason: ProgressRefusal; field: 'progress' | 'status' | 'comment' } | null {
  const status = statusAfterUpdate(current.status, update);
  const progress = update.progress ?? current.progress;
  if (status === 'not_started' && progress > 0) {
    return { reason: 'progress_without_start', field: update.progress !== undefined ? 'progress' : 'status' };
  }
  const comment = update.comment?.trim() ?? '';
  if (comment === '' && progress === current.progress && status === current.status) {
    return { reason: 'nothing_changed', field: 'comment' };
  }
  return null;
}
