import { slugify } from './text.ts';

/**
 * Heading ids for one document, ASCII like our URLs ("Kết luận" → "ket-luan", đ → d), so links
 * such as `#ket-luan` are easy to type and identical for NFC and NFD text. Repeats get "-2", "-3".
 */
export function createHeadingIdAllocator(): (headingText: string) => string {
  const used = new Set<string>();
  return (headingText) => {
    const base = slugify(headingText) || 'muc';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
