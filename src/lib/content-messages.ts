/**
 * The Vietnamese wording of the content check: how to write each field, names editors use for a
 * field by habit, Zod issues the schema does not word itself, and js-yaml syntax errors. Wording
 * only: the rules themselves live in schema.ts.
 */
import { z } from 'astro/zod';
import { DATE_EXAMPLE } from './schema.ts';

export const DATE_HINT = `Viết ngày giờ theo dạng ${DATE_EXAMPLE} (năm-tháng-ngày, chữ T, giờ:phút:giây, +07:00 là giờ Việt Nam).`;

/** How to write each field, shown under a message about it. Keys are field paths without list indexes. */
export const ARTICLE_FIELD_HINTS: Record<string, string> = {
  title: 'Ví dụ: title: "Đồng Nai hỗ trợ doanh nghiệp đổi mới công nghệ"',
  description: 'Ví dụ: description: "Một hoặc hai câu tóm tắt nội dung bài viết."',
  publishedAt: `${DATE_HINT} Ví dụ: publishedAt: ${DATE_EXAMPLE}`,
  updatedAt: `${DATE_HINT} Ngày cập nhật không được trước ngày đăng (publishedAt).`,
  author: 'Ví dụ: author: "Nguyễn Văn An"',
  tags: 'Ví dụ: tags: ["khởi nghiệp", "chuyển đổi số"]',
  image: 'Viết ảnh thành các dòng con, thụt vào 2 dấu cách:\nimage:\n  src: ./images/ten-anh.jpg\n  alt: "Mô tả ngắn nội dung ảnh"',
  'image.src': 'Ví dụ: src: ./images/ten-anh.jpg (đường dẫn tính từ thư mục chứa bài viết).',
  'image.alt': 'Thêm dòng alt: "Mô tả ngắn nội dung ảnh" ngay dưới dòng src, thụt vào 2 dấu cách như src.',
  'image.caption': 'Ví dụ: caption: "Chú thích hiện dưới ảnh"',
  'image.credit': 'Ví dụ: credit: "Ảnh: Ban biên tập"',
  source: 'Viết nguồn thành các dòng con, thụt vào 2 dấu cách:\nsource:\n  name: "Tên cơ quan hoặc tờ báo"\n  url: https://example.gov.vn/bai-goc',
  'source.name': 'Ví dụ: name: "Báo Công Thương"',
  'source.url': 'Ví dụ: url: https://example.gov.vn/bai-goc',
  documents:
    'Viết mỗi tài liệu thành một mục bắt đầu bằng dấu gạch ngang:\ndocuments:\n  - title: "Tên tài liệu (PDF)"\n    url: https://example.gov.vn/tai-lieu.pdf',
  'documents.title': 'Ví dụ: - title: "Tên tài liệu (PDF)"',
  'documents.url': 'Ví dụ: url: https://example.gov.vn/tai-lieu.pdf',
  draft: 'Viết draft: true (bản nháp, chưa đăng) hoặc draft: false (đăng).',
  featured: 'Viết featured: true (tin nổi bật) hoặc featured: false.',
};

/** Names editors often use for an article field (English CMS habits or Vietnamese), folded to ASCII. */
export const ARTICLE_FIELD_ALIASES: Record<string, string> = {
  date: 'publishedAt',
  published: 'publishedAt',
  pubdate: 'publishedAt',
  'ngay-dang': 'publishedAt',
  ngay: 'publishedAt',
  updated: 'updatedAt',
  modified: 'updatedAt',
  'ngay-cap-nhat': 'updatedAt',
  'tieu-de': 'title',
  summary: 'description',
  excerpt: 'description',
  sapo: 'description',
  'tom-tat': 'description',
  'mo-ta': 'description',
  categories: 'category',
  'chuyen-muc': 'category',
  'tac-gia': 'author',
  authors: 'author',
  tag: 'tags',
  keywords: 'tags',
  'tu-khoa': 'tags',
  anh: 'image',
  cover: 'image',
  thumbnail: 'image',
  'nguon': 'source',
  'tai-lieu': 'documents',
  'ban-nhap': 'draft',
  'noi-bat': 'featured',
};

export const CATEGORY_FIELD_HINTS: Record<string, string> = {
  title: 'Ví dụ: title: "Chuyển đổi số"',
  description: 'Ví dụ: description: "Một câu giới thiệu chuyên mục."',
  order: 'Ví dụ: order: 3 (số nhỏ đứng trước trong menu).',
};

/** Vietnamese wording for the issues the schema does not word itself (schema messages take precedence). */
export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'string':
          return 'Phải là chữ (văn bản)';
        case 'number':
          return 'Phải là một số';
        case 'int':
          return 'Phải là một số nguyên';
        case 'boolean':
          return 'Phải là true hoặc false';
        case 'array':
          return 'Phải là danh sách';
        case 'object':
          return 'Phải là nhóm các trường con, mỗi trường một dòng, thụt vào 2 dấu cách';
        default:
          return 'Kiểu giá trị không đúng';
      }
    case 'too_small':
      return issue.origin === 'string' ? 'Không được để trống' : `Giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`;
    case 'too_big':
      return `Giá trị quá lớn (tối đa ${String(issue.maximum)})`;
    case 'invalid_format':
      return 'Sai định dạng';
    case 'invalid_value':
      return 'Giá trị không nằm trong các giá trị cho phép';
    default:
      return 'Giá trị không hợp lệ';
  }
};

export interface YamlErrorLike {
  name: string;
  reason?: string;
  mark?: { line?: number };
}

export function isYamlError(error: unknown): error is YamlErrorLike {
  return error instanceof Error && error.name === 'YAMLException';
}

/** Vietnamese explanation of a js-yaml syntax error. */
export function explainYamlError(reason: string): { message: string; hint: string } {
  const rules: Array<[RegExp, string, string]> = [
    [/duplicated mapping key/, 'Một trường được viết hai lần.', 'Xóa một trong hai dòng trùng tên trường.'],
    [/tab characters? must not be used/, 'Có ký tự Tab dùng để thụt lề.', 'Thay Tab bằng dấu cách (thụt vào 2 dấu cách).'],
    [
      /double quoted scalar/,
      'Thiếu dấu ngoặc kép (") đóng.',
      'Mỗi giá trị mở bằng " phải đóng bằng " trên cùng dòng. Nếu trong câu có dấu ngoặc kép, hãy dùng “ ” hoặc viết \\".',
    ],
    [/single quoted scalar/, "Thiếu dấu nháy đơn (') đóng.", "Mỗi giá trị mở bằng ' phải đóng bằng ' trên cùng dòng."],
    [/flow collection|flow sequence|flow mapping/, 'Thiếu dấu ngoặc vuông ] hoặc ngoặc nhọn } đóng.', 'Ví dụ đúng: tags: ["khởi nghiệp", "chuyển đổi số"]'],
    [
      /bad indentation|multiline key|implicit key|end of the stream or a document separator/,
      'Thụt lề sai, thiếu dấu hai chấm sau tên trường, hoặc giá trị có dấu hai chấm (:) mà chưa đặt trong ngoặc kép.',
      'Mỗi dòng viết dạng tên-trường: giá trị. Các trường con thụt vào đúng 2 dấu cách. Giá trị có dấu hai chấm hãy đặt trong ngoặc kép, ví dụ: title: "Hội thảo: Chuyển đổi số".',
    ],
  ];
  for (const [pattern, message, hint] of rules) {
    if (pattern.test(reason)) return { message: `Phần thông tin đầu bài viết sai cú pháp: ${message}`, hint };
  }
  return {
    message: 'Phần thông tin đầu bài (giữa hai dòng ---) viết sai cú pháp.',
    hint: 'Mỗi dòng viết dạng tên-trường: giá trị; giá trị có dấu hai chấm, dấu # hoặc ngoặc thì đặt trong ngoặc kép.',
  };
}
