// The "Nội dung công việc" of each seed task, typed from the seed by hand. Tasks 21 and 38 span a page break:
// the expected text is the row and its continuation joined with one space.

export const EXPECTED_CONTENT: Readonly<Record<number, string>> = {
  1: 'Ban hành Kế hoạch cải cách hành chính năm 2026',
  2: 'Xây dựng Báo cáo xác định chỉ số cải cách hành chính năm 2025 của UBND phường báo cáo thành phố',
  3: 'Kiểm tra cải cách hành chính: Tổ chức tự kiểm tra 100% các đơn vị thuộc và trực thuộc',
  4: 'Ban hành, triển khai thực hiện Kế hoạch tuyên truyền cải cách hành chính nhà nước thành phố năm 2026',
  5: 'Tham gia Hội thi trực tuyến tìm hiểu công tác cải cách hành chính trong cán bộ, công chức, viên chức thành phố Hải Phòng năm 2026',
  6: 'Tham gia cuộc thi phát thanh viên tuyên truyền về cải cách hành chính nhà nước thành phố Hải Phòng năm 2026.',
  7: 'Tổ chức xây dựng các chuyên đề phát thanh tuyên truyền về CCHC trên hệ thống truyền thanh cơ sở',
  8:
    'Ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân phường để quy định các biện pháp thi hành các văn bản quy phạm pháp luật của Trung ương, ' +
    'Nghị quyết của Hội đồng nhân dân thành phố; Nghị quyết của Hội đồng nhân dân phường về phát triển kinh tế - xã hội, ngân sách, quốc phòng, an ninh ' +
    'của phường và biện pháp thực hiện chức năng quản lý nhà nước tại phường; phân cấp và thực hiện nhiệm vụ, quyền hạn được phân cấp. ' +
    'Văn bản quy phạm pháp luật của Chủ tịch Ủy ban nhân dân phường để quy định biện pháp chỉ đạo, điều hành hoạt động của Ủy ban nhân dân phường; ' +
    'phối hợp hoạt động giữa các cơ quan chuyên môn, cơ quan, tổ chức khác thuộc Ủy ban nhân dân phường; phân cấp và thực hiện nhiệm vụ, quyền hạn được phân cấp.',
  9:
    'Rà soát danh mục văn bản quy phạm pháp luật sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới các văn bản quy phạm pháp luật để phù hợp ' +
    'với việc sắp xếp tổ chức bộ máy, sắp xếp địa giới hành chính và tổ chức chính quyền địa phương 02 cấp',
  10:
    'Tổ chức hội nghị, hướng dẫn nghiệp vụ về công tác xây dựng, ban hành, rà soát, hệ thống hóa văn bản quy phạm pháp luật cho cán bộ, ' +
    'công chức làm công tác xây dựng pháp luật ở các phòng, đơn vị thuộc phường.',
  11:
    'Tăng cường tham vấn ý kiến chuyên môn của các chuyên gia: lấy ý kiến tham gia của Hội Luật gia, các hiệp hội... trong quá trình xây dựng ' +
    'văn bản quy phạm pháp luật.',
  12: 'Ban hành, thực hiện kế hoạch rà soát văn bản quy phạm pháp luật năm 2026 của phường',
  13: 'Rà soát, ban hành Quyết định công bố văn bản quy phạm pháp luật hết hiệu lực hàng năm.',
  14: 'Rà soát, ban hành Quyết định bãi bỏ các văn bản quy phạm pháp luật của Ủy ban nhân dân phường, Chủ tịch Ủy ban nhân dân phường.',
  15: 'Ban hành, tổ chức thực hiện kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật',
  16: 'Tăng cường kiểm tra văn bản quy phạm pháp luật nhằm kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật.',
  17: 'Triển khai đầy đủ, kịp thời, hiệu quả các hoạt động tổ chức thi hành pháp luật trên địa bàn phường',
  18: 'Ban hành Kế hoạch theo dõi việc thi hành văn bản quy phạm pháp luật hằng năm',
  19: 'Tiếp nhận và xử lý kiến nghị tại Hệ thống thông tin tiếp nhận, xử lý phản ánh, kiến nghị về văn bản quy phạm pháp luật',
  20: 'Xây dựng Kế hoạch công tác cải cách thủ tục hành chính, kiểm soát thủ tục hành chính, kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính',
  21:
    'Công khai chuẩn hóa danh mục thủ tục hành chính, thủ tục hành chính đảm bảo đầy đủ, kịp thời 100% thủ tục hành chính liên quan người dân, ' +
    'doanh nghiệp và thủ tục hành chính nội bộ trong các cơ quan hành chính nhà nước đúng thời hạn quy định',
  22:
    'Cập nhật công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính và trên Trang thông tin điện tử của phường ' +
    '(đạt tỷ lệ 100%).',
  23:
    'Tổ chức rà soát, đơn giản hóa thủ tục hành chính liên quan đến người dân, doanh nghiệp; rà soát, đơn giản hóa thủ tục hành chính nội bộ ' +
    'giữa các cơ quan hành chính nhà nước',
  24: 'Tiếp tục thực hiện thủ tục hành chính không phụ thuộc vào địa giới hành chính trên địa bàn thành phố Hải Phòng',
  25:
    'Rà soát, cung cấp dịch vụ công trực tuyến một phần hoặc toàn trình đảm bảo 100% thủ tục hành chính đủ điều kiện cung cấp dịch vụ công ' +
    'trực tuyến toàn trình và một phần được cung cấp trên Cổng dịch vụ công quốc gia',
  26:
    'Tổ chức thực hiện tiếp nhận, giải quyết, trả kết quả giải quyết thủ tục hành chính theo hình thức liên thông cùng cấp hoặc giữa ' +
    'các cấp chính quyền.',
  27:
    'Tiếp nhận, xử lý, công khai kết quả xử lý phản ánh, kiến nghị về quy định thủ tục hành chính, hành vi hành chính; tháo gỡ khó khăn, ' +
    'vướng mắc về quy định thủ tục hành chính.',
  28:
    'Kiểm tra định kỳ hoặc đột xuất nhiệm vụ cải cách thủ tục hành chính...; kiểm tra, xác minh làm rõ những hành vi gây khó khăn trong ' +
    'giải quyết thủ tục hành chính; kiến nghị chấn chỉnh, xử lý nghiêm hành vi vi phạm trong giải quyết thủ tục hành chính',
  29: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt tối thiểu 80%',
  30:
    'Định kỳ hằng tháng công khai kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định số 766 trên Cổng Dịch vụ công ' +
    'quốc gia để tổ chức, cá nhân theo dõi, giám sát.',
  31: 'Triển khai, xây dựng chính sách, pháp luật về tổ chức bộ máy hành chính nhà nước phù hợp tình hình thực tế tại địa phương',
  32: 'Tổ chức sắp xếp, kiện toàn các cơ quan trong bộ máy hành chính nhà nước',
  33: 'Rà soát, đề xuất sửa đổi, bổ sung các quy định về phân cấp quản lý đối với UBND cấp xã.',
  34:
    'Tiếp tục nghiên cứu, đề nghị sửa đổi, bổ sung hoàn thiện các văn bản quy phạm pháp luật về xây dựng, quản lý đội ngũ cán bộ, công chức, ' +
    'viên chức theo quy định của Luật Cán bộ, công chức; Luật Viên chức, các quy định khác có liên nhằm xây dựng đội ngũ cán bộ, công chức, ' +
    'viên chức có đủ năng lực, phẩm chất, cơ cấu hợp lý, đáp ứng yêu cầu nhiệm vụ và sự phát triển đất nước trong giai đoạn mới',
  35:
    'Nghiên cứu, đổi mới phương pháp, quy trình đánh giá, phân loại cán bộ, công chức, viên chức theo hướng dẫn chủ, công khai, minh bạch, ' +
    'lượng hóa các tiêu chí đánh giá dựa trên kết quả thực hiện nhiệm vụ và gắn với vị trí việc làm, thông qua công việc, sản phẩm cụ thể.',
  36: 'Ban hành và triển khai Kế hoạch đào tạo, bồi dưỡng nâng cao năng lực, kỹ năng và phẩm chất cho đội ngũ cán bộ, công chức, viên chức',
  37:
    'Triển khai Nghị quyết số 53/2025/NQ-HĐND về Quy định các chính sách thu hút, trọng dụng người có tài năng, nguồn nhân lực chất lượng cao ' +
    'thành phố Hải Phòng đến năm 2030, tầm nhìn đến năm 2050',
  38: 'Triển khai thực hiện Tổng kiểm kê tài sản công tại đơn vị, tài sản kết cấu hạ tầng do Nhà nước đầu tư, quản lý',
  39:
    'Tiếp tục thực hiện cơ chế tự chủ đối với đơn vị sự nghiệp công lập trên địa bàn phường theo Nghị định số 111/2025/NĐ-CP của Chính phủ ' +
    'về sửa đổi, bổ sung một số điều của Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
  40:
    'Kích hoạt tài khoản định danh điện tử cá nhân, cơ quan, tổ chức trên địa bàn phường để áp dụng các tiện ích của tài khoản định danh ' +
    'điện tử (VneID) vào đời sống xã hội.',
  41:
    'Làm sạch dữ liệu đối với đăng ký phương tiện, giấy phép lái xe và số hoá hồ sơ đăng ký xe đảm bảo tiêu chí “đúng, đủ, sạch, sống” ' +
    'phục vụ chia sẻ dữ liệu dùng chung .',
  42: 'Phối hợp cung cấp dữ liệu của địa phương để tích hợp lên hệ thống IOC thành phố phục vụ chỉ đạo, điều hành dựa trên dữ liệu',
  43:
    'Tham gia các lớp tập huấn ứng dụng trí tuệ nhân tạo AI; tập huấn quản trị, khai thác dữ liệu số; tập huấn kỹ năng cơ bản về Ứng dụng ' +
    'công nghệ thông tin và chuyển đổi số do cấp trên tổ chức',
  44: 'Tiếp tục duy trì, áp dụng và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại UBND phường',
  45: 'Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020 tại phường',
};
