/** The instant tests start from: no test depends on today's date. 2026-03-20 09:00 in Hà Nội. */
export const TEST_EPOCH = new Date('2026-03-20T02:00:00Z');
