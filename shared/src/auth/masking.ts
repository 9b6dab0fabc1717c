// Personal data shown to people who do not need it in full (ID 330122********123X, phone 138****5678,
// name 张*). The full value is a separate field that only roles with a need may read, and is audited.

export function maskResidentId(id: string): string {
  if (id.length <= 10) return "*".repeat(id.length);
  return `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "").replace(/^86(1\d{10})$/, "$1");
  if (digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length <= 4) return "*".repeat(digits.length);
  return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** Keeps the family name (the first character; two for common compound surnames). */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "";
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join("")) ? 2 : 1;
  return chars.slice(0, surnameLength).join("") + "*".repeat(Math.max(1, chars.length - surnameLength));
}

const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "令狐",
  "夏侯",
  "长孙",
  "宇文",
  "司徒",
  "端木",
]);
