import { describe, expect, it } from 'vitest';
import { checkProgressUpdate, statusAfterUpdate } from './progress-rules.js';

describe('progress and status agree', () => {
  it('refuses progress on a task kept "not started", naming the field that says so', () => {
    expect(
      checkProgressUpdate({ status: 'in_progress', progress: 40 }, { progress: 100, status: 'not_started' }),
    ).toEqual({
      reason: 'progress_without_start',
      field: 'progress',
    });
    expect(checkProgressUpdate({ status: 'in_progress', progress: 40 }, { status: 'not_started' })).toEqual({
      reason: 'progress_without_start',
      field: 'status',
    });
    expect(
      checkProgressUpdate(
        { status: 'not_started', progress: 0 },
        { status: 'not_started', progress: 0, comment: 'Chuẩn bị' },
      ),
    ).toBeNull();
  });

  it('starts a not-started task that shows progress', () => {
    expect(statusAfterUpdate('not_started', { progress: 10 })).toBe('in_progress');
    expect(checkProgressUpdate({ status: 'not_started', progress: 0 }, { progress: 10 })).toBeNull();
  });

  it('refuses an update that changes nothing; a comment alone is a change', () => {
    expect(checkProgressUpdate({ status: 'in_progress', progress: 60 }, { progress: 60 })).toEqual({
      reason: 'nothing_changed',
      field: 'comment',
    });
    expect(checkProgressUpdate({ status: 'in_progress', progress: 60 }, { progress: 60, comment: '  ' })?.reason).toBe(
      'nothing_changed',
    );
    expect(checkProgressUpdate({ status: 'in_progress', progress: 60 }, { comment: 'Đã họp' })).toBeNull();
    expect(checkProgressUpdate({ status: 'in_progress', progress: 60 }, { progress: 70 })).toBeNull();
  });
});
