/** Site-wide settings. The base URL can be overridden at build time with SITE_URL. */
export interface SiteSettings {
  name: string;
  shortName: string;
  description: string;
  agency: string;
  editorialOffice: string;
  licence: string;
  editorInChief: string;
  contact: { address: string; phone: string; email: string };
  url: string;
  logo: string;
}

const DEFAULT_SITE_URL = 'https://khcn.example.gov.vn';

/** Normalizes a base URL to have no trailing slash so paths can be appended with "/". */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  const parsed = new URL(value);
  return parsed.href.replace(/\/+$/, '');
}

export const site: SiteSettings = {
  name: 'Khoa học công nghệ ngành Công Thương',
  shortName: 'KHCN Công Thương',
  description:
    'Tin tức khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và chuyển đổi xanh của ngành Công Thương.',
  agency: 'Bộ Công Thương (trang mẫu)',
  editorialOffice: 'Vụ Khoa học và Công nghệ',
  licence: 'Giấy phép thiết lập trang thông tin điện tử số 00/GP-BCT (số giấy phép mẫu, dùng để trình diễn)',
  editorInChief: 'Chịu trách nhiệm nội dung: Ban biên tập',
  contact: {
    address: '54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội',
    phone: '024 0000 0000',
    email: 'toasoan@khcn.example.gov.vn',
  },
  url: normalizeSiteUrl(process.env.SITE_URL),
  logo: '/logo.png',
};

/** Absolute URL for a site path ("/tin-tuc/x/" → "https://…/tin-tuc/x/"). */
export function absoluteUrl(path: string, base: string = site.url): string {
  return new URL(path, base + '/').href;
}
