/** Ids from names: "Xi Jinping" → "xi-jinping", "Liu Fu-kuo" → "liu-fu-kuo", "Zoë Ní Fhloinn" → "zoe-ni-fhloinn". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}
