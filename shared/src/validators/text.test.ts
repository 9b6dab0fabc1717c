import { describe, expect, it } from "vitest";
import { validateText, type TextRules } from "./text.js";

const name: TextRules = { field: { zh: "姓名", en: "Name" }, min: 1, max: 10 };

const reasonOf = (value: string, rules: TextRules = name): string => {
  const result = validateText(value, rules);
  return result.ok ? "OK" : result.reason;
};

describe("validateText", () => {
  it("trims and counts characters", () => {
    expect(validateText("  张三  ", name)).toEqual({ ok: true, value: "张三", length: 2 });
  });

  it("counts code points, so a supplementary-plane character or emoji counts once", () => {
    const rare = validateText("𠮷野家", name);
    expect(rare.ok && rare.length).toBe(3);
    const emoji = validateText("👍", name);
    expect(emoji.ok && emoji.length).toBe(1);
  });

  it("normalises to NFC, so a combining accent does not count twice", () => {
    const result = validateText("Jose\u0301", name);
    expect(result.ok && result.value).toBe("José");
    expect(result.ok && result.length).toBe(4);
  });

  it("enforces the bounds", () => {
    expect(reasonOf("一二三四五六七八九十")).toBe("OK");
    expect(reasonOf("一二三四五六七八九十一")).toBe("LENGTH");
    expect(reasonOf("张", { ...name, min: 2 })).toBe("LENGTH");
  });

  it("reports an empty required field as EMPTY, and allows it when min is 0", () => {
    expect(reasonOf("   ")).toBe("EMPTY");
    expect(validateText("  ", { ...name, min: 0 })).toEqual({ ok: true, value: "", length: 0 });
  });

  it.each([
    ["NUL", "张\u0000三"],
    ["bell", "张\u0007三"],
    ["escape", "张\u001b[31m三"],
    ["DEL", "张\u007f三"],
    ["C1 control", "张\u0085三"],
    ["newline in a single-line field", "张\n三"],
    ["tab in a single-line field", "张\t三"],
    ["right-to-left override", "张\u202e三"],
    ["bidi isolate", "张\u2066三"],
    ["line separator", "张\u2028三"],
    ["lone surrogate", "张\ud800三"],
  ])("rejects %s", (_label, value) => {
    expect(reasonOf(value)).toBe("CONTROL_CHARACTER");
  });

  it("allows line breaks and tabs in multiline text and normalises CRLF", () => {
    const rules = { field: "诉求", min: 1, max: 500, multiline: true };
    expect(validateText("第一行\r\n第二行\r第三行\t完", rules)).toEqual({
      ok: true,
      value: "第一行\n第二行\n第三行\t完",
      length: 13,
    });
    expect(reasonOf("第一行\u0000", rules)).toBe("CONTROL_CHARACTER");
    expect(reasonOf("第一行\u202e", rules)).toBe("CONTROL_CHARACTER");
  });

  it("uses the field label in both languages", () => {
    const tooLong = validateText("一二三四五六七八九十一", name);
    expect(!tooLong.ok && tooLong.messageZh).toBe("姓名应为1至10个字（当前11个）");
    expect(!tooLong.ok && tooLong.messageEn).toBe("Name must be 1 to 10 characters (now 11)");
    const empty = validateText("", { field: "地址", min: 1, max: 100 });
    expect(!empty.ok && empty.messageZh).toBe("请填写地址");
    expect(!empty.ok && empty.messageEn).toBe("地址 is required");
  });
});
