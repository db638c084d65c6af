/**
 * Ids from names: "Xi Jinping" → "xi-jinping", "Liu Fu-kuo" → "liu-fu-kuo", "Zoë Ní Fhloinn" → "zoe-ni-fhloinn";
 * a middle initial is left out ("Thomas R. O'Connell" → "thomas-oconnell"), a leading one kept ("K Lathika").
 */
export function slugify(name: string): string {
  const slug = name
    .replace(/(?<=\S)\s+\p{Lu}\.?(?=\s+\S)/gu, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}
