import { describe, expect, it } from 'vitest';
import { notificationPath } from './notification-paths.js';

describe('notificationPath', () => {
  it('opens the task first, then what the data names, else the dashboard', () => {
    const id = '7f1c2a4e-0000-4000-8000-000000000001';
    expect(notificationPath({ taskId: id, data: { periodCode: 'q1-2026' } })).toBe(`/nhiem-vu/${id}`);
    expect(notificationPath({ taskId: null, data: { feedbackId: 'f1' } })).toBe('/phan-anh/f1');
    expect(notificationPath({ taskId: null, data: { periodCode: 'q2-2026' } })).toBe('/bao-cao/q2-2026');
    expect(notificationPath({ taskId: null, data: { dossierId: 'd1' } })).toBe('/ho-so/d1');
    expect(notificationPath({ taskId: null, data: { amendmentId: 'a1' } })).toBe('/nhiem-vu/dieu-chinh');
    expect(notificationPath({ taskId: null, data: {} })).toBe('/thong-ke');
  });
});
