/**
 * Every reader-facing string of the site, in Vietnamese, in one place.
 * Functions are used where a string takes values.
 */
export const ui = {
  weekdays: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const,
  timeZoneLabel: '(GMT+7)',
  updatedAt: (time: string, date: string) => `Cập nhật lúc ${time} ngày ${date}`,

  skipToContent: 'Bỏ qua, đến nội dung chính',
  home: 'Trang chủ',
  mainMenu: 'Chuyên mục',
  openMenu: 'Mở danh sách chuyên mục',
  breadcrumb: 'Đường dẫn',
  searchLabel: 'Tìm kiếm bài viết',
  searchPlaceholder: 'Tìm kiếm…',
  searchButton: 'Tìm',
  backToTop: 'Lên đầu trang',

  latestNews: 'Tin mới',
  featuredStory: 'Tin nổi bật',
  seeMore: 'Xem thêm',
  seeMoreIn: (category: string) => `Xem thêm tin ${category}`,

  author: 'Tác giả',
  source: 'Nguồn',
  tags: 'Từ khóa',
  documents: 'Thông tin chi tiết, xem tại đây',
  relatedArticles: 'Tin liên quan',
  readingTime: (minutes: number) => `${minutes} phút đọc`,
  photoCredit: (credit: string) => `(Ảnh: ${credit})`,
  draftLabel: 'Bản nháp',
  scheduledLabel: (when: string) => `Hẹn giờ đăng: ${when}`,

  categoryHeading: (name: string) => name,
  tagHeading: (name: string) => `Từ khóa: ${name}`,
  authorHeading: (name: string) => `Tác giả: ${name}`,
  pageSuffix: (page: number) => ` – Trang ${page}`,
  articleCount: (count: number) => `${count} bài viết`,
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageNumber: (page: number) => `Trang ${page}`,
  noArticles: 'Chưa có bài viết nào.',

  notFoundTitle: 'Không tìm thấy trang',
  notFoundLead: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Bạn có thể quay về trang chủ, xem các chuyên mục hoặc tìm kiếm bài viết.',
  notFoundHome: 'Về trang chủ',
  notFoundCategories: 'Các chuyên mục',

  footerAgency: 'Cơ quan chủ quản',
  footerContact: 'Liên hệ',
  footerFeeds: 'Theo dõi qua RSS',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  address: 'Địa chỉ',
} as const;
