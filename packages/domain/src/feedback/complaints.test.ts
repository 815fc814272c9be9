import { describe, expect, it } from 'vitest';
import { recogniseComplaint } from './complaints.js';

describe('recogniseComplaint', () => {
  it('recognises complaints and denunciations written with accents', () => {
    expect(recogniseComplaint('Tôi làm đơn khiếu nại quyết định thu hồi đất')).toEqual(['complaint']);
    expect(recogniseComplaint('Tố cáo cán bộ địa chính nhận tiền')).toEqual(['denunciation']);
    expect(recogniseComplaint('KHIẾU NẠI và TỐ CÁO')).toEqual(['complaint', 'denunciation']);
  });

  it('recognises them typed without accents only when the whole text has none', () => {
    expect(recogniseComplaint('toi muon khieu nai ve viec cap so do')).toEqual(['complaint']);
    expect(recogniseComplaint('Nhà tôi to cao hơn nhà bên')).toEqual([]);
  });

  it('leaves an ordinary feedback alone', () => {
    expect(recogniseComplaint('Đề nghị niêm yết công khai phí chứng thực tại quầy')).toEqual([]);
    expect(recogniseComplaint('Thủ tục khiếu kiện')).toEqual(['complaint']);
  });
});
