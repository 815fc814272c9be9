// A PAR Index criteria set as a city publishes it: a title block, a two-row header (Điểm over Tối đa | Tự đánh
// giá), parts A (the ward's own 70 points in the 7 reform areas) and B (the 30 survey points), criteria "1.1",
// sub-criteria "1.1.1" and "a)", levels written as "-" lines, a deduction and a total row: 38 scored leaves.
import ExcelJS from 'exceljs';

type Row = [label: string, title: string, max: string | number, guide?: string];

const YES_NO = 'Có: đạt điểm tối đa; Không: 0 điểm';

export const PAR_ROWS: Row[] = [
  ['A', 'ĐIỂM TỰ ĐÁNH GIÁ CỦA PHƯỜNG, XÃ', 70],
  ['1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 14],
  ['1.1', 'Kế hoạch cải cách hành chính năm', 3],
  ['1.1.1', 'Ban hành kế hoạch CCHC năm kịp thời', 1, 'Có: 1 điểm; Không: 0 điểm'],
  [
    '1.1.2',
    'Mức độ hoàn thành kế hoạch CCHC năm',
    2,
    'Hoàn thành 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm',
  ],
  [
    '1.2',
    'Thực hiện chế độ báo cáo CCHC định kỳ đúng thời hạn',
    2,
    'Đúng hạn 100% số báo cáo: 2 điểm; từ 50% đến dưới 100%: 1 điểm; dưới 50%: 0 điểm',
  ],
  ['1.3', 'Công tác kiểm tra cải cách hành chính', 3],
  ['a)', 'Ban hành kế hoạch kiểm tra CCHC', 1, YES_NO],
  ['b)', 'Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC trong năm', 1, 'Từ 30% số đơn vị trở lên: 1 điểm; dưới 30%: 0 điểm'],
  ['c)', 'Xử lý các vấn đề phát hiện qua kiểm tra', 1, 'Chấm từ 0 đến 1 điểm'],
  ['1.4', 'Công tác tuyên truyền cải cách hành chính', 2],
  ['-', 'Thực hiện đầy đủ kế hoạch tuyên truyền', 2],
  ['-', 'Thực hiện một phần kế hoạch tuyên truyền', 1],
  ['-', 'Không thực hiện', 0],
  ['1.5', 'Sáng kiến, giải pháp mới trong cải cách hành chính', 2, 'Chấm từ 0 đến 2 điểm'],
  ['1.6', 'Mức độ hoàn thành nhiệm vụ UBND thành phố giao', 2, 'Chấm từ 0 đến 2 điểm'],
  ['2', 'CẢI CÁCH THỂ CHẾ', 8],
  ['2.1', 'Ban hành văn bản quy phạm pháp luật theo thẩm quyền đúng quy định', 3, 'Chấm từ 0 đến 3 điểm'],
  ['2.2', 'Rà soát, kiểm tra văn bản quy phạm pháp luật', 3],
  ['2.2.1', 'Ban hành kế hoạch rà soát văn bản', 1, YES_NO],
  ['2.2.2', 'Tỷ lệ văn bản được rà soát, kiểm tra theo kế hoạch', 2, '100%: 2 điểm; dưới 100%: 1 điểm'],
  ['2.3', 'Tổ chức thực hiện văn bản quy phạm pháp luật', 2, 'Chấm từ 0 đến 2 điểm'],
  ['3', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 14],
  [
    '3.1',
    'Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định số 766/QĐ-TTg)',
    4,
    'Từ 90% điểm trở lên: 4 điểm; từ 80% đến dưới 90%: 3 điểm; từ 70% đến dưới 80%: 2 điểm; dưới 70%: 0 điểm',
  ],
  ['3.2', 'Công khai thủ tục hành chính', 3],
  ['a)', 'Công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa', 1.5, YES_NO],
  ['b)', 'Công khai thủ tục hành chính trên Cổng thông tin điện tử', 1.5, YES_NO],
  ['3.3', 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', 2, 'Chấm từ 0 đến 2 điểm'],
  ['3.4', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 3, '100%: 3 điểm; từ 95% đến dưới 100%: 2 điểm; dưới 95%: 0 điểm'],
  ['3.5', 'Thực hiện xin lỗi người dân khi giải quyết hồ sơ trễ hạn', 2, YES_NO],
  ['4', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', 6],
  ['4.1', 'Thực hiện quy định về tổ chức bộ máy', 2, 'Chấm từ 0 đến 2 điểm'],
  ['4.2', 'Quản lý biên chế đúng quy định', 2, YES_NO],
  ['4.3', 'Thực hiện quy chế làm việc', 2, 'Chấm từ 0 đến 2 điểm'],
  ['5', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 8],
  ['5.1', 'Thực hiện vị trí việc làm', 2, 'Chấm từ 0 đến 2 điểm'],
  ['5.2', 'Tuyển dụng, sử dụng công chức đúng quy định', 2, YES_NO],
  ['5.3', 'Tỷ lệ công chức được đào tạo, bồi dưỡng theo kế hoạch', 2, '100%: 2 điểm; từ 80%: 1 điểm; dưới 80%: 0 điểm'],
  ['5.4', 'Kỷ luật, kỷ cương hành chính', 2, 'Chấm từ 0 đến 2 điểm'],
  ['6', 'CẢI CÁCH TÀI CHÍNH CÔNG', 6],
  ['6.1', 'Thực hiện cơ chế tự chủ tài chính', 2, 'Chấm từ 0 đến 2 điểm'],
  [
    '6.2',
    'Tỷ lệ giải ngân vốn đầu tư công',
    2,
    'Từ 95% trở lên: 2 điểm; từ 80% đến dưới 95%: 1 điểm; dưới 80%: 0 điểm',
  ],
  ['6.3', 'Công khai ngân sách đúng quy định', 2, YES_NO],
  ['7', 'XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', 14],
  [
    '7.1',
    'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình',
    3,
    'Từ 80% trở lên: 3 điểm; từ 50% đến dưới 80%: 2 điểm; dưới 50%: 0 điểm',
  ],
  [
    '7.2',
    'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    3,
    '100%: 3 điểm; từ 80% đến dưới 100%: 2 điểm; dưới 80%: 0 điểm',
  ],
  ['7.3', 'Ứng dụng công nghệ thông tin trong quản lý văn bản, ký số', 3, 'Chấm từ 0 đến 3 điểm'],
  ['7.4', 'Tỷ lệ thanh toán trực tuyến phí, lệ phí', 2, 'Tính theo tỷ lệ'],
  ['7.5', 'Đảm bảo an toàn thông tin mạng', 3, YES_NO],
  [
    '',
    'Điểm trừ: để xảy ra sai phạm trong cải cách hành chính bị cơ quan có thẩm quyền xử lý',
    '-2',
    'Trừ tối đa 2 điểm',
  ],
  ['B', 'ĐIỂM ĐIỀU TRA XÃ HỘI HỌC', 30],
  ['8', 'Đánh giá của đại biểu HĐND, lãnh đạo, quản lý', 10],
  ['9', 'Mức độ hài lòng của người dân, tổ chức', 20],
  ['9.1', 'Hài lòng về tiếp cận dịch vụ hành chính công', 10],
  ['9.2', 'Hài lòng về kết quả giải quyết thủ tục hành chính', 10],
];

/** The set's .xlsx, as the city admin uploads it. */
export async function parCriteriaXlsx(rows: readonly Row[] = PAR_ROWS, year = 2026): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bộ tiêu chí');
  sheet.addRow(['UBND THÀNH PHỐ HẢI PHÒNG']);
  sheet.addRow([`BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC PHƯỜNG, XÃ, ĐẶC KHU NĂM ${year}`]);
  sheet.addRow(['(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/01 của UBND thành phố)']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm', '', 'Hướng dẫn chấm', 'Tài liệu kiểm chứng']);
  sheet.addRow(['', '', 'Tối đa', 'Tự đánh giá', '', '']);
  sheet.mergeCells('C5:D5');
  for (const [label, title, max, guide] of rows) sheet.addRow([label, title, max, null, guide ?? '', '']);
  sheet.addRow(['', 'TỔNG CỘNG', 100, null, '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
