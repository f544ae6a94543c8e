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
  footerJsonFeed: 'JSON Feed',

  /** Feeds: the /rss/ page, feed titles and the XSL page a browser shows for a feed. */
  feeds: {
    siteFeedTitle: (siteName: string) => `${siteName} – Tin mới nhất`,
    categoryFeedTitle: (category: string, siteName: string) => `${category} – ${siteName}`,
    jsonFeedTitle: 'Tin mới nhất (JSON Feed)',
    pageTitle: 'Kênh tin RSS',
    pageDescription: 'Danh sách kênh tin RSS của trang: theo dõi bài mới toàn trang hoặc từng chuyên mục bằng ứng dụng đọc tin.',
    whatIsRss: 'RSS là gì?',
    whatIsRssText:
      'RSS (Really Simple Syndication) là định dạng giúp bạn nhận tin mới mà không phải vào trang. Mỗi kênh tin có một địa chỉ riêng; ' +
      'khi bạn đăng ký địa chỉ đó trong ứng dụng đọc tin, bài mới sẽ tự hiện ra ngay khi được đăng.',
    howToSubscribe: 'Cách theo dõi',
    howToSubscribeSteps: [
      'Chọn kênh tin bạn quan tâm trong danh sách dưới đây.',
      'Sao chép địa chỉ của kênh (nhấn chuột phải vào đường dẫn, chọn “Sao chép địa chỉ liên kết”).',
      'Dán địa chỉ vào ứng dụng đọc tin RSS như Feedly, Inoreader, NetNewsWire hay Thunderbird.',
    ] as const,
    allFeedsHeading: 'Các kênh tin',
    siteFeedName: 'Tin mới nhất toàn trang',
    feedAddress: 'Địa chỉ kênh',
    jsonFeedNote: 'Dành cho ứng dụng hỗ trợ JSON Feed',
    terms: 'Bạn được dùng kênh tin cho mục đích cá nhân, phi thương mại; khi dẫn lại tin, xin ghi rõ nguồn và đường dẫn đến bài gốc.',
    // The page a browser shows for a feed (XSL).
    previewBanner: 'Đây là kênh tin RSS',
    previewIntro: 'Trang bạn đang xem là một kênh tin RSS: ứng dụng đọc tin dùng địa chỉ này để nhận bài mới của trang ngay khi được đăng.',
    previewSubscribe: 'Để theo dõi, hãy sao chép địa chỉ dưới đây và dán vào ứng dụng đọc tin RSS (Feedly, Inoreader, NetNewsWire, Thunderbird…).',
    previewAddress: 'Địa chỉ kênh tin:',
    previewVisit: 'Xem trang',
    previewAllFeeds: 'Tất cả kênh tin RSS',
    previewLatest: 'Các bài mới nhất trong kênh',
    previewEmpty: 'Kênh chưa có bài viết nào.',
  },
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  address: 'Địa chỉ',
} as const;
