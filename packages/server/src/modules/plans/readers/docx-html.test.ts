import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from './docx-html.js';

describe('docxHtmlToText', () => {
  it('writes paragraphs as lines and table rows as tab-separated lines', () => {
    const html =
      '<h1>KẾ HOẠCH</h1><p>Cải cách hành chính năm 2026</p>' +
      '<table><tr><td><p>TT</p></td><td><p>Nội dung</p></td></tr>' +
      '<tr><td colspan="2"><p>I. Chỉ đạo điều hành</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>Ban hành Kế hoạch</p><p>- Báo cáo</p></td></tr></table>';
    expect(docxHtmlToText(html)).toBe(
      'KẾ HOẠCH\nCải cách hành chính năm 2026\nTT\tNội dung\nI. Chỉ đạo điều hành\t\n1\tBan hành Kế hoạch<br>- Báo cáo',
    );
  });

  it('decodes entities, keeps list bullets and flattens tables nested in a cell', () => {
    const html =
      '<p>Văn phòng HĐND&amp;UBND &lt;ul&gt;</p><ul><li>Mục một</li></ul>' +
      '<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>';
    expect(docxHtmlToText(html)).toBe('Văn phòng HĐND&UBND <ul>\n- Mục một\na b\tc');
  });
});
