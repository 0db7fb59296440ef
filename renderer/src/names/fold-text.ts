/** Letters that carry no separable accent in Unicode, written as a parent types them on a plain keyboard. */
const PLAIN_LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i', ŀ: 'l', ħ: 'h' };

/**
 * Text as a search compares it: lower case, without accents ("Zoë" and "zoe" are one), with the
 * letters Unicode cannot take apart (ł, ø, ß) written plainly, so a name typed on any keyboard is found.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßłøđðþæœıŀħ]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
}
