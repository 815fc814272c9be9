/** Vietnamese texts: the product's language and the shape every other locale follows. */
export const vi = {
  app: { name: 'CCHC', fullName: 'Cải cách hành chính', language: 'Ngôn ngữ' },
  nav: {
    home: 'Trang chủ',
    plan: 'Kế hoạch',
    tasks: 'Nhiệm vụ',
    reports: 'Báo cáo',
    dossiers: 'Hồ sơ một cửa',
    feedback: 'Phản ánh kiến nghị',
    statistics: 'Thống kê',
    admin: 'Quản trị',
  },
  auth: {
    title: 'Đăng nhập hệ thống',
    subtitle: 'Kế hoạch cải cách hành chính và Bộ phận một cửa',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    logout: 'Đăng xuất',
    usernameRequired: 'Vui lòng nhập tên đăng nhập',
    passwordRequired: 'Vui lòng nhập mật khẩu',
  },
  roles: {
    city_admin: 'Quản trị thành phố',
    ward_admin: 'Quản trị phường/xã',
    chairman: 'Lãnh đạo UBND',
    coordinator: 'Đầu mối CCHC',
    unit_head: 'Trưởng đơn vị',
    officer: 'Công chức',
    one_stop_officer: 'Công chức một cửa',
    observer: 'Giám sát (MTTQ, đoàn thể)',
  },
  home: {
    greeting: 'Xin chào, {{name}}',
    tenant: 'Đơn vị hành chính',
    unit: 'Phòng, đơn vị',
    roles: 'Vai trò',
    yourWork: 'Công việc của bạn',
    cards: {
      city_admin: 'Theo dõi các phường, xã của thành phố và quản trị danh mục dùng chung (lịch nghỉ lễ).',
      ward_admin: 'Quản lý phòng, đơn vị và tài khoản người dùng của phường.',
      chairman: 'Theo dõi tiến độ kế hoạch CCHC, chỉ tiêu và phê duyệt điều chỉnh kế hoạch.',
      coordinator: 'Điều phối kế hoạch CCHC: nhiệm vụ các đơn vị, nghiệm thu kết quả, tổng hợp báo cáo.',
      unit_head: 'Duyệt kết quả thực hiện nhiệm vụ của đơn vị trước khi gửi đầu mối.',
      officer: 'Cập nhật tiến độ, sản phẩm của các nhiệm vụ được giao cho đơn vị.',
      one_stop_officer: 'Tiếp nhận, luân chuyển và trả kết quả hồ sơ thủ tục hành chính.',
      observer: 'Xem tiến độ kế hoạch, phản ánh kiến nghị đã công khai và kết luận kiểm tra.',
    },
  },
  admin: { units: 'Phòng, đơn vị', users: 'Tài khoản', aliases: 'Tên gọi khác', shortName: 'Tên viết tắt', name: 'Tên' },
  comingSoon: { title: 'Chức năng đang được xây dựng', text: 'Mục "{{name}}" sẽ có trong bản cập nhật tới.' },
  errors: { generic: 'Đã có lỗi xảy ra. Vui lòng thử lại.', notFound: 'Không tìm thấy trang.' },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** Every locale has exactly the Vietnamese keys. */
export type Messages = Shape<typeof vi>;
