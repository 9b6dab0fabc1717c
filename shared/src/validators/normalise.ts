/**
 * Undo what Chinese input methods and copy-paste do to identifiers: NFKC turns
 * full-width digits, letters and hyphens (１２３, Ｘ, －) into ASCII, then all
 * whitespace (including the ideographic space U+3000) is dropped.
 */
export function compactInput(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "");
}
