/**
 * Vocabulary of the synthetic corpus: real Vietnamese phrases on the portal's topics (science and
 * technology, innovation, start-ups, digital and green transition, energy saving, intellectual
 * property, standards and metrology, legal documents). Sentences are assembled from these pools,
 * so the text has the syllable distribution, diacritics and phrase lengths of real articles.
 */

export interface BenchCategory {
  slug: string;
  title: string;
  description: string;
  order: number;
}

export const BENCH_CATEGORIES: readonly BenchCategory[] = [
  { slug: 'tin-khcn', title: 'Tin KHCN', description: 'Tin tức về hoạt động khoa học và công nghệ của ngành.', order: 1 },
  { slug: 'doi-moi-sang-tao', title: 'Đổi mới sáng tạo', description: 'Hoạt động đổi mới sáng tạo trong doanh nghiệp và địa phương.', order: 2 },
  { slug: 'khoi-nghiep-sang-tao', title: 'Khởi nghiệp sáng tạo', description: 'Hệ sinh thái khởi nghiệp đổi mới sáng tạo.', order: 3 },
  { slug: 'chuyen-doi-so', title: 'Chuyển đổi số', description: 'Chuyển đổi số trong quản lý nhà nước và doanh nghiệp.', order: 4 },
  { slug: 'chuyen-doi-xanh', title: 'Chuyển đổi xanh', description: 'Sản xuất sạch hơn, kinh tế tuần hoàn và giảm phát thải.', order: 5 },
  { slug: 'tiet-kiem-nang-luong', title: 'Tiết kiệm năng lượng', description: 'Sử dụng năng lượng tiết kiệm và hiệu quả.', order: 6 },
  { slug: 'so-huu-tri-tue', title: 'Sở hữu trí tuệ', description: 'Bảo hộ và khai thác quyền sở hữu trí tuệ.', order: 7 },
  {
    slug: 'tieu-chuan-do-luong-chat-luong',
    title: 'Tiêu chuẩn – Đo lường – Chất lượng',
    description: 'Tiêu chuẩn, quy chuẩn kỹ thuật, đo lường và quản lý chất lượng.',
    order: 8,
  },
  { slug: 'van-ban-phap-quy', title: 'Văn bản pháp quy', description: 'Văn bản quy phạm pháp luật và hướng dẫn thi hành.', order: 9 },
];

export const SUBJECTS: readonly string[] = [
  'Bộ Công Thương',
  'Sở Khoa học và Công nghệ',
  'Ủy ban nhân dân tỉnh',
  'Vụ Khoa học và Công nghệ',
  'Cục Sở hữu trí tuệ',
  'Tổng cục Tiêu chuẩn Đo lường Chất lượng',
  'Viện Năng lượng',
  'Viện Cơ khí năng lượng và mỏ',
  'Trung tâm Hỗ trợ khởi nghiệp sáng tạo',
  'các doanh nghiệp nhỏ và vừa',
  'nhiều doanh nghiệp cơ khí',
  'các trường đại học kỹ thuật',
  'các nhà khoa học trẻ',
  'cộng đồng khởi nghiệp',
  'hiệp hội doanh nghiệp',
  'các hợp tác xã nông nghiệp',
  'ngành điện lực',
  'ngành dệt may',
  'các khu công nghiệp',
  'đơn vị chủ trì nhiệm vụ',
  'hội đồng khoa học',
  'nhóm nghiên cứu',
  'các tập đoàn, tổng công ty nhà nước',
  'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
  'Quỹ Phát triển khoa học và công nghệ',
];

export const VERBS: readonly string[] = [
  'đẩy mạnh',
  'triển khai',
  'ban hành',
  'hỗ trợ',
  'thúc đẩy',
  'nghiên cứu',
  'ứng dụng',
  'tổ chức',
  'hoàn thiện',
  'đánh giá',
  'xây dựng',
  'phát triển',
  'chuyển giao',
  'nâng cao',
  'kiểm tra',
  'tăng cường',
  'khuyến khích',
  'đầu tư',
  'thử nghiệm',
  'nhân rộng',
  'công bố',
  'rà soát',
  'kết nối',
  'thương mại hóa',
];

export const COMMON_OBJECTS: readonly string[] = [
  'năng lực đổi mới công nghệ',
  'chất lượng nguồn nhân lực',
  'hiệu quả sản xuất kinh doanh',
  'năng lực cạnh tranh của doanh nghiệp',
  'các nhiệm vụ khoa học và công nghệ',
  'mô hình hợp tác giữa viện, trường và doanh nghiệp',
  'cơ chế tài chính cho nghiên cứu',
  'chuỗi giá trị sản phẩm chủ lực',
  'hoạt động thông tin và thống kê khoa học',
  'thị trường khoa học và công nghệ',
];

export const TOPIC_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  'tin-khcn': [
    'kết quả nhiệm vụ nghiên cứu cấp bộ',
    'vật liệu composite mới',
    'công nghệ in 3D trong cơ khí chế tạo',
    'phòng thí nghiệm trọng điểm',
    'thiết bị đo kiểm tự động',
    'dây chuyền sản xuất phân bón thế hệ mới',
    'công nghệ luyện kim tiên tiến',
    'giải thưởng sáng tạo khoa học công nghệ',
  ],
  'doi-moi-sang-tao': [
    'trung tâm đổi mới sáng tạo',
    'quy trình sản xuất tinh gọn',
    'sáng kiến cải tiến kỹ thuật',
    'mạng lưới chuyên gia tư vấn',
    'công nghệ tự động hóa có chọn lọc',
    'hệ sinh thái đổi mới sáng tạo mở',
    'chỉ số đổi mới sáng tạo cấp địa phương',
    'robot công nghiệp cấp phôi cho máy CNC',
  ],
  'khoi-nghiep-sang-tao': [
    'dự án khởi nghiệp có tiềm năng tăng trưởng nhanh',
    'vườn ươm doanh nghiệp công nghệ',
    'quỹ đầu tư mạo hiểm',
    'cuộc thi ý tưởng khởi nghiệp',
    'chương trình tăng tốc khởi nghiệp',
    'không gian làm việc chung',
    'nhà đầu tư thiên thần',
    'sản phẩm khởi nghiệp từ nông sản địa phương',
  ],
  'chuyen-doi-so': [
    'nền tảng số dùng chung',
    'hệ thống quản lý sản xuất MES',
    'dữ liệu mở của ngành',
    'dịch vụ công trực tuyến toàn trình',
    'trí tuệ nhân tạo trong kiểm tra chất lượng',
    'thương mại điện tử xuyên biên giới',
    'chữ ký số và hóa đơn điện tử',
    'an toàn thông tin mạng',
  ],
  'chuyen-doi-xanh': [
    'chuỗi cung ứng xanh',
    'sản xuất sạch hơn',
    'kinh tế tuần hoàn',
    'hydro xanh và amoniac xanh',
    'kiểm kê khí nhà kính',
    'dệt may xanh',
    'tái chế chất thải rắn công nghiệp',
    'tín chỉ các-bon',
  ],
  'tiet-kiem-nang-luong': [
    'giải pháp tiết kiệm năng lượng',
    'điện mặt trời mái nhà',
    'kiểm toán năng lượng bắt buộc',
    'động cơ hiệu suất cao',
    'hệ thống quản lý năng lượng theo ISO 50001',
    'công nghệ pin lưu trữ',
    'dán nhãn năng lượng cho thiết bị',
    'chiếu sáng công cộng bằng đèn LED',
  ],
  'so-huu-tri-tue': [
    'văn bằng bảo hộ sáng chế',
    'nhãn hiệu tập thể cho đặc sản',
    'chỉ dẫn địa lý',
    'kiểu dáng công nghiệp',
    'quyền tác giả đối với phần mềm',
    'hoạt động thực thi quyền sở hữu trí tuệ',
    'tài sản trí tuệ của doanh nghiệp',
    'đơn đăng ký sáng chế quốc tế',
  ],
  'tieu-chuan-do-luong-chat-luong': [
    'hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001',
    'tiêu chuẩn quốc gia TCVN',
    'quy chuẩn kỹ thuật quốc gia',
    'phương tiện đo nhóm 2',
    'hoạt động kiểm định, hiệu chuẩn',
    'truy xuất nguồn gốc sản phẩm',
    'công cụ cải tiến năng suất',
    'giải thưởng chất lượng quốc gia',
  ],
  'van-ban-phap-quy': [
    'nghị định hướng dẫn Luật Khoa học và Công nghệ',
    'thông tư quy định quản lý nhiệm vụ',
    'quyết định phê duyệt chương trình',
    'dự thảo thông tư lấy ý kiến góp ý',
    'cơ chế thử nghiệm có kiểm soát',
    'quy định về tự chủ tài chính',
    'danh mục công nghệ khuyến khích chuyển giao',
    'kế hoạch thực hiện chiến lược phát triển',
  ],
};

export const COMPLEMENTS: readonly string[] = [
  'trong giai đoạn 2025–2030',
  'nhằm nâng cao năng lực cạnh tranh',
  'theo hướng bền vững',
  'trên địa bàn tỉnh',
  'với sự tham gia của nhiều chuyên gia trong và ngoài nước',
  'góp phần giảm phát thải khí nhà kính',
  'để đáp ứng yêu cầu của thị trường xuất khẩu',
  'gắn với nhu cầu thực tiễn của doanh nghiệp',
  'từ nguồn ngân sách sự nghiệp khoa học',
  'theo đúng tiến độ đã đề ra',
  'tại các khu công nghiệp trọng điểm',
  'phù hợp với điều kiện của từng địa phương',
  'trong bối cảnh cách mạng công nghiệp lần thứ tư',
  'bảo đảm công khai, minh bạch',
  'với tổng kinh phí hơn 20 tỷ đồng',
];

export const OPENERS: readonly string[] = [
  'Theo báo cáo của đơn vị,',
  'Bên cạnh đó,',
  'Đáng chú ý,',
  'Trong thời gian tới,',
  'Tại hội thảo,',
  'Cũng theo kế hoạch,',
  'Thực tế cho thấy,',
  'Phát biểu tại buổi làm việc, lãnh đạo đơn vị cho biết',
  'Năm nay,',
  'Sau một năm triển khai,',
  'Theo các chuyên gia,',
  'Để đạt được mục tiêu này,',
  'Trước đó,',
  'Ngoài ra,',
];

export const RESULTS: readonly string[] = [
  'tỷ lệ sản phẩm lỗi giảm rõ rệt',
  'chi phí năng lượng giảm từ 10 đến 15%',
  'năng suất lao động tăng đáng kể',
  'nhiều sản phẩm đã được thương mại hóa',
  'thời gian xử lý hồ sơ rút ngắn một nửa',
  'doanh nghiệp mở rộng được thị trường',
  'người lao động được đào tạo lại kỹ năng',
  'kết quả nghiên cứu được ứng dụng vào sản xuất',
  'hơn 120 doanh nghiệp đã tham gia chương trình',
  'số đơn đăng ký sáng chế tăng liên tục',
];

export const HEADINGS: readonly string[] = [
  'Bối cảnh',
  'Kết quả bước đầu',
  'Giải pháp trọng tâm',
  'Những khó khăn cần tháo gỡ',
  'Kiến nghị và đề xuất',
  'Định hướng thời gian tới',
  'Kinh nghiệm từ các địa phương',
  'Vai trò của doanh nghiệp',
  'Nguồn lực thực hiện',
  'Mục tiêu cụ thể',
  'Bài học kinh nghiệm',
  'Ý kiến chuyên gia',
  'Tổ chức thực hiện',
  'Hiệu quả kinh tế – xã hội',
];

export const PROVINCES: readonly string[] = [
  'Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng',
  'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Tĩnh', 'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lâm Đồng',
  'Lạng Sơn', 'Lào Cai', 'Nghệ An', 'Ninh Bình', 'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh',
  'Thái Nguyên', 'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long', 'Bình Dương', 'Bà Rịa – Vũng Tàu', 'Long An', 'Bến Tre', 'Kiên Giang', 'Sóc Trăng',
  'Bạc Liêu', 'Trà Vinh', 'Hậu Giang', 'Tiền Giang', 'Bình Phước', 'Bình Thuận', 'Ninh Thuận', 'Phú Yên', 'Bình Định', 'Quảng Nam',
  'Kon Tum', 'Đắk Nông', 'Quảng Bình', 'Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Hòa Bình', 'Vĩnh Phúc', 'Bắc Giang', 'Hải Dương',
  'Thái Bình', 'Nam Định', 'Hà Nam',
];

/** Topic tags; with the provinces the pool has about 200 names. */
export const TOPIC_TAGS: readonly string[] = [
  'khởi nghiệp', 'đổi mới sáng tạo', 'chuyển đổi số', 'chuyển đổi xanh', 'tiết kiệm năng lượng', 'sở hữu trí tuệ', 'tiêu chuẩn',
  'đo lường', 'chất lượng', 'doanh nghiệp nhỏ và vừa', 'công nghiệp hỗ trợ', 'cơ khí chế tạo', 'năng lượng tái tạo', 'điện mặt trời',
  'điện gió', 'hydro xanh', 'pin lưu trữ', 'trí tuệ nhân tạo', 'dữ liệu lớn', 'Internet vạn vật', 'điện toán đám mây', 'an toàn thông tin',
  'thương mại điện tử', 'chữ ký số', 'hóa đơn điện tử', 'dịch vụ công trực tuyến', 'kinh tế tuần hoàn', 'sản xuất sạch hơn',
  'giảm phát thải', 'tín chỉ các-bon', 'kiểm kê khí nhà kính', 'dệt may', 'da giày', 'hóa chất', 'phân bón', 'luyện kim', 'vật liệu mới',
  'vật liệu composite', 'in 3D', 'robot công nghiệp', 'tự động hóa', 'nhà máy thông minh', 'quản lý sản xuất', 'ISO 9001', 'ISO 50001',
  'ISO 14001', 'TCVN', 'quy chuẩn kỹ thuật', 'kiểm định', 'hiệu chuẩn', 'truy xuất nguồn gốc', 'mã số mã vạch', 'nhãn năng lượng',
  'kiểm toán năng lượng', 'chiếu sáng LED', 'động cơ hiệu suất cao', 'sáng chế', 'nhãn hiệu', 'chỉ dẫn địa lý', 'kiểu dáng công nghiệp',
  'quyền tác giả', 'thực thi quyền', 'vườn ươm', 'quỹ đầu tư mạo hiểm', 'nhà đầu tư thiên thần', 'cuộc thi khởi nghiệp', 'Techfest',
  'trung tâm đổi mới sáng tạo', 'hợp tác quốc tế', 'chuyển giao công nghệ', 'thương mại hóa', 'thị trường khoa học công nghệ',
  'nhiệm vụ khoa học', 'đề tài cấp bộ', 'đề tài cấp tỉnh', 'nghiệm thu', 'giải thưởng', 'hội thảo', 'hội chợ công nghệ', 'triển lãm',
  'đào tạo', 'nguồn nhân lực', 'trường đại học', 'viện nghiên cứu', 'phòng thí nghiệm', 'nghị định', 'thông tư', 'quyết định',
  'luật khoa học và công nghệ', 'luật sở hữu trí tuệ', 'luật tiêu chuẩn', 'luật đo lường', 'luật năng lượng', 'dự thảo', 'lấy ý kiến',
  'cải cách hành chính', 'thủ tục hành chính', 'năng suất', 'chất lượng sản phẩm', 'xuất khẩu', 'chuỗi cung ứng', 'logistics',
  'nông nghiệp công nghệ cao', 'chế biến nông sản', 'OCOP', 'làng nghề', 'hợp tác xã', 'khu công nghiệp', 'cụm công nghiệp',
  'khu công nghệ cao', 'điện lực', 'dầu khí', 'than', 'khoáng sản', 'xăng sinh học', 'xe điện', 'trạm sạc', 'lưới điện thông minh',
  'hệ thống SCADA', 'cảm biến', 'bán dẫn', 'vi mạch', '5G', 'blockchain', 'bản sao số', 'thực tế ảo', 'chính phủ số', 'kinh tế số',
  'xã hội số', 'kỹ năng số', 'nền tảng số', 'dữ liệu mở', 'thống kê khoa học', 'thông tin khoa học', 'tạp chí khoa học',
];

export const SURNAMES: readonly string[] = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE_NAMES: readonly string[] = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Thanh', 'Quốc', 'Hoài', 'Bảo', 'Hữu', 'Kim'];
export const GIVEN_NAMES: readonly string[] = [
  'An', 'Bình', 'Châu', 'Dũng', 'Hà', 'Hải', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm',
  'Thắng', 'Trang', 'Tuấn', 'Việt', 'Yến', 'Ánh', 'Đạt', 'Hiếu', 'Nhung', 'Oanh', 'Phúc', 'Thủy', 'Uyên',
];

export const SOURCES: readonly string[] = [
  'Báo Công Thương',
  'Cổng thông tin điện tử Bộ Công Thương',
  'Tạp chí Công Thương',
  'Báo Khoa học và Phát triển',
  'Cục Thông tin khoa học và công nghệ quốc gia',
];

export const IMAGE_ALTS: readonly string[] = [
  'Kỹ sư kiểm tra dây chuyền sản xuất tự động',
  'Tấm pin mặt trời trên mái nhà xưởng',
  'Nhóm nghiên cứu làm việc trong phòng thí nghiệm',
  'Hội thảo về đổi mới sáng tạo',
  'Cán bộ kiểm định phương tiện đo',
  'Gian trưng bày sản phẩm khởi nghiệp',
];
